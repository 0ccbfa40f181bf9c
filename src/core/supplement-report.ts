/**
 * What the tooltip says about one supplement on one page: the evidence for each condition the
 * article links it to (or, failing that, mentions), with sources, form notes and safety notes.
 */
import type { KnowledgeBase } from './knowledge-base-schema';
import type { Source } from './knowledge-base-schema';
import type { Evidence } from './knowledge-base-schema';
import { checkDose, describeDoseCheck, type DoseCheck } from './dose-check';
import { chooseEvidence, findSupplement } from './evidence';
import { drugsOnPage, forYou, NO_READER, type ForYouItem, type ReaderContext } from './for-you';
import { isInteraction } from './interaction-claims';
import { pagePopulations, populationOf, populationsIn } from './populations';
import type { Analysis, Grade, Route } from './types';

export type CitedSource = Source & { id: string };

/** One graded entry of a pair, as the card shows it. */
export type EvidenceEntryView = {
  grade: Grade;
  summary: string;
  population?: string;
  form?: string;
  sources: CitedSource[];
};

export type EvidenceLine = {
  condition: { id: string; label: string };
  /** Undefined when the knowledge base has no entry for the pair. */
  grade?: Grade;
  summary?: string;
  population?: string;
  form?: string;
  sources: CitedSource[];
  /** The pair's entries for other populations or forms, folded under the one that applies. */
  others: EvidenceEntryView[];
  /** Set when the knowledge base lists the condition as a side effect of the supplement. */
  knownSideEffect?: { sources: CitedSource[] };
};

/** A "For you" item with its sources written out. */
export type ForYouView = ForYouItem extends infer T ? (T extends ForYouItem ? Omit<T, 'sources'> & { sources: CitedSource[] } : never) : never;

export type SupplementReport = {
  id: string;
  label: string;
  /** How the page says it is taken, and the doses it gives. */
  routes: Route[];
  doses: string[];
  formNotes: Array<{ label: string; note: string; sources: CitedSource[] }>;
  evidence: EvidenceLine[];
  upperLimit?: { text: string; sources: CitedSource[] };
  /** Each dose the page gives, beside the upper limit, in words. */
  doseNotes: Array<{ verdict: DoseCheck['verdict']; text: string }>;
  safety: Array<{ text: string; sources: CitedSource[] }>;
  /** Risks for this reader: their medicines, the page's medicines, their situation. */
  forYou: ForYouView[];
  reviewedOn: string;
};

/** How many article conditions a tooltip lists for one supplement, most-linked first. */
const MAX_EVIDENCE_LINES = 6;

export function buildSupplementReports(kb: KnowledgeBase, analysis: Analysis, reader: ReaderContext = NO_READER): SupplementReport[] {
  const cite = (ids: string[]): CitedSource[] => ids.flatMap((id) => (kb.sources[id] ? [{ id, ...kb.sources[id] }] : []));
  const view = (e: Evidence): EvidenceEntryView => {
    const population = populationOf(kb, e);
    return { grade: e.grade, summary: e.summary, ...(population ? { population } : {}), ...(e.form ? { form: e.form } : {}), sources: cite(e.sources) };
  };
  const ids = [...new Set(analysis.mentions.filter((m) => m.type === 'supplement').map((m) => m.id))];
  const pageConditions = countBy(analysis.mentions.filter((m) => m.type === 'condition').map((m) => m.id));
  const page = ids.length ? pagePopulations(kb, analysis.text) : new Set<string>();
  const pageDrugs = drugsOnPage(kb, analysis);
  return ids.flatMap((id) => {
    const s = findSupplement(kb, id);
    if (!s) return [];
    const mentions = analysis.mentions.filter((m) => m.type === 'supplement' && m.id === id);
    // A warning about a medicine has no evidence line: the "For you" items cover the page's medicines.
    const claims = analysis.claims.filter((c) => c.supplement.id === id && !isInteraction(c.condition));
    const linked = countBy(claims.map((c) => c.condition.id));
    const conditionIds = [...(linked.size ? linked : pageConditions).entries()].sort((a, b) => b[1] - a[1]).map(([c]) => c);
    const namedForms = new Set(mentions.flatMap((m) => ('form' in m && m.form ? [m.form] : [])));
    const evidence = conditionIds.slice(0, MAX_EVIDENCE_LINES).flatMap((cid): EvidenceLine[] => {
      const condition = kb.conditions.find((c) => c.id === cid);
      if (!condition) return [];
      const sideEffect = s.sideEffects?.find((x) => x.condition === cid);
      const knownSideEffect = sideEffect ? { knownSideEffect: { sources: cite(sideEffect.sources) } } : {};
      const sentences = claims.filter((c) => c.condition.id === cid).map((c) => analysis.text.slice(c.start, c.end));
      const named = { sentence: populationsIn(kb, sentences.join('\n')), page };
      const choice = chooseEvidence(s.evidence.filter((e) => e.condition === cid), [...namedForms][0], named);
      if (!choice) return linked.size || sideEffect ? [{ condition: { id: cid, label: condition.label }, sources: [], others: [], ...knownSideEffect }] : [];
      return [{ condition: { id: cid, label: condition.label }, ...view(choice.chosen), others: choice.others.map(view), ...knownSideEffect }];
    });
    const routes = [...new Set(mentions.flatMap((m) => ('route' in m && m.route ? [m.route] : [])))];
    const formNotes = (s.forms ?? [])
      .filter((f) => f.note && (namedForms.has(f.id) || (f.route && routes.includes(f.route))))
      .map((f) => ({ label: f.label, note: f.note!, sources: cite(f.sources ?? []) }));
    const doses = new Map(mentions.flatMap((m) => ('dose' in m && m.dose ? [[m.dose, m.route ?? routes[0]] as const] : [])));
    const doseNotes = [...doses].flatMap(([dose, route]) => {
      const check = checkDose(dose, route, s.upperLimit);
      if (!check) return [];
      // The limits are adults'; a younger reader's are lower, so a "within" is no comfort.
      const young = reader.under18 && check.verdict !== 'not-compared' ? ' Upper limits for children and teenagers are lower.' : '';
      return [{ verdict: check.verdict, text: describeDoseCheck(check) + young }];
    });
    return [{
      id, label: s.label, routes,
      doses: [...doses.keys()],
      formNotes, evidence,
      ...(s.upperLimit ? { upperLimit: { text: s.upperLimit.text, sources: cite(s.upperLimit.sources) } } : {}),
      doseNotes,
      safety: s.safety.map((n) => ({ text: n.text, sources: cite(n.sources) })),
      forYou: forYou(kb, id, reader, pageDrugs).map((x) => ({ ...x, sources: cite(x.sources) }) as ForYouView),
      reviewedOn: s.reviewedOn,
    }];
  });
}

function countBy(ids: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
  return counts;
}
