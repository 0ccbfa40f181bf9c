/**
 * Supplement–medicine interactions from the knowledge base's rows. A medicine is named as a reader
 * would (generic, brand or class: "Coumadin", "blood thinners"); a row about a class reaches every
 * medicine in it, so warfarin meets the rows for warfarin and for anticoagulants.
 */
import type { Drug, Interaction } from './knowledge-base-schema';
import type { KnowledgeBase } from './knowledge-base-schema';
import { findSupplement } from './evidence';

const key = (s: string) => s.toLowerCase().replace(/[’‘]/g, "'").replace(/[\s-]+/g, ' ').trim();

const indexes = new WeakMap<Pick<KnowledgeBase, 'drugs'>, Map<string, Drug>>();

/** The drug or class a name, brand or id stands for. */
export function findDrug(kb: Pick<KnowledgeBase, 'drugs'>, name: string): Drug | undefined {
  let index = indexes.get(kb);
  if (!index) {
    index = new Map();
    for (const d of kb.drugs) for (const n of [d.id, d.label, ...d.names, ...(d.brands ?? [])]) index.set(key(n), d);
    indexes.set(kb, index);
  }
  return index.get(key(name));
}

/** A drug's own id and the ids of every class it belongs to. */
function idsReaching(drug: Drug): Set<string> {
  const ids = new Set([drug.id]);
  for (const c of drug.classes ?? []) ids.add(c);
  return ids;
}

export type FoundInteraction = Interaction & {
  supplement: { id: string; label: string };
  /** The medicine as the reader named it, resolved. */
  medicine: { id: string; label: string };
  /** The drug or class the row is about (the medicine itself, or a class it belongs to). */
  via: { id: string; label: string };
};

const SEVERITY_ORDER = { major: 0, moderate: 1, minor: 2 } as const;

/** Every row between these medicines and these supplements, most serious first. */
export function interactionsBetween(kb: KnowledgeBase, medicines: Drug[], supplementIds: string[]): FoundInteraction[] {
  const found: FoundInteraction[] = [];
  for (const medicine of medicines) {
    const reaching = idsReaching(medicine);
    for (const id of supplementIds) {
      const s = findSupplement(kb, id);
      for (const row of s?.interactions ?? []) {
        if (!reaching.has(row.drug)) continue;
        const via = kb.drugs.find((d) => d.id === row.drug)!;
        found.push({ ...row, supplement: { id: s!.id, label: s!.label }, medicine: { id: medicine.id, label: medicine.label }, via: { id: via.id, label: via.label } });
      }
    }
  }
  return found.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}

/**
 * True when the knowledge base has a row between the supplement and the medicine, one of its
 * classes or, for a class ("blood thinners"), one of its members (warfarin): a page that warns of
 * the class warns of its members.
 */
export function hasInteractionRow(kb: KnowledgeBase, supplementId: string, medicine: Drug): boolean {
  if (interactionsBetween(kb, [medicine], [supplementId]).length) return true;
  const members = new Set(kb.drugs.filter((d) => d.classes?.includes(medicine.id)).map((d) => d.id));
  return !!findSupplement(kb, supplementId)?.interactions?.some((row) => members.has(row.drug));
}

const namePatterns = new WeakMap<KnowledgeBase, RegExp>();

/** The medicines a text names, by generic, everyday or brand name ("warfarin", "blood thinners", "Zoloft"). */
export function drugsNamedIn(kb: KnowledgeBase, text: string): Drug[] {
  let pattern = namePatterns.get(kb);
  if (!pattern) {
    const names = kb.drugs.flatMap((d) => [...d.names, ...(d.brands ?? [])]).sort((a, b) => b.length - a.length);
    pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.map((n) => n.replace(/[.*+?^$(){}|[\]\\]/g, '\\$&')).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
    namePatterns.set(kb, pattern);
  }
  const found = new Map<string, Drug>();
  for (const match of text.matchAll(pattern)) {
    const drug = findDrug(kb, match[0]);
    if (drug) found.set(drug.id, drug);
  }
  return [...found.values()];
}
