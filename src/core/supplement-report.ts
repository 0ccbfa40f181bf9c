/**
 * What the tooltip says about one supplement on one page: the evidence for each condition the
 * article links it to (or, failing that, mentions), with sources, form notes and safety notes.
 */
import type { KnowledgeBase } from '../data/validate-kb';
import type { Source } from '../data/schema';
import { findSupplement } from './evidence';
import type { Analysis, Grade, Route } from './types';

export type CitedSource = Source & { id: string };

export type EvidenceLine = {
  condition: { id: string; label: string };
  /** Undefined when the knowledge base has no entry for the pair. */
  grade?: Grade;
  summary?: string;
  population?: string;
  form?: string;
  sources: CitedSource[];
};

export type SupplementReport = {
  id: string;
  label: string;
  /** How the page says it is taken, and the doses it gives. */
  routes: Route[];
  doses: string[];
  formNotes: Array<{ label: string; note: string; sources: CitedSource[] }>;
  evidence: EvidenceLine[];
  upperLimit?: { text: string; sources: CitedSource[] };
  safety: Array<{ text: string; sources: CitedSource[] }>;
  reviewedOn: string;
};

/** How many article conditions a tooltip lists for one supplement, most-linked first. */
const MAX_EVIDENCE_LINES = 6;

export function buildSupplementReports(kb: KnowledgeBase, analysis: Analysis): SupplementReport[] {
  const cite = (ids: string[]): CitedSource[] => ids.flatMap((id) => (kb.sources[id] ? [{ id, ...kb.sources[id] }] : []));
  const ids = [...new Set(analysis.mentions.filter((m) => m.type === 'supplement').map((m) => m.id))];
  const pageConditions = countBy(analysis.mentions.filter((m) => m.type === 'condition').map((m) => m.id));
  return ids.flatMap((id) => {
    const s = findSupplement(kb, id);
    if (!s) return [];
    const mentions = analysis.mentions.filter((m) => m.type === 'supplement' && m.id === id);
    const linked = countBy(analysis.claims.filter((c) => c.supplement.id === id).map((c) => c.condition.id));
    const conditionIds = [...(linked.size ? linked : pageConditions).entries()].sort((a, b) => b[1] - a[1]).map(([c]) => c);
    const evidence = conditionIds.slice(0, MAX_EVIDENCE_LINES).flatMap((cid): EvidenceLine[] => {
      const condition = kb.conditions.find((c) => c.id === cid);
      if (!condition) return [];
      const entries = s.evidence.filter((e) => e.condition === cid);
      if (!entries.length) return linked.size ? [{ condition: { id: cid, label: condition.label }, sources: [] }] : [];
      return entries.map((e) => ({
        condition: { id: cid, label: condition.label }, grade: e.grade, summary: e.summary,
        ...(e.population ? { population: e.population } : {}), ...(e.form ? { form: e.form } : {}),
        sources: cite(e.sources),
      }));
    });
    const routes = [...new Set(mentions.flatMap((m) => ('route' in m && m.route ? [m.route] : [])))];
    const namedForms = new Set(mentions.flatMap((m) => ('form' in m && m.form ? [m.form] : [])));
    const formNotes = (s.forms ?? [])
      .filter((f) => f.note && (namedForms.has(f.id) || (f.route && routes.includes(f.route))))
      .map((f) => ({ label: f.label, note: f.note!, sources: cite(f.sources ?? []) }));
    return [{
      id, label: s.label, routes,
      doses: [...new Set(mentions.flatMap((m) => ('dose' in m && m.dose ? [m.dose] : [])))],
      formNotes, evidence,
      ...(s.upperLimit ? { upperLimit: { text: s.upperLimit.text, sources: cite(s.upperLimit.sources) } } : {}),
      safety: s.safety.map((n) => ({ text: n.text, sources: cite(n.sources) })),
      reviewedOn: s.reviewedOn,
    }];
  });
}

function countBy(ids: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
  return counts;
}
