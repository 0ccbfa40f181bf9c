/**
 * Claims: a sentence (or heading) that links a supplement to a condition. A sentence that only
 * says "It …" right after one naming a single supplement inherits that supplement, as in "I
 * started taking turmeric. It has eased my knee pain."
 */
import type { KnowledgeBase } from '../data/validate-kb';
import { classifyClaim } from './classify-claim';
import { gradeFor } from './evidence';
import { splitSentences } from './split-sentences';
import type { Claim, ConditionMention, Mention, Span, SupplementMention } from './types';

/** Words before a condition that make it the population studied, not the outcome claimed. */
const POPULATION_CUE = /\b(?:diagnosed with|people with|patients with|those with|women with|men with|adults with|children with|anyone with|living with|suffer(?:s|ing)? from|history of|for people with)\s+(?:\S+\s+){0,2}$/i;

const PRONOUN_START = /^["“]?(?:It|They|This|These|That|Taking it|Using it)\b/;

export function extractClaims(text: string, mentions: Mention[], kb: KnowledgeBase): Claim[] {
  const claims: Claim[] = [];
  const categoryOf = new Map(kb.conditions.map((c) => [c.id, c.category]));
  let previous: { supplements: SupplementMention[]; end: number } | undefined;
  for (const sentence of splitSentences(text)) {
    const inside = mentions.filter((m) => m.start >= sentence.start && m.end <= sentence.end);
    let supplements = inside.filter((m): m is SupplementMention => m.type === 'supplement');
    const conditions = inside.filter((m): m is ConditionMention => m.type === 'condition');
    if (!supplements.length && previous && PRONOUN_START.test(text.slice(sentence.start, sentence.end))) {
      const named = new Set(previous.supplements.map((s) => s.id));
      if (named.size === 1 && !/\n/.test(text.slice(previous.end, sentence.start))) supplements = previous.supplements.slice(0, 1);
    }
    previous = supplements.length ? { supplements, end: sentence.end } : undefined;
    if (!supplements.length || !conditions.length) continue;

    const outcomes = outcomeConditions(text, conditions, categoryOf);
    const sentenceText = text.slice(sentence.start, sentence.end);
    const seen = new Set<string>();
    for (const s of supplements) {
      const { kind, direction } = classifyClaim(sentenceText, { quoted: isQuoted(text, sentence, s) });
      for (const c of outcomes) {
        const key = `${s.id}|${c.id}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const grade = gradeFor(kb, s.id, c.id, s.form);
        claims.push({
          start: sentence.start, end: sentence.end,
          supplement: { id: s.id, label: s.label }, condition: { id: c.id, label: c.label },
          kind, direction, ...(grade ? { grade } : {}),
        });
      }
    }
  }
  return claims;
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
