/**
 * Words that nearly only health writing uses. Kept apart from the gate (health-context.ts) because
 * the one script that loads on every page imports it: its pre-check is a single test of this
 * expression over the page's text.
 */

/**
 * Words (and their usual inflections) that signal health writing; deliberately no words with an
 * everyday sense ("treat", "health", "tablet"). A cue starts a word or follows a number: "500mg",
 * "10µg" (a `\b` there refuses both, and " µg" too, as µ is no word character).
 */
const CUE_WORDS = String.raw`(?<![a-z])(?:supplement(?:s|ation|ing|ed)?|capsules?|softgels?|pills?|doses?|dosage|dosing|mg|mcg|µg|milligrams?|micrograms?|gumm(?:y|ies)|lozenges?|tinctures?|multivitamins?|vitamins?|probiotics?|herbal|remed(?:y|ies)|nutrients?|deficien(?:t|cy|cies)|symptoms?|symptomatic|patients?|doctors?|physicians?|pharmacists?|nurses?|nutritionists?|dietitians?|rheumatologists?|clinic(?:al|ally|ian|ians)?|trials?|placebo|diagnos(?:e|ed|is|es)|treatments?|therap(?:y|ies)|medications?|medicines?|prescri(?:be|bed|ption|ptions)|side[- ]effects?|diseases?|disorders?|syndromes?|chronic|inflammat(?:ion|ory)|immune|flare[- ]?ups?|relief|relieve[sd]?)\b`;

const CUE = new RegExp(CUE_WORDS, 'giu');
/** For the one-off test of a whole page: lower-casing first and matching exactly is about twice as fast as a case-insensitive match. */
const LOWER_CASE_CUE = new RegExp(CUE_WORDS);

/** Positions and lower-cased words of every health cue in the text. */
export function findHealthCues(text: string): { start: number; word: string }[] {
  return [...text.matchAll(CUE)].map((m) => ({ start: m.index, word: m[0].toLowerCase().replace(/[- ]/g, '') }));
}

/** True when the text has any chance of holding health writing: the cheap pre-check. */
export function mayBeAboutHealth(text: string): boolean {
  return LOWER_CASE_CUE.test(text.toLowerCase());
}
