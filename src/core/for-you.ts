/**
 * "For you": what the knowledge base says about the supplements on a page for one reader, from
 * the medicines they listed, the medicines the page itself names, and their situation
 * (pregnancy, kidney disease, planned surgery …). Only the matches come out; nothing here keeps
 * or returns the reader's list.
 */
import type { Drug } from './knowledge-base-schema';
import type { KnowledgeBase } from './knowledge-base-schema';
import { findSupplement } from './evidence';
import { interactionsBetween } from './interactions';
import type { Analysis, EntityRef, Severity } from './types';

/** Where a medicine was named: in the reader's own list, or on the page being read. */
export type MedicineSource = 'list' | 'page';

export type MedicineRisk = {
  kind: 'medicine';
  medicine: EntityRef;
  /** The drug or class the knowledge-base row is written for. */
  via: EntityRef;
  from: MedicineSource;
  severity: Severity;
  effect: string;
  advice: string;
  sources: string[];
};

export type SituationRisk = {
  kind: 'situation';
  situation: EntityRef;
  severity: Severity;
  effect: string;
  advice: string;
  sources: string[];
};

export type ForYouItem = MedicineRisk | SituationRisk;

/** What the check needs from the reader: resolved medicines, situation ids (condition ids), and whether they are under 18. */
export type ReaderContext = { medicines: Drug[]; situations: string[]; under18?: boolean };

export const NO_READER: ReaderContext = { medicines: [], situations: [] };

const SEVERITY_RANK = { major: 0, moderate: 1, minor: 2 } as const;

/** The medicines a page names, from its drug mentions, each once. */
export function drugsOnPage(kb: KnowledgeBase, analysis: Pick<Analysis, 'mentions'>): Drug[] {
  const ids = new Set(analysis.mentions.filter((m) => m.type === 'drug').map((m) => m.id));
  return kb.drugs.filter((d) => ids.has(d.id));
}

/**
 * The risks of one supplement for this reader, most serious first: its interactions with the
 * listed medicines, then with those the page names (a medicine in both counts as listed), and
 * the situations the reader gave.
 */
export function forYou(kb: KnowledgeBase, supplementId: string, reader: ReaderContext, pageDrugs: Drug[]): ForYouItem[] {
  const listed = new Set(reader.medicines.map((d) => d.id));
  const medicines = [...reader.medicines, ...pageDrugs.filter((d) => !listed.has(d.id))];
  const seen = new Set<string>();
  const items: ForYouItem[] = [];
  for (const found of interactionsBetween(kb, medicines, [supplementId])) {
    // A medicine named twice (the list and the page, generic and brand) meets each row once.
    const key = `${found.medicine.id}/${found.via.id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    items.push({
      kind: 'medicine', medicine: found.medicine, via: found.via, from: listed.has(found.medicine.id) ? 'list' : 'page',
      severity: found.severity, effect: found.effect, advice: found.advice, sources: found.sources,
    });
  }
  const wanted = new Set(reader.situations);
  for (const row of findSupplement(kb, supplementId)?.situations ?? []) {
    if (!wanted.has(row.condition)) continue;
    const condition = kb.conditions.find((c) => c.id === row.condition);
    items.push({
      kind: 'situation', situation: { id: row.condition, label: condition?.label ?? row.condition },
      severity: row.severity, effect: row.effect, advice: row.advice, sources: row.sources,
    });
  }
  return items.sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || Number(a.kind === 'situation') - Number(b.kind === 'situation'));
}

/** One line of `analyze --json`'s `interactions`: a supplement on the page meets a medicine. */
export type PageInteraction = { supplement: string; drug: string; via: string; severity: Severity; sources: string[]; from: MedicineSource };

/** Every interaction between the page's supplements and the listed or page-named medicines. */
export function pageInteractions(kb: KnowledgeBase, analysis: Pick<Analysis, 'mentions'>, listed: Drug[]): PageInteraction[] {
  const supplements = [...new Set(analysis.mentions.filter((m) => m.type === 'supplement').map((m) => m.id))];
  const onPage = drugsOnPage(kb, analysis);
  return supplements.flatMap((id) =>
    forYou(kb, id, { medicines: listed, situations: [] }, onPage).flatMap((x) =>
      x.kind === 'medicine' ? [{ supplement: id, drug: x.medicine.id, via: x.via.id, severity: x.severity, sources: x.sources, from: x.from }] : []));
}
