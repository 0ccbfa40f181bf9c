/**
 * A badge's measures in each shape, in one place: its placement needs them before it is drawn,
 * and the badge is drawn at exactly these sizes. The full badge's width follows its grade word,
 * measured in the badge's font inside the overlay (overlay.ts).
 */
import type { BadgeShape, Size } from './badge-placement';

export const BADGE_FONT = '600 10px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
export const BADGE_LINE_HEIGHT = '13px';
const HEIGHT = 15;
const PADDING = 5;
const GAP = 3;
/** The fit's glyph and the "For you" warning mark (overlay.css .fit, .warn). */
const FIT_MARK = 9;
const WARN_MARK = 11;
const COMPACT = 13;
const CARET: Size = { width: 14, height: 3 };
/** Room for a grade word drawn a little wider than measured (sub-pixel rounding, another fallback font). */
const SLACK = 2;

export function badgeSizes(gradeWordWidth: number, forYou: boolean): Record<BadgeShape, Size> {
  const border = forYou ? 2 : 1;
  const warn = forYou ? WARN_MARK + GAP : 0;
  return {
    full: { width: Math.ceil(2 * border + 2 * PADDING + warn + FIT_MARK + GAP + gradeWordWidth + SLACK), height: HEIGHT },
    compact: { width: COMPACT, height: COMPACT },
    caret: CARET,
  };
}
