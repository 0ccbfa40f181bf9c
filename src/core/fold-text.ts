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
  // Char codes, not strings: this runs over every character of a page (a million on a long one).
  const codes = new Uint16Array(original.length);
  const origin = new Int32Array(original.length + 1);
  let n = 0;
  for (let i = 0; i < original.length; i++) {
    const code = original.charCodeAt(i);
    if (code < 128) {
      codes[n] = code >= 65 && code <= 90 ? code + 32 : code >= 9 && code <= 13 ? 32 : code;
      origin[n++] = i;
      continue;
    }
    const ch = original[i]!;
    if (INVISIBLE.test(ch)) continue;
    let folded = SPACE.test(ch) ? ' ' : (REPLACEMENTS[ch] ?? ch);
    // Lower-casing must not change the length, or the origin map would drift.
    const lower = folded.toLowerCase();
    if (lower.length === folded.length) folded = lower;
    codes[n] = folded.charCodeAt(0);
    origin[n++] = i;
  }
  origin[n] = original.length;
  return { text: fromCodes(codes.subarray(0, n)), origin: origin.subarray(0, n + 1) };
}

const utf16 = new TextDecoder('utf-16le');

/**
 * The string of these UTF-16 code units: a decoder is several times faster than String.fromCharCode
 * (typed arrays are little-endian wherever browsers run), but it turns a lone surrogate into U+FFFD;
 * so where U+FFFD shows up (that, or a real one: both rare), the text is built unit by unit instead.
 */
function fromCodes(codes: Uint16Array): string {
  const text = utf16.decode(codes);
  if (!text.includes('\uFFFD')) return text;
  let exact = '';
  for (let at = 0; at < codes.length; at += 8192) exact += String.fromCharCode(...codes.subarray(at, at + 8192));
  return exact;
}
