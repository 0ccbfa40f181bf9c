/**
 * Claims: a sentence (or heading) that links a supplement to a condition. People also write
 * claims across a short reach, and these count too:
 * - a pronoun: "I started taking turmeric. It has eased my knee pain.";
 * - a heading that names one supplement, over sentences below it that say what it did
 *   ("Ashwagandha" … "My anxiety has eased.");
 * - a list: "Magnesium helps with:" followed by a line per condition;
 * - a generic outcome ("pain scores dropped", "all three biomarkers improved") in an article
 *   about one condition, which is then the condition meant;
 * - a list of side effects or interactions ("Side effects include:"), one harm claim per item
 *   (harm-lists.ts).
 * Each claim is filed under the most specific condition the passage is about
 * (specific-condition.ts), and a heading takes the kind of the paragraph it leads.
 */
import type { KnowledgeBase } from './knowledge-base-schema';
import { classifyClaim, harmListKind } from './classify-claim';
import { chooseEvidence, evidenceFor, isKnownHarm } from './evidence';
import { harmListItems, harmsOfUnnamedSupplement, leadsHarmList, mainSupplement } from './harm-lists';
import { drugsNamedIn, interactionsBetween } from './interactions';
import { pagePopulations, populationOf, populationsIn } from './populations';
import { firstAtOrAfter } from './sorted-search';
import { specificConditions } from './specific-condition';
import { looksLikeHeading, splitSentences } from './split-sentences';
import type { ClaimDirection, ClaimKind, ConditionMention, EntityRef, FoundClaim, Mention, Span, SupplementMention } from './types';

/** Words before a condition that make it the population studied, not the outcome claimed. */
const POPULATION_CUE = /\b(?:diagnosed with|people with|patients with|those with|women with|men with|adults with|children with|anyone with|living with|suffer(?:s|ing)? from|history of|for people with)\s+(?:\S+\s+){0,2}$/i;

