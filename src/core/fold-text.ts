/**
 * Folds text for matching: lower case, straight quotes, one kind of space and dash, and no
 * invisible characters (soft hyphens, zero-width spaces). Keeps a map from every folded
 * character back to the original, so matches found in folded text land on the writer's words.
 */

/** Characters a writer cannot see; dropped so "magne\u00ADsium" still reads as magnesium. */
const INVISIBLE = /[\u00AD\u200B\u200C\u200D\u2060\uFEFF]/;

const REPLACEMENTS: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u02BC': "'", '\u201C': '"', '\u201D': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-',
};

const SPACE = /[\s\u00A0\u2007\u202F]/;

export type FoldedText = {
  /** The folded text. */
  text: string;
  /** origin[i] is the index in the original text of folded character i; origin[text.length] is the original length. */
  origin: Int32Array;
};

export function foldText(original: string): FoldedText {
  let text = '';
  const origin = new Int32Array(original.length + 1);
  let n = 0;
  for (let i = 0; i < original.length; i++) {
    const ch = original[i]!;
    if (INVISIBLE.test(ch)) continue;
    let folded = SPACE.test(ch) ? ' ' : (REPLACEMENTS[ch] ?? ch);
    // Lower-casing must not change the length, or the origin map would drift.
    const lower = folded.toLowerCase();
    if (lower.length === folded.length) folded = lower;
    text += folded;
    origin[n++] = i;
  }
  origin[n] = original.length;
  return { text, origin: origin.subarray(0, n + 1) };
}
