/**
 * Reads text for a health word without ever holding the page: nodes are queued, and their text is
 * read in idle time, a few milliseconds per slice, as one run of characters the way `textContent`
 * joins it (nothing is skipped: a health section inside a general page must be found).
 */
import { mayBeAboutHealth } from '../core/health-cues';

/** Work per slice: an idle slice this long stays within the 5 ms a task may take on the page. */
const SLICE_MS = 3;
/** Text is tested in pieces of about this many characters... */
const PIECE_CHARS = 8192;
/** ...each starting with the previous piece's last characters, so no word is cut in two (the longest cue has 14). */
const OVERLAP_CHARS = 32;
/**
 * Read no further than this into one queued node: a health page says so well before, and a
 * multi-megabyte log or data dump is not worth the reader's CPU.
 */
const MAX_CHARS_PER_NODE = 1_000_000;
/** Text nodes read between two looks at the clock. */
const NODES_BETWEEN_CLOCK_READS = 64;
/** An idle slice comes at the latest after this long, on a page that is never idle. */
const IDLE_TIMEOUT_MS = 2000;

const TEXT_NODE = 3;
const SHOW_TEXT = 4; // NodeFilter.SHOW_TEXT

export type Scheduler = {
  /** Runs `work` when the page is idle. */
  idle(work: () => void): void;
  now(): number;
};

const browserScheduler: Scheduler = {
  idle: (work) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(work, { timeout: IDLE_TIMEOUT_MS }) : setTimeout(work, 0)),
  now: () => performance.now(),
};

export function scanForHealthText(onFound: () => void, scheduler: Scheduler = browserScheduler) {
  let queue: Node[] = [];
  let next = 0; // the queue's first unread node
  let walker: TreeWalker | undefined;
  let piece = '';
  let readFromNode = 0;
  let scheduled = false;
  let found = false;

  const schedule = () => {
    if (scheduled || found) return;
    scheduled = true;
    scheduler.idle(slice);
  };

  /** The next text node's data, or undefined once the queue is empty. */
  const nextText = (): string | undefined => {
    for (;;) {
      const node = walker?.nextNode();
      if (node) return (node as Text).data;
      const root = queue[next++];
      if (!root) {
        queue = [];
        next = 0;
        return undefined;
      }
      readFromNode = 0;
      if (root.nodeType === TEXT_NODE) {
        walker = undefined;
        return (root as Text).data;
      }
      walker = (root.ownerDocument ?? document).createTreeWalker(root, SHOW_TEXT);
    }
  };

  /** Tests what was read since the last test (with the overlap before it) and keeps the overlap. */
  let untested = false;
  const test = () => {
    found = untested && mayBeAboutHealth(piece);
    piece = piece.slice(-OVERLAP_CHARS);
    untested = false;
    return found;
  };

  /** The next text to read: past the per-node limit, the rest of that node is left unread. */
  const read = (): string | undefined => {
    if (readFromNode >= MAX_CHARS_PER_NODE) walker = undefined;
    const data = nextText();
    if (data === undefined) return undefined;
    const room = MAX_CHARS_PER_NODE - readFromNode;
    readFromNode += data.length;
    return data.length > room ? data.slice(0, room) : data;
  };

  function slice() {
    scheduled = false;
    const end = scheduler.now() + SLICE_MS;
    do {
      for (let i = 0; i < NODES_BETWEEN_CLOCK_READS; i++) {
        const data = read();
        if (data === undefined) {
          if (test()) onFound();
          return;
        }
        piece += data;
        untested = true;
        if (piece.length >= PIECE_CHARS && test()) return onFound();
      }
    } while (scheduler.now() < end);
    schedule();
  }

  return {
    /** Queues nodes whose text (their own, or their descendants') is to be read. */
    add(nodes: Node[]) {
      if (found || !nodes.length) return;
      for (const node of nodes) queue.push(node);
      schedule();
    },
  };
}
