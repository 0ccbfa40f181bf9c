/** Where a badge goes, from rectangles alone: after the mention or the line, in a margin, compact, between lines, a caret, beside the block. */
import { describe, expect, it } from 'vitest';
import { chooseSpot, type Box, type Room } from '../../src/content/badge-placement';

const box = (left: number, top: number, right: number, bottom: number): Box => ({ left, top, right, bottom });
const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** A paragraph from x 100 to 500, lines 20 px of text every 30 px from y 100, each line's text a rect. */
const lines = (...rights: number[]) => rights.map((right, i) => box(100, 100 + 30 * i, right, 120 + 30 * i));
const sizes = { full: { width: 60, height: 15 }, compact: { width: 13, height: 13 }, caret: { width: 14, height: 3 } };
const room = (over: Partial<Room>): Room => ({
  mention: box(200, 100, 280, 120), block: box(100, 100, 500, 180), obstacles: lines(500, 500, 300), bounds: { left: 0, right: 1000 }, sizes, ...over,
});

/** The spot as a box, and that it covers none of the room's obstacles. */
function placed(r: Room) {
  const spot = chooseSpot(r);
  const { width, height } = sizes[spot.shape];
  const at = box(spot.left, spot.top, spot.left + width, spot.top + height);
  expect(r.obstacles.filter((o) => overlaps(at, o))).toEqual([]);
  return { ...spot, right: at.right, bottom: at.bottom };
}

describe('chooseSpot', () => {
  it('puts the full badge after the mention when the rest of its line is empty, centred on the line', () => {
    const spot = placed(room({ mention: box(220, 160, 300, 180) })); // the last line ends at 300
    expect(spot).toMatchObject({ shape: 'full', left: 303, top: 162.5 });
  });
  it('puts it in the right margin, at the line\'s height, when text follows the mention on its line', () => {
    expect(placed(room({}))).toMatchObject({ shape: 'full', left: 503, top: 102.5 });
  });
  it('takes the left margin when the right one is too narrow or holds something (a sidebar)', () => {
    expect(placed(room({ bounds: { left: 0, right: 540 } }))).toMatchObject({ shape: 'full', left: 37 });
    const sidebar = box(520, 0, 800, 900);
    expect(placed(room({ obstacles: [...lines(500, 500, 300), sidebar] }))).toMatchObject({ shape: 'full', left: 37 });
  });
  it('shrinks to the compact mark where only a narrow margin is free', () => {
    expect(placed(room({ bounds: { left: 84, right: 520 } }))).toMatchObject({ shape: 'compact', left: 503 });
  });
  it('with no margin at all, puts the compact mark between the lines, under the mention\'s end', () => {
    const spaced = [box(100, 100, 500, 120), box(100, 136, 500, 156), box(100, 172, 300, 192)]; // 16 px between lines
    const spot = placed(room({ bounds: { left: 100, right: 500 }, obstacles: spaced }));
    expect(spot).toMatchObject({ shape: 'compact', left: 267, top: 121 });
    expect(spot.right).toBe(280);
  });
  it('goes over the line when only the gap above is wide enough', () => {
    const tight = [box(100, 100, 500, 120), box(100, 140, 500, 160), box(100, 162, 300, 182)]; // the next line 2 px below
    expect(placed(room({ bounds: { left: 100, right: 500 }, obstacles: tight, mention: box(200, 140, 280, 160) }))).toMatchObject({ shape: 'compact', top: 126 });
  });
  it('falls back to a caret just under the mention when the lines nearly touch, which covers no text', () => {
    const touching = [box(100, 100, 500, 120), box(100, 124, 500, 144), box(100, 148, 300, 168)];
    expect(placed(room({ bounds: { left: 100, right: 500 }, obstacles: touching, mention: box(200, 124, 280, 144) }))).toMatchObject({ shape: 'caret', left: 266, top: 144 });
  });
  it('puts it after the last word of the mention\'s line when that line ends short of the margin', () => {
    const ragged = [box(100, 100, 430, 120), box(100, 124, 500, 144)];
    expect(placed(room({ bounds: { left: 100, right: 500 }, obstacles: ragged }))).toMatchObject({ shape: 'full', left: 433, top: 102.5 });
  });
  it('takes the space under or over the block when the lines touch and there is no margin', () => {
    const solid = [box(100, 100, 500, 120), box(100, 120, 500, 140), box(100, 140, 500, 160)];
    const mention = box(200, 120, 280, 140);
    expect(placed(room({ bounds: { left: 100, right: 500 }, block: box(100, 100, 500, 160), obstacles: solid, mention }))).toMatchObject({ shape: 'compact', top: 161 });
    const nextParagraph = box(100, 165, 500, 300);
    expect(placed(room({ bounds: { left: 100, right: 500 }, block: box(100, 100, 500, 160), obstacles: [...solid, nextParagraph], mention }))).toMatchObject({ shape: 'compact', top: 86 });
  });
  it('gives the caret even where nothing fits, rather than no badge at all', () => {
    const solid = [box(0, 0, 1000, 100), box(100, 100, 500, 120), box(100, 120, 500, 140), box(100, 140, 500, 160), box(0, 160, 1000, 300)];
    expect(chooseSpot(room({ bounds: { left: 100, right: 500 }, block: box(100, 100, 500, 160), obstacles: solid, mention: box(200, 120, 280, 140) }))).toMatchObject({ shape: 'caret', top: 140 });
  });
});
