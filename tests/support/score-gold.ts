/**
 * Scores an analysis against a gold file, following the rules of the shared corpus README, so the
 * project's own fixture pages are measured without ../shared: mentions by overlap with the
 * leftmost-longest gold occurrences, claims by quote overlap plus supplement and condition keywords.
 */
import type { Analysis } from '../../src/core/types';

type Form = string | { text: string; caseSensitive?: boolean };
interface Forms { required?: Form[]; optional?: Form[] }
interface Trap { text: string; caseSensitive?: boolean; why?: string }
interface GoldClaim { quote: string; supplement: string; condition: string[]; kind: string[]; required?: boolean }
export interface Gold {
  mentions?: Record<string, Forms>;
  neverAnnotate?: Trap[];
  neverInText?: Trap[];
  claims?: GoldClaim[];
}

export interface Score {
  mentionTp: number; mentionsDetected: number; requiredCovered: number; required: number;
  claimTp: number; claimsDetected: number; claimsFound: number; claimsRequired: number; kindCorrect: number;
  neverAnnotateHits: string[]; leaks: string[]; missedMentions: string[]; falseMentions: string[]; missedClaims: string[];
  /** Claims that carry a grade or a known harm, and the pairs of those that carry neither. */
  evidenced: number; unevidenced: string[];
}

interface Span { start: number; end: number }

// Same length as the input so offsets stay valid.
const FOLDS: Record<string, string> = { '\u00a0': ' ', '\u2007': ' ', '\u202f': ' ', '\u2009': ' ', '\u2018': "'", '\u2019': "'",
  '\u201c': '"', '\u201d': '"', '\u2013': '-', '\u2014': '-', '\t': ' ', '\n': ' ', '\r': ' ' };
const fold = (s: string, lower: boolean) =>
  [...s].map((ch) => { const c = FOLDS[ch] ?? ch; const l = c.toLowerCase(); return lower && l.length === c.length ? l : c; }).join('');
const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

export function occurrences(text: string, form: string, caseSensitive = false): Span[] {
  const hay = fold(text, !caseSensitive);
  const needle = fold(form, !caseSensitive);
  const found: Span[] = [];
  if (!needle) return found;
  for (let i = hay.indexOf(needle); i !== -1; i = hay.indexOf(needle, i + 1)) {
    const end = i + needle.length;
    if (isWordChar(hay[i - 1]) && isWordChar(needle[0])) continue;
    if (isWordChar(hay[end]) && isWordChar(needle.at(-1))) continue;
    found.push({ start: i, end });
  }
  return found;
}

function goldOccurrences(text: string, forms: Forms) {
  const all: (Span & { required: boolean; form: string })[] = [];
  for (const [required, list] of [[true, forms.required ?? []], [false, forms.optional ?? []]] as const) {
    for (const f of list) {
      const { text: t, caseSensitive = false } = typeof f === 'string' ? { text: f } : f;
      for (const o of occurrences(text, t, caseSensitive)) all.push({ ...o, required, form: t });
    }
  }
  all.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const kept: typeof all = [];
  for (const o of all) if (!kept.some((k) => overlaps(k, o))) kept.push(o);
  return kept;
}

const keywordHit = (haystack: string, keyword: string) =>
  keyword === '*' ||
  (keyword.length <= 3
    ? new RegExp(`(^|[^\\p{L}\\p{N}])${keyword}([^\\p{L}\\p{N}]|$)`, 'u').test(haystack)
    : haystack.toLowerCase().includes(keyword.toLowerCase()));

/** As the shared scorer counts it: a grade, or a harm the knowledge base lists. */
const isEvidenced = (c: Analysis['claims'][number]) => c.grade !== undefined || (c.direction === 'harms' && c.knownHarm === true);

export function scoreAnalysis(gold: Gold, { text, mentions, claims }: Analysis): Score {
  const forbidden = (gold.neverAnnotate ?? []).flatMap((n) => occurrences(text, n.text, !!n.caseSensitive).map((o) => ({ ...o, form: n.text })));
  const score: Score = { mentionTp: 0, mentionsDetected: 0, requiredCovered: 0, required: 0, claimTp: 0, claimsDetected: claims.length,
    claimsFound: 0, claimsRequired: 0, kindCorrect: 0, neverAnnotateHits: [], missedMentions: [], falseMentions: [], missedClaims: [],
    evidenced: claims.filter(isEvidenced).length,
    unevidenced: [...new Set(claims.filter((c) => !isEvidenced(c)).map((c) => `${c.supplement.label} × ${c.condition.label}`))],
    leaks: (gold.neverInText ?? []).filter((n) => occurrences(text, n.text).length > 0).map((n) => n.text) };

  for (const [type, forms] of Object.entries(gold.mentions ?? {})) {
    const goldOcc = goldOccurrences(text, forms);
    const detected = mentions.filter((m) => m.type === type);
    score.mentionsDetected += detected.length;
    for (const m of detected) {
      if (goldOcc.some((g) => overlaps(g, m))) { score.mentionTp++; continue; }
      score.falseMentions.push(text.slice(m.start, m.end));
      const trap = forbidden.find((o) => overlaps(o, m));
      if (trap) score.neverAnnotateHits.push(trap.form);
    }
    for (const g of goldOcc.filter((o) => o.required)) {
      score.required++;
      if (detected.some((m) => overlaps(g, m))) score.requiredCovered++;
      else score.missedMentions.push(g.form);
    }
  }

  const goldClaims = (gold.claims ?? []).map((g) => ({ ...g, spans: occurrences(text, g.quote) }));
  const matches = (c: Analysis['claims'][number], g: (typeof goldClaims)[number]) =>
    g.spans.some((s) => overlaps(s, c)) &&
    (g.supplement === '*' || `${c.supplement.id} ${c.supplement.label}`.toLowerCase().includes(g.supplement.toLowerCase())) &&
    g.condition.some((k) => keywordHit(`${c.condition.id} | ${c.condition.label}`, k));
  score.claimTp = claims.filter((c) => goldClaims.some((g) => matches(c, g))).length;
  for (const g of goldClaims.filter((x) => x.required === true)) {
    score.claimsRequired++;
    const found = claims.filter((c) => matches(c, g));
    if (found.length === 0) { score.missedClaims.push(g.quote); continue; }
    score.claimsFound++;
    if (found.some((c) => g.kind.includes(c.kind))) score.kindCorrect++;
  }
  return score;
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

/** Totals over several pages, as the shared scorer reports them. */
export function summarize(scores: Score[]) {
  const sum = (k: keyof Score) => scores.reduce((s, x) => s + (x[k] as number), 0);
  const mp = ratio(sum('mentionTp'), sum('mentionsDetected')), mr = ratio(sum('requiredCovered'), sum('required'));
  const cp = ratio(sum('claimTp'), sum('claimsDetected')), cr = ratio(sum('claimsFound'), sum('claimsRequired'));
  return { mentionPrecision: mp, mentionRecall: mr, mentionF1: f1(mp, mr), claimPrecision: cp, claimRecall: cr, claimF1: f1(cp, cr),
    kindAccuracy: ratio(sum('kindCorrect'), sum('claimsFound')), evidenced: ratio(sum('evidenced'), sum('claimsDetected')),
    neverAnnotateHits: scores.reduce((s, x) => s + x.neverAnnotateHits.length, 0), leaks: scores.reduce((s, x) => s + x.leaks.length, 0) };
}
