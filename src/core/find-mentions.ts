/**
 * Finds supplement, condition and medicine mentions in plain text: knowledge-base names in any case and
 * across spacing or invisible characters, and short forms under the rules of abbreviations.ts.
 */
import { foldText } from './fold-text';
import { matchNames, tokenize, type Lexicon, type LexiconEntry } from './lexicon';
import { findAbbreviationMentions } from './abbreviations';
import { namesEverydayThing } from './everyday-sense';
import { describeNearbyForm } from './supplement-details';
import type { Mention } from './types';

export type EntityMatch = { start: number; end: number; entry: LexiconEntry };

export function findMentions(text: string, lexicon: Lexicon): Mention[] {
  const folded = foldText(text);
  const names: EntityMatch[] = matchNames(lexicon, tokenize(folded.text), folded.text)
    .map((m) => ({ start: folded.origin[m.start]!, end: folded.origin[m.end - 1]! + 1, entry: m.entry }))
    .filter((m) => !(m.entry.everydaySense && namesEverydayThing(text, m.start, m.end, m.entry.everydaySense)))
    .filter((m) => !m.entry.brand || /\p{Lu}/u.test(text[m.start]!));
  const all = [...names, ...findAbbreviationMentions(text, names, lexicon)];
  return dropOverlaps(all).map((m) => toMention(text, m));
}

/** Keeps the earliest, then longest, of overlapping matches. */
function dropOverlaps(matches: EntityMatch[]): EntityMatch[] {
  matches.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: EntityMatch[] = [];
  for (const m of matches) if (!kept.length || m.start >= kept[kept.length - 1]!.end) kept.push(m);
  return kept;
}

function toMention(text: string, { start, end, entry }: EntityMatch): Mention {
  if (entry.type !== 'supplement') return { type: entry.type, start, end, id: entry.id, label: entry.label };
  const nearby = describeNearbyForm(text, start, end);
  const route = entry.route ?? nearby.route;
  return {
    type: 'supplement', start, end, id: entry.id, label: entry.label,
    ...(entry.form ? { form: entry.form } : {}),
    ...(route ? { route } : {}),
    ...(nearby.dose ? { dose: nearby.dose } : {}),
  };
}
