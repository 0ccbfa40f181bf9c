/**
 * Where a badge goes so that it covers no text, worked out from rectangles alone (no DOM, so it is
 * tested with plain numbers). In order: the full badge where the mention's line has room, right
 * after the mention (when the rest of the line is empty) or after the line's last word; in the
 * margin beside the block, right then left, at the line's height; then the same places for the
 * compact mark (the fit's glyph alone); then the compact mark in the gap under the line or over
 * it; a thin caret just under the mention's end; the compact mark in the space under or over the
 * block. Where none of these is free, the caret, which covers at most the top of the next line.
 */

/** A rectangle in the window's client coordinates, CSS pixels. */
export type Box = { left: number; top: number; right: number; bottom: number };
export type Size = { width: number; height: number };

export const BADGE_SHAPES = ['full', 'compact', 'caret'] as const;
export type BadgeShape = (typeof BADGE_SHAPES)[number];

/** The badge's top-left corner and the shape drawn there. */
export type Spot = { left: number; top: number; shape: BadgeShape };

export type Room = {
  /** The box of the mention's last line: the badge follows it. */
  mention: Box;
  /** The box of the mention's block (paragraph, list item…): its margins are beside it. */
  block: Box;
  /** What a badge must not cover: the text of the block and the page's boxes beside it. */
  obstacles: Box[];
  /** How far left and right a badge may go: the window's width. */
  bounds: { left: number; right: number };
  sizes: Record<BadgeShape, Size>;
};

/** Space between a badge and the text or edge it sits beside. */
export const BADGE_GAP_PX = 3;

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const isEmpty = (b: Box) => b.right - b.left <= 0 || b.bottom - b.top <= 0;

export function chooseSpot({ mention, block, obstacles, bounds, sizes }: Room): Spot {
  const solid = obstacles.filter((o) => !isEmpty(o));
  const fits = (spot: Spot) => {
    const { width, height } = sizes[spot.shape];
    const box = { left: spot.left, top: spot.top, right: spot.left + width, bottom: spot.top + height };
    return box.left >= bounds.left && box.right <= bounds.right && !solid.some((o) => overlaps(box, o));
  };
  /** Where the text of the mention's line ends: its last word in the block (a sidebar beside it is not the line). */
  const lineEnd = Math.max(mention.right, ...solid.filter((o) => o.top < mention.bottom && o.bottom > mention.top && o.right >= mention.right && o.left < block.right).map((o) => o.right));
  /** Beside the line, at its height: after the mention, after the line's last word, in the right margin, in the left margin. */
  const besideLine = (shape: BadgeShape): Spot[] => {
    const { width, height } = sizes[shape];
    const top = (mention.top + mention.bottom - height) / 2;
    return [
      { left: mention.right + BADGE_GAP_PX, top, shape },
      { left: lineEnd + BADGE_GAP_PX, top, shape },
      { left: Math.max(block.right, lineEnd) + BADGE_GAP_PX, top, shape },
      { left: block.left - BADGE_GAP_PX - width, top, shape },
    ];
  };
  /** In the gap under `under`'s bottom or over `over`'s top, ending where the mention ends. */
  const aboveOrBelow = (shape: BadgeShape, under: number, over: number): Spot[] => {
    const { width, height } = sizes[shape];
    const left = Math.max(mention.left, mention.right - width);
    return [{ left, top: under + 1, shape }, { left, top: over - 1 - height, shape }];
  };
  const caret: Spot = { left: Math.max(mention.left, mention.right - sizes.caret.width), top: mention.bottom, shape: 'caret' };
  const candidates = [
    ...besideLine('full'), ...besideLine('compact'), ...aboveOrBelow('compact', mention.bottom, mention.top), caret,
    ...aboveOrBelow('compact', block.bottom, block.top),
  ];
  return candidates.find(fits) ?? caret;
}
