/** Knowledge-base lookups: graded evidence for a pair, and which entry applies to a page. */
import type { KnowledgeBase } from './knowledge-base-schema';
import type { Evidence, Supplement } from './knowledge-base-schema';
import type { PopulationsNamed } from './populations';

export function evidenceFor(kb: KnowledgeBase, supplementId: string, conditionId: string): Evidence[] {
  return findSupplement(kb, supplementId)?.evidence.filter((e) => e.condition === conditionId) ?? [];
}

export function findSupplement(kb: KnowledgeBase, id: string): Supplement | undefined {
  return kb.supplements.find((s) => s.id === id);
}

/** The entry that applies, and the pair's other entries (other forms or populations), for the reader to unfold. */
export type EvidenceChoice = { chosen: Evidence; others: Evidence[] };

/**
 * Picks one entry of a pair: for the form the writer named if there is one, else a general one;
 * then for the population group the sentence names, else the group the page is about, else the
 * entry with no group (the default), else the first.
 */
export function chooseEvidence(entries: Evidence[], form: string | undefined, named: PopulationsNamed): EvidenceChoice | undefined {
  if (!entries.length) return undefined;
  const forForm = entries.filter((e) => form && e.form === form);
  const general = entries.filter((e) => !e.form);
  const candidates = forForm.length ? forForm : general.length ? general : entries;
  const chosen = candidates.find((e) => e.appliesTo && named.sentence.has(e.appliesTo))
    ?? candidates.find((e) => e.appliesTo && named.page.has(e.appliesTo))
    ?? candidates.find((e) => !e.appliesTo)
    ?? candidates[0]!;
  return { chosen, others: entries.filter((e) => e !== chosen) };
}

/**
 * True when the knowledge base lists this harm: a side effect of the supplement, or a situation
 * (pregnancy, kidney disease) in which it is a known risk.
 */
export function isKnownHarm(kb: KnowledgeBase, supplementId: string, conditionId: string): boolean {
  const s = findSupplement(kb, supplementId);
  return !!s && [...(s.sideEffects ?? []), ...(s.situations ?? [])].some((x) => x.condition === conditionId);
}
