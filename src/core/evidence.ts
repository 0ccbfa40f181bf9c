/** Knowledge-base lookups: graded evidence for a pair, and the grade to show for it. */
import type { KnowledgeBase } from '../data/validate-kb';
import type { Evidence, Supplement } from '../data/schema';
import type { Grade } from './types';

export function evidenceFor(kb: KnowledgeBase, supplementId: string, conditionId: string): Evidence[] {
  return findSupplement(kb, supplementId)?.evidence.filter((e) => e.condition === conditionId) ?? [];
}

export function findSupplement(kb: KnowledgeBase, id: string): Supplement | undefined {
  return kb.supplements.find((s) => s.id === id);
}

/**
 * The grade for a pair: the entry for the form the writer named if there is one, else the
 * general entry. Undefined when the pair is not graded.
 */
export function gradeFor(kb: KnowledgeBase, supplementId: string, conditionId: string, form?: string): Grade | undefined {
  const entries = evidenceFor(kb, supplementId, conditionId);
  return (entries.find((e) => form && e.form === form) ?? entries.find((e) => !e.form) ?? entries[0])?.grade;
}