const PRONOUN_START = /^["“]?(?:It|They|This|These|That|Taking it|Using it)\b/;

/** Verbs that say what a supplement did, for sentences that borrow the supplement from a heading. */
const EFFECT = /\b(?:did (?:very )?little|(?:did|does|has done|have done|done) nothing|help(?:s|ed|ing)?|eas(?:e|es|ed|ing)|reliev(?:e|es|ed|ing)|improv(?:e|es|ed|ing)|reduc(?:e|es|ed|ing)|lower(?:s|ed|ing)?|stop(?:s|ped)?|fix(?:es|ed)?|cur(?:e|es|ed)|work(?:s|ed)?|gone|better|worse|gave me|caus(?:e|es|ed))\b/i;

/** Outcomes named without a condition; they mean the condition the passage is about. */
const GENERIC_OUTCOME = /\b(?:pain|pains|aches?|symptoms?|biomarkers?|markers|flare-?ups?|discomfort)\b/i;

/** How far around a sentence to look for the condition a passage is about, and how often it must be named. */
const TOPIC_REACH = 2000;
const TOPIC_MIN_MENTIONS = 2;

const MAX_LIST_ITEM_WORDS = 12;
const wordCount = (s: string) => s.split(/\s+/).filter(Boolean).length;

export function extractClaims(text: string, mentions: Mention[], kb: KnowledgeBase): FoundClaim[] {
  const claims: FoundClaim[] = [];
  const categoryOf = new Map(kb.conditions.map((c) => [c.id, c.category]));
  const conditionMentions = mentions.filter((m): m is ConditionMention => m.type === 'condition');
  const specific = specificConditions(kb, text, conditionMentions);
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  // Binary search, then a short scan: pages can hold thousands of sentences and mentions.
  const within = (span: Span) => {
    const found: Mention[] = [];
    for (let i = firstAtOrAfter(sorted, span.start, (m) => m.start); i < sorted.length && sorted[i]!.start < span.end; i++) {
      if (sorted[i]!.end <= span.end) found.push(sorted[i]!);
    }
    return found;
  };
  let pageGroups: Set<string> | undefined; // counted once, on the first claim
  let pageSupplement: { mention?: SupplementMention } | undefined; // found once, on the first harms sentence without one
  // One claim per supplement, condition and sentence, however many routes lead to it.
  const seen = new Set<string>();
  const addClaim = (span: Span, s: SupplementMention, c: EntityRef, kind: ClaimKind, direction: ClaimDirection, knownHarm: () => boolean) => {
    const key = `${span.start}|${s.id}|${c.id}`;
    if (seen.has(key)) return;
    seen.add(key);
    pageGroups ??= pagePopulations(kb, text);
    const named = { sentence: populationsIn(kb, text.slice(span.start, span.end)), page: pageGroups };
    const chosen = chooseEvidence(evidenceFor(kb, s.id, c.id), s.form, named)?.chosen;
    const population = chosen && populationOf(kb, chosen);
    claims.push({
      start: span.start, end: span.end,
      supplement: { id: s.id, label: s.label }, condition: { id: c.id, label: c.label },
      kind, direction, ...(chosen ? { grade: chosen.grade } : {}), ...(population ? { population } : {}),
      ...(direction === 'harms' && (isKnownHarm(kb, s.id, c.id) || knownHarm()) ? { knownHarm: true as const } : {}),
    });
  };
  // A harm the sentence puts down to a medicine the supplement is known to interact with ("with warfarin … bleeding").
  const interactsWithDrugIn = (sentenceText: string, supplementId: string) =>
    interactionsBetween(kb, drugsNamedIn(kb, sentenceText), [supplementId]).length > 0;
  /** The outcomes a sentence claims, each as the most specific condition the passage is about. */
  const specificOutcomes = (sentence: Span, conditions: ConditionMention[]) =>
    specific(sentence, outcomeConditions(text, conditions, categoryOf), conditions);

  let previous: { supplements: SupplementMention[]; end: number } | undefined;
  let headingSupplement: SupplementMention | undefined;
  let lastNamedSupplement: SupplementMention | undefined; // the latest sentence's or heading's, when it named just one
  for (const sentence of splitSentences(text)) {
    const sentenceText = text.slice(sentence.start, sentence.end);
    const inside = within(sentence);
    let supplements = inside.filter((m): m is SupplementMention => m.type === 'supplement');
    let conditions = inside.filter((m): m is ConditionMention => m.type === 'condition');
    const heading = isHeading(text, sentence);
    if (heading) {
      headingSupplement = new Set(supplements.map((m) => m.id)).size === 1 ? supplements[0] : undefined;
    } else if (!supplements.length && headingSupplement && (conditions.length || /:\s*$/.test(sentenceText)) && EFFECT.test(sentenceText)) {
      supplements = [headingSupplement];
    }
    if (!supplements.length && previous && PRONOUN_START.test(sentenceText)) {
      const named = new Set(previous.supplements.map((s) => s.id));
      if (named.size === 1 && !/\n/.test(text.slice(previous.end, sentence.start))) supplements = previous.supplements.slice(0, 1);
    }
    if (heading) lastNamedSupplement = headingSupplement;
    else if (supplements.length) lastNamedSupplement = new Set(supplements.map((m) => m.id)).size === 1 ? supplements[0] : undefined;
    else if (harmsOfUnnamedSupplement(sentenceText, inside)) {
      const borrowed = lastNamedSupplement ?? (pageSupplement ??= { mention: mainSupplement(mentions) }).mention;
      if (borrowed) supplements = [borrowed];
    }
    previous = supplements.length ? { supplements, end: sentence.end } : undefined;
    if (supplements.length && leadsHarmList(sentenceText)) {
      const kind = harmListKind(sentenceText);
      for (const item of harmListItems(text, sentence, within)) {
        const itemText = text.slice(item.span.start, item.span.end);
        const itemConditions = item.mentions.filter((m): m is ConditionMention => m.type === 'condition');
        for (const s of supplements) {
          for (const c of specificOutcomes(item.span, itemConditions)) addClaim(item.span, s, c, kind, 'harms', () => interactsWithDrugIn(itemText, s.id));
        }
      }
      continue;
    }
    if (!supplements.length) continue;
    if (!conditions.length) conditions = listedConditions(text, sentence, within);
    let outcomes = specificOutcomes(sentence, conditions);
    if (!outcomes.length && GENERIC_OUTCOME.test(sentenceText)) outcomes = specificOutcomes(sentence, topicCondition(sentence, conditionMentions));
    if (!outcomes.length) continue;
    const classified = new Map<boolean, ReturnType<typeof classifyClaim>>(); // one parse per sentence, not per supplement
    for (const s of supplements) {
      const quoted = isQuoted(text, sentence, s);
      if (!classified.has(quoted)) classified.set(quoted, classifyClaim(sentenceText, { quoted }));
      const { direction, kind: ownKind } = classified.get(quoted)!;
      // A heading that makes no kind of claim of its own ("Magnesium for cramps") reads as the text below it.
      const kind = heading && ownKind === 'assertion' ? ledKind(text, sentence) ?? ownKind : ownKind;
      for (const c of outcomes) addClaim(sentence, s, c, kind, direction, () => interactsWithDrugIn(sentenceText, s.id));
    }
  }
  return claims;
}

/** A sentence that is a whole line and reads as a heading. */
function isHeading(text: string, sentence: Span): boolean {
  const ownLine = (sentence.start === 0 || text[sentence.start - 1] === '\n') && (sentence.end === text.length || text[sentence.end] === '\n');
  return ownLine && looksLikeHeading(text.slice(sentence.start, sentence.end));
}

/** The kind most sentences of the paragraph under a heading make (the first wins a tie), if there is one. */
function ledKind(text: string, heading: Span): ClaimKind | undefined {
  let at = heading.end;
  while (text[at] === '\n') {
    const next = text.indexOf('\n', at + 1);
    const line = { start: at + 1, end: next === -1 ? text.length : next };
    if (isHeading(text, line) || line.start === line.end) {
      at = line.end;
      continue;
    }
    const counts = new Map<ClaimKind, number>();
    for (const s of splitSentences(text, line.start, line.end)) {
      const sentenceText = text.slice(s.start, s.end);
      const { kind } = classifyClaim(sentenceText, { quoted: /^["“]/.test(sentenceText) });
      counts.set(kind, (counts.get(kind) ?? 0) + 1);
    }
    return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  }
  return undefined;
}

/** The conditions on the short lines that follow a sentence ending in a colon. */
function listedConditions(text: string, sentence: Span, within: (span: Span) => Mention[]): ConditionMention[] {
  if (!/:\s*$/.test(text.slice(sentence.start, sentence.end))) return [];
  const listed: ConditionMention[] = [];
  let at = sentence.end;
  while (text[at] === '\n') {
    const end = text.indexOf('\n', at + 1) === -1 ? text.length : text.indexOf('\n', at + 1);
    const item = { start: at + 1, end };
    const found = within(item).filter((m): m is ConditionMention => m.type === 'condition');
    if (!found.length || wordCount(text.slice(item.start, item.end)) > MAX_LIST_ITEM_WORDS) break;
    listed.push(...found);
    at = end;
  }
  return listed;
}

/** The condition named most often around the sentence, if it is named often enough to be the topic. */
function topicCondition(sentence: Span, conditions: ConditionMention[]): ConditionMention[] {
  const counts = new Map<string, { mention: ConditionMention; count: number }>();
  for (const c of conditions) {
    if (c.start < sentence.start - TOPIC_REACH || c.end > sentence.end + TOPIC_REACH) continue;
    const entry = counts.get(c.id) ?? { mention: c, count: 0 };
    entry.count++;
    counts.set(c.id, entry);
  }
  const best = [...counts.values()].sort((a, b) => b.count - a.count)[0];
  return best && best.count >= TOPIC_MIN_MENTIONS ? [best.mention] : [];
}

/**
 * Drops conditions that only describe who was studied ("people with diabetes", "pregnant
 * women") when the sentence also names an outcome.
 */
function outcomeConditions(text: string, conditions: ConditionMention[], categoryOf: Map<string, string>): ConditionMention[] {
  const isPopulation = (c: ConditionMention) =>
    categoryOf.get(c.id) === 'life-stage' || POPULATION_CUE.test(text.slice(Math.max(0, c.start - 60), c.start));
  const outcomes = conditions.filter((c) => !isPopulation(c));
  return outcomes.length ? outcomes : conditions;
}

/** True when the sentence opens a quotation or the supplement sits inside quotation marks. */
function isQuoted(text: string, sentence: Span, mention: Span): boolean {
  if (/^["“]/.test(text.slice(sentence.start, sentence.start + 1))) return true;
  const lineStart = text.lastIndexOf('\n', mention.start) + 1;
  let open = false;
  for (let i = lineStart; i < mention.start; i++) {
    const ch = text[i];
    if (ch === '“') open = true;
    else if (ch === '”') open = false;
    else if (ch === '"') open = !open;
  }
  return open;
}
