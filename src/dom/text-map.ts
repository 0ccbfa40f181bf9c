/**
 * A page's article text as one string, and the map from every offset in it back to the text
 * node and offset it came from (after hypothesis's anchoring). Whitespace is collapsed the way
 * a reader sees it; blocks are separated by a line break that belongs to no node.
 */
import { isBlock, isExcluded } from './page-chrome';

/** One run of text taken from one text node. `offsets[i]` is the node offset of text[start + i]. */
export type Segment = { node: Text; start: number; end: number; offsets: Int32Array };

export type TextMap = { text: string; segments: Segment[] };

export type TextMapOptions = {
  /** Extra visibility test, for a browser that can compute styles. */
  isHidden?: (el: Element) => boolean;
};

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** How many elements are read between chances to pause, for the sliced build. */
const ELEMENTS_PER_STEP = 500;

export function buildTextMap(root: Node, options: TextMapOptions = {}): TextMap {
  return textReader(root, options).step(Infinity)!; // a step with no limit reads to the end
}

/**
 * The same map, built in slices of at most `sliceMs` of work with a pause between them, so a
 * very long page never holds the main thread for long.
 */
export async function buildTextMapInSlices(root: Node, options: TextMapOptions = {}, sliceMs = 8): Promise<TextMap> {
  const reader = textReader(root, options);
  let sliceStart = performance.now();
  for (;;) {
    const map = reader.step(ELEMENTS_PER_STEP);
    if (map) return map;
    if (performance.now() - sliceStart > sliceMs) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      sliceStart = performance.now();
    }
  }
}

/**
 * Reads the text in steps: each `step(n)` reads up to n elements and returns the map once the
 * walk is done. A plain loop over first child, next sibling and parent, with a stack of the
 * elements it is inside: it runs once per page load, cold, where a recursive generator cost a
 * generator object per element.
 */
function textReader(root: Node, options: TextMapOptions): { step(elements: number): TextMap | undefined } {
  const parts: string[] = [];
  const segments: Segment[] = [];
  let length = 0;
  let last = '\n'; // the last character emitted; starting "at a line start" drops leading space

  const newline = () => {
    if (length > 0 && last !== '\n') {
      if (last === ' ') {
        // Replace a trailing space by the line break so lines never end in a space.
        parts[parts.length - 1] = parts[parts.length - 1]!.slice(0, -1);
        length--;
        const seg = segments[segments.length - 1];
        if (seg && seg.end > length) seg.end = length;
      }
      parts.push('\n');
      length++;
      last = '\n';
    }
  };

  const addText = (node: Text) => {
    const data = node.data;
    // One pass over char codes, copying runs between collapsed spaces as slices: this runs for
    // every character of the page, so no regex and no per-character strings.
    const offsets = new Int32Array(data.length);
    let out = '';
    let count = 0;
    let runStart = -1;
    const flush = (end: number) => {
      if (runStart >= 0) out += data.slice(runStart, end);
      runStart = -1;
    };
    for (let i = 0; i < data.length; i++) {
      const code = data.charCodeAt(i);
      if (code === 32 || code === 10 || code === 9 || code === 13 || code === 12) {
        flush(i);
        if (last === ' ' || last === '\n') continue;
        out += ' ';
        last = ' ';
      } else {
        if (runStart < 0) runStart = i;
        last = data[i]!;
      }
      offsets[count++] = i;
    }
    flush(data.length);
    if (!out) return;
    segments.push({ node, start: length, end: length + out.length, offsets: offsets.subarray(0, count) });
    parts.push(out);
    length += out.length;
  };

  const finish = (): TextMap => {
    let text = parts.join('');
    if (text.endsWith('\n') || text.endsWith(' ')) text = text.slice(0, -1);
    for (const seg of segments) if (seg.end > text.length) seg.end = text.length;
    return { text, segments: segments.filter((s) => s.end > s.start) };
  };

  /** Whether each element the walk is inside is a block, innermost last: leaving one ends its line. */
  const inside: boolean[] = [];
  let next: Node | null = root.firstChild;

  /** The node after `node` in document order, skipping its children, climbing out of the elements it ends. */
  const after = (node: Node): Node | null => {
    for (let n = node; n !== root; ) {
      if (n.nextSibling) return n.nextSibling;
      const parent = n.parentNode;
      if (!parent || parent === root) return null;
      if (inside.pop()) newline();
      n = parent;
    }
    return null;
  };

  return {
    step(elements) {
      let read = 0;
      while (next) {
        const node: Node = next;
        if (node.nodeType === ELEMENT_NODE) {
          if (read++ === elements) return undefined; // this element starts the next step
          const el = node as Element;
          if (el.tagName.toUpperCase() === 'BR') newline();
          else if (isExcluded(el) || options.isHidden?.(el)) {
            if (isBlock(el)) newline(); // an ad between two paragraphs still separates them
          } else {
            const block = isBlock(el);
            if (block) newline();
            if (el.firstChild) {
              inside.push(block);
              next = el.firstChild;
              continue;
            }
            if (block) newline();
          }
        } else if (node.nodeType === TEXT_NODE) addText(node as Text);
        next = after(node);
      }
      return finish();
    },
  };
}

/** The text node and offset for a text offset; `end` chooses the segment that ends there. */
export function locate(map: TextMap, offset: number, end = false): { node: Text; offset: number } | undefined {
  const { segments } = map;
  let lo = 0;
  let hi = segments.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const seg = segments[mid]!;
    if (end ? seg.end < offset : seg.end <= offset) lo = mid + 1;
    else if (end ? seg.start >= offset : seg.start > offset) hi = mid - 1;
    else {
      if (end) return { node: seg.node, offset: seg.offsets[offset - seg.start - 1]! + 1 };
      return { node: seg.node, offset: seg.offsets[offset - seg.start]! };
    }
  }
  return undefined;
}
