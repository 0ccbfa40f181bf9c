/** Offsets in the analysed text turned back into DOM Ranges on the page, through the text map. */
import { locate, type TextMap } from '../dom/text-map';

export type Placed<T> = { item: T; range: Range };

/** A Range over [start, end) of the map's text; undefined where the text has left the page. */
export function toRange(map: TextMap, start: number, end: number, createRange: () => Range = () => document.createRange()): Range | undefined {
  const a = locate(map, start);
  const b = locate(map, end, true);
  if (!a || !b || !a.node.isConnected || !b.node.isConnected) return undefined;
  const range = createRange();
  range.setStart(a.node, a.offset);
  range.setEnd(b.node, b.offset);
  return range;
}

/** Every item that can still be placed, with its Range; `offset` is where the map's text starts in the analysed text. */
export function placeAll<T extends { start: number; end: number }>(map: TextMap, items: T[], offset = 0, createRange?: () => Range): Placed<T>[] {
  return items.flatMap((item) => {
    const range = toRange(map, item.start - offset, item.end - offset, createRange);
    return range ? [{ item, range }] : [];
  });
}
