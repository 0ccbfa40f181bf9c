/**
 * Side effects, interactions and warnings written as a lead and a list: "Side effects include:",
 * "Possible side effects of St John's wort are:", "It can interact with:", "Do not take it with:",
 * then one item a line (lists become lines in the analysed text). Each item is its own harm claim,
 * about the condition it names or, naming none, about the medicine it names (interaction-claims.ts).
 * Such leads often leave the supplement out ("Side effects include:" under a heading "Side
 * effects"), so they may borrow the supplement the page is about.
 */
import { splitSentences } from './split-sentences';
import type { Mention, Span, SupplementMention } from './types';

/** Side effects ("well tolerated", "the only downside" introduce them too), interactions, or advice not to combine the supplement with something. */
const SIDE_EFFECTS = /\b(?:side[- ]effects?|downsides?|drawbacks?|(?:well|poorly|generally) tolerated|adverse (?:effects?|reactions?|events?)|interact(?:s|ions?)?|(?:do not|don't|never|should not|shouldn't|must not) (?:take|use|combine|mix)\b.*\bwith)\b/i;

/** A general harm, for a lead that names its supplement ("Magnesium can cause:"); not what too little of it causes. */
const CAUSES = /\b(?:can|may|might|could|will|often) cause\b/i;
const LACK = /\b(?:deficiency|deficient|low|lack of|too little|shortage of)\b/i;

/** Saying there were none is not a harm ("no side effects", "without adverse effects"). */
const NO_HARM = /\b(?:no|none|few|without|free (?:of|from)|zero|never had any|didn't have any|did not have any)\s+(?:\w+\s+)?(?:side[- ]effects?|adverse|interactions?)\b/i;

/** The lead of a list of harms: a sentence ending in a colon. */
export function leadsHarmList(sentence: string): boolean {
  return /:\s*$/.test(sentence) && (SIDE_EFFECTS.test(sentence) || (CAUSES.test(sentence) && !LACK.test(sentence))) && !NO_HARM.test(sentence);
}

/**
 * A sentence about a supplement's side effects or interactions that leaves the supplement out, so
 * the one the passage is about is meant. Not when it names a medicine whose side effects these are
 * ("side effects of antidepressants"), only one to avoid it with.
 */
export function harmsOfUnnamedSupplement(sentence: string, mentions: Mention[]): boolean {
  if (!SIDE_EFFECTS.test(sentence) || NO_HARM.test(sentence)) return false;
  return !mentions.some((m) => m.type === 'drug') || /\bwith\b/i.test(sentence);
}

/** Items of a list of harms are often whole clauses ("warfarin, because together they raise the risk of bleeding"). */
const MAX_ITEM_WORDS = 20;

/**
 * The item lines after a harms lead, each with the mentions on it. The list runs while its lines
 * are short single sentences that name a condition or a medicine and do not open a list of their own.
 */
export function harmListItems(text: string, lead: Span, within: (span: Span) => Mention[]): { span: Span; mentions: Mention[] }[] {
  const items: { span: Span; mentions: Mention[] }[] = [];
  let at = lead.end;
  while (text[at] === '\n') {
    const next = text.indexOf('\n', at + 1);
    const span = { start: at + 1, end: next === -1 ? text.length : next };
    const line = text.slice(span.start, span.end);
    const mentions = within(span).filter((m) => m.type !== 'supplement');
    const isItem = mentions.length > 0 && !/:\s*$/.test(line) && line.split(/\s+/).filter(Boolean).length <= MAX_ITEM_WORDS
      && splitSentences(line).length === 1;
    if (!isItem) break;
    items.push({ span, mentions });
    at = span.end;
  }
  return items;
}

/** The supplement a page is about: named more often than all the others together. */
export function mainSupplement(mentions: Mention[]): SupplementMention | undefined {
  const counts = new Map<string, { first: SupplementMention; count: number }>();
  let total = 0;
  for (const m of mentions) {
    if (m.type !== 'supplement') continue;
    total++;
    const entry = counts.get(m.id) ?? { first: m, count: 0 };
    entry.count++;
    counts.set(m.id, entry);
  }
  const top = [...counts.values()].sort((a, b) => b.count - a.count)[0];
  return top && top.count * 2 > total ? top.first : undefined;
}
