/**
 * The form and dose a writer gives next to a supplement mention: "topical", "tablets",
 * "500 mg a day", "four drops", "89mg per ml".
 */
import type { Route } from './types';

const TOPICAL = /\b(?:topical(?:ly)?|transdermal|cream|lotion|spray|rub(?:bed|bing)?|roll-on|bath|soak)\b/i;
const ORAL = /\b(?:tablets?|capsules?|pills?|softgels?|gumm(?:y|ies)|powder|chewables?|lozenges?|orally|by mouth|swallow(?:ed)?)\b/i;
const NUMBER = '(?:\\d[\\d,]*(?:\\.\\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|a few|several)';
const UNIT = '(?:mg|milligrams?|mcg|µg|micrograms?|g|grams?|iu|ius|international units|ml|drops?|capsules?|tablets?|softgels?|gummies|teaspoons?|tablespoons?|lozenges?)';
const DOSE = new RegExp(`${NUMBER}\\s?-?${UNIT}\\b(?:\\s(?:a|per|each)\\s(?:day|night|ml|dose)|\\sdaily)?`, 'i');

/** How far around a mention to look, in characters, without crossing a sentence end. */
const REACH = 48;

/** Where a clause ends: a dose before it belongs to what that clause was about ("5,000 IU of vitamin D, and magnesium"). */
const CLAUSE_END = /[,;:]\s|\s(?:and|but|while|whereas)\s/gi;

export function describeNearbyForm(text: string, start: number, end: number): { route?: Route; dose?: string } {
  const from = Math.max(0, start - REACH);
  let before = text.slice(from, start).split(/[.!?\n]/).pop() ?? '';
  // The window may start inside a word or number ("0 IU" of "5,000 IU"): it starts at the next whole word.
  if (from > 0 && !/\s/.test(text[from - 1]!)) before = before.replace(/^\S*/, '');
  const after = text.slice(end, end + REACH).split(/[.!?\n](?:\s|$)/)[0] ?? '';
  const near = `${before} ${after}`;
  const route: Route | undefined = TOPICAL.test(near) ? 'topical' : ORAL.test(near) ? 'oral' : undefined;
  const ownClause = before.split(CLAUSE_END).pop() ?? '';
  const dose = DOSE.exec(after)?.[0] ?? DOSE.exec(ownClause)?.[0];
  return { ...(route ? { route } : {}), ...(dose ? { dose: dose.trim() } : {}) };
}
