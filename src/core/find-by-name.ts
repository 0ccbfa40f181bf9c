/**
 * A supplement or condition named the way a reader types it ("leg cramps in pregnancy",
 * "omega 3", "knee osteoarthritis"): the same detection that reads pages, applied to a phrase.
 */
import { distance } from 'fastest-levenshtein';
import type { KnowledgeBase } from './knowledge-base-schema';
import { findMentions } from './find-mentions';
import { resolveName, type EntityType, type Lexicon } from './lexicon';
import type { EntityRef } from './types';

/** The entity of this type the phrase names: an exact name first, else the longest mention in it that is not a life stage. */
export function findByName(kb: KnowledgeBase, lexicon: Lexicon, phrase: string, type: EntityType): EntityRef | undefined {
  const exact = resolveName(lexicon, phrase, type);
  if (exact) return { id: exact.id, label: exact.label };
  const lifeStage = new Set(kb.conditions.filter((c) => c.category === 'life-stage').map((c) => c.id));
  const found = findMentions(phrase, lexicon).filter((m) => m.type === type);
  const best = [...found].sort((a, b) => Number(lifeStage.has(a.id)) - Number(lifeStage.has(b.id)) || (b.end - b.start) - (a.end - a.start))[0];
  return best ? { id: best.id, label: best.label } : undefined;
}

/** The names of this kind closest in spelling to the phrase, for "did you mean". */
export function closestNames(kb: KnowledgeBase, phrase: string, type: EntityType | 'drug', count = 3): string[] {
  const names = type === 'drug'
    ? kb.drugs.flatMap((d) => [...d.names, ...(d.brands ?? [])])
    : (type === 'supplement' ? kb.supplements : kb.conditions).flatMap((e) => e.names);
  const wanted = phrase.toLowerCase().trim();
  const scored = names.map((name) => ({ name, score: distance(wanted, name.toLowerCase()) / Math.max(wanted.length, name.length) }));
  const seen = new Set<string>();
  return scored.sort((a, b) => a.score - b.score).map((s) => s.name).filter((n) => !seen.has(n) && seen.add(n)).slice(0, count);
}
