/**
 * What is on screen, or near it: marks and badges are kept to a few screens around what the
 * reader sees, and a badge is drawn only where its mention's end can be seen.
 */
import { firstAtOrAfter } from '../core/sorted-search';
import { OVERLAY_TAG } from './overlay';

/**
 * The items within `margin` screen heights of the visible part of the page. Items are in page
 * order, which is top-to-bottom order for article text, so the first is found by binary search.
 */
export function nearScreen<T extends { range: Range }>(items: T[], margin: number): T[] {
  const top = -margin * window.innerHeight;
  const bottom = (1 + margin) * window.innerHeight;
  const near: T[] = [];
  for (let i = firstAtOrAfter(items, top, (item) => item.range.getBoundingClientRect().bottom); i < items.length; i++) {
    const rect = items[i]!.range.getBoundingClientRect();
    if (rect.top > bottom && (rect.width || rect.height)) break; // an empty rect is hidden text, not the end
    near.push(items[i]!);
  }
  return near;
}

/**
 * Whether the end of a mention on screen can be seen, so its badge may sit there: not scrolled out
 * of a box of its own, nor under a sticky header or a banner (a badge there would cover the
 * page's own controls and take their clicks). Off screen it counts as seen: scrolling there
 * places the badges again, and checks again.
 */
export function endInSight(range: Range, rect: DOMRect): boolean {
  const x = rect.right - 1;
  const y = rect.top + rect.height / 2;
  if (x < 0 || y < 0 || x >= window.innerWidth || y >= window.innerHeight) return true;
  const holder = range.endContainer.parentElement;
  if (!holder) return false;
  const root = holder.getRootNode() as Document | ShadowRoot; // text in an open shadow root is hit-tested there
  const hit = (typeof root.elementFromPoint === 'function' ? root : document).elementFromPoint(x, y);
  return !!hit && (holder === hit || holder.contains(hit) || hit.localName === OVERLAY_TAG); // our own badge or card may sit on it
}

/**
 * Remembers where one mark was on screen when the marks were chosen; how far it has moved since
 * says how far the text has scrolled, in the window or in any scrolling box that holds it.
 */
export function scrollTracker() {
  let from: { range: Range; top: number } | undefined;
  return {
    /** Starts measuring from this range (none: forget). */
    reset(range: Range | undefined) {
      from = range ? { range, top: range.getBoundingClientRect().top } : undefined;
    },
    /** True once the text has moved a screen or more since the last reset, or nothing is tracked. */
    movedAScreen: () => !from || Math.abs(from.range.getBoundingClientRect().top - from.top) >= window.innerHeight,
  };
}
