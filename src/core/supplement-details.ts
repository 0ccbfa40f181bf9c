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

export function describeNearbyForm(text: string, start: number, end: number): { route?: Route; dose?: string } {
  const before = text.slice(Math.max(0, start - REACH), start).split(/[.!?\n]/).pop() ?? '';
  const after = text.slice(end, end + REACH).split(/[.!?\n](?:\s|$)/)[0] ?? '';
  const near = `${before} ${after}`;
  const route: Route | undefined = TOPICAL.test(near) ? 'topical' : ORAL.test(near) ? 'oral' : undefined;
  const dose = DOSE.exec(after)?.[0] ?? DOSE.exec(before)?.[0];
  return { ...(route ? { route } : {}), ...(dose ? { dose: dose.trim() } : {}) };
}
