/**
 * The page's verdict, as the popup and the side panel open with it: per supplement, what the page
 * says it does beside what the evidence says, how many of its claims outrun the evidence, the form
 * note and the doses above the upper limit; then how the page argues (claims per kind and per fit).
 * Structure only: the words come from the UI's locale strings.
 */
import { CLAIM_FITS, fitRank, type ClaimFit } from './claim-fit';
import { isInteraction, medicineOf } from './interaction-claims';
import type { SupplementReport } from './supplement-report';
import { CLAIM_KINDS, type Claim, type ClaimKind, type EntityRef, type Grade } from './types';

export type ConditionVerdict = { condition: EntityRef; grade?: Grade; fit: ClaimFit };

export type SupplementVerdict = {
  supplement: EntityRef;
  /** Conditions the page says it helps (direction helps), most-claimed first; each with the grade for the pair and the worst fit among those claims. */
  helps: ConditionVerdict[];
  /** Conditions the page says it does not help, and harms it reports (direction does-not-help / harms). */
  doesNotHelp: ConditionVerdict[];
  harms: ConditionVerdict[];
  /** The medicines it is said not to mix with (interaction-claims.ts), each as the condition of its entry. */
  interactsWith: ConditionVerdict[];
  /** The form note that matters on this page (e.g. topical magnesium's absorption), from the report's formNotes. */
  formNote?: string;
  /** The page's doses above the adult upper limit, from the report's doseNotes (verdict 'above'), in the report's words. */
  dosesAbove: string[];
  /** How many of this supplement's claims contradict or go beyond the evidence. */
  overclaims: number;
};

export type ArticleVerdict = {
  supplements: SupplementVerdict[]; // most claims first
  claimCount: number;
  /** Claims per kind over the whole page. */
  kinds: Record<ClaimKind, number>;
  /** Claims per fit over the whole page. */
  fits: Record<ClaimFit, number>;
};

export type SentenceClaims<C extends { fit: ClaimFit }> = { key: string; claims: C[]; worstFit: ClaimFit };

const worse = (a: ClaimFit, b: ClaimFit): ClaimFit => (fitRank(a) <= fitRank(b) ? a : b);
const worstOf = (claims: Array<{ fit: ClaimFit }>): ClaimFit => claims.map((c) => c.fit).reduce(worse);

/** Items split by a key, each group in the order given, groups in order of first appearance. */
function groupBy<T>(items: T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

const countsOf = <K extends string>(keys: readonly K[], values: K[]): Record<K, number> => {
  const counts = Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
  for (const v of values) counts[v] += 1;
  return counts;
};

export function articleVerdict(claims: Claim[], reports: SupplementReport[]): ArticleVerdict {
  const bySupplement = groupBy(claims, (c) => c.supplement.id);
  const claimed = [...bySupplement.values()]
    .sort((a, b) => b.length - a.length)
    .map((own) => supplementVerdict(own[0]!.supplement, own, reports.find((r) => r.id === own[0]!.supplement.id)));
  // A supplement the page names without a claim still matters when its dose or its form does.
  const unclaimed = reports
    .filter((r) => !bySupplement.has(r.id))
    .map((r) => supplementVerdict({ id: r.id, label: r.label }, [], r));
  return {
    supplements: [...claimed, ...unclaimed].filter(saysSomething),
    claimCount: claims.length,
    kinds: countsOf(CLAIM_KINDS, claims.map((c) => c.kind)),
    fits: countsOf(CLAIM_FITS, claims.map((c) => c.fit)),
  };
}

function supplementVerdict(supplement: EntityRef, claims: Claim[], report: SupplementReport | undefined): SupplementVerdict {
  const formNote = report?.formNotes[0]?.note;
  return {
    supplement,
    helps: conditionVerdicts(claims.filter((c) => c.direction === 'helps'), report),
    doesNotHelp: conditionVerdicts(claims.filter((c) => c.direction === 'does-not-help'), report),
    harms: conditionVerdicts(claims.filter((c) => c.direction === 'harms' && !isInteraction(c.condition)), report),
    interactsWith: conditionVerdicts(claims.filter((c) => isInteraction(c.condition)), report).map((v) => ({ ...v, condition: medicineOf(v.condition)! })),
    ...(formNote ? { formNote } : {}),
    dosesAbove: [...new Set((report?.doseNotes ?? []).filter((n) => n.verdict === 'above').map((n) => n.text))], // a dose the page gives twice, said once
    overclaims: claims.filter((c) => c.fit === 'contradicts' || c.fit === 'beyond').length,
  };
}

/**
 * One entry per condition, most-claimed first. The grade is that of the claim with the worst fit (each
 * claim's grade is for the population its sentence names, so the line agrees with the claims' own
 * marks); the report's line for the pair stands in only where those claims have no grade.
 */
function conditionVerdicts(claims: Claim[], report: SupplementReport | undefined): ConditionVerdict[] {
  return [...groupBy(claims, (c) => c.condition.id).values()]
    .sort((a, b) => b.length - a.length)
    .map((own) => {
      const fit = worstOf(own);
      const line = report?.evidence.find((e) => e.condition.id === own[0]!.condition.id);
      const grade = own.find((c) => c.fit === fit)!.grade ?? line?.grade;
      return { condition: own[0]!.condition, ...(grade ? { grade } : {}), fit };
    });
}

/** A line with nothing in it (only unclear claims, or a plain mention) is left out. */
const saysSomething = (v: SupplementVerdict): boolean =>
  v.helps.length + v.doesNotHelp.length + v.harms.length + v.interactsWith.length + v.dosesAbove.length > 0 || v.formNote !== undefined;

/** Claims grouped by their sentence (same start and end), groups ordered by worst fit (contradicts, beyond, in-line, ungraded), then page order. */
export function groupBySentence<C extends { start: number; end: number; fit: ClaimFit }>(claims: C[]): SentenceClaims<C>[] {
  return [...groupBy(claims, (c) => `${c.start}-${c.end}`)]
    .map(([key, own]) => ({ key, claims: own, worstFit: worstOf(own) }))
    .sort((a, b) => fitRank(a.worstFit) - fitRank(b.worstFit) || a.claims[0]!.start - b.claims[0]!.start);
}
