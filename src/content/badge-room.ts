/**
 * Reads, from the laid-out page, what a badge beside a line must not cover: the client rects of the
 * text around the line (Range.getClientRects over the block's text nodes near the mention) and the
 * boxes of what sits beside the block (its siblings', and each ancestor's siblings': other
 * paragraphs, a sidebar, a sticky header). Only reads, so one pass over the badges near the screen
 * costs one layout; each ancestor's siblings are read once per pass, and only the nearest ones, so
 * a page of thousands of paragraphs costs no more than a short one.
 */
import type { Box, Room } from './badge-placement';
import { blockOf } from './page-blocks';
import { OVERLAY_TAG } from './overlay';

/** Text this far above or below the mention's line is out of every place a badge may go beside it. */
const BAND_PX = 40;
/** Siblings read on each side of the block and of each ancestor: what lies beside it in the page's flow. */
const NEAR_SIBLINGS = 20;

const hasText = (node: Node) => node.nodeType === Node.TEXT_NODE && /\S/.test(node.nodeValue ?? '');

function textRects(node: Node, range: Range): DOMRect[] {
  range.selectNodeContents(node);
  return [...range.getClientRects()];
}

/** One pass's reader: call `around` for each badge, then throw it away (the page may have moved). */
export function badgeRoom() {
  const range = document.createRange();
  const besides = new Map<Element, Box[]>();

  /**
   * The rects of the block's text from the mention outwards, each way until a text node lies wholly
   * beyond the band around the line: text runs down the page in the order it is written.
   */
  const textNear = (block: Element, mention: Range, line: DOMRect): Box[] => {
    const rects: Box[] = [];
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    const walk = (from: Node, step: () => Node | null, beyond: (r: DOMRect) => boolean) => {
      walker.currentNode = from;
      for (let node: Node | null = from; node; node = step()) {
        if (!hasText(node)) continue;
        const found = textRects(node, range);
        rects.push(...found);
        if (node !== from && found.length && found.every(beyond)) return;
      }
    };
    walk(mention.startContainer, () => walker.previousNode(), (r) => r.bottom < line.top - BAND_PX);
    walk(mention.endContainer, () => walker.nextNode(), (r) => r.top > line.bottom + BAND_PX);
    return rects;
  };

  /** The boxes of `el`'s nearest siblings (elements, and text lying loose in its parent). */
  const besideOf = (el: Element): Box[] => {
    let rects = besides.get(el);
    if (!rects) {
      rects = [];
      const siblings = [...el.parentElement?.childNodes ?? []];
      const at = siblings.indexOf(el);
      for (const sibling of siblings.slice(Math.max(0, at - NEAR_SIBLINGS), at + NEAR_SIBLINGS + 1)) {
        if (sibling === el) continue;
        if (sibling instanceof Element) {
          if (sibling.localName !== OVERLAY_TAG) rects.push(sibling.getBoundingClientRect());
        } else if (hasText(sibling)) rects.push(...textRects(sibling, range));
      }
      besides.set(el, rects);
    }
    return rects;
  };

  return {
    /** The room around the mention in `mention`, whose last line box is `line`, in client coordinates: all but the badge's size. */
    around(mention: Range, line: DOMRect): Omit<Room, 'sizes'> {
      const block = blockOf(mention.startContainer);
      const obstacles = textNear(block, mention, line);
      for (let el: Element | null = block; el && el !== document.documentElement; el = el.parentElement) obstacles.push(...besideOf(el));
      return { mention: line, block: block.getBoundingClientRect(), obstacles, bounds: { left: 0, right: document.documentElement.clientWidth } };
    },
  };
}
