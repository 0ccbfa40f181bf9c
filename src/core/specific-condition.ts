/**
 * The most specific condition a passage is about. The knowledge base says which conditions are
 * forms of broader ones (`broader`: rheumatoid arthritis of arthritis; jet lag of insomnia) and
 * which words point to them (`cues`: "time zones" for jet lag, "night shifts" for shift-work sleep).
 * Within one clause of a sentence:
 * - a broader condition moves to the narrower one the clause names or gives a cue for ("If you
 *   change time zones, melatonin can help you sleep": jet lag, not insomnia);
 * - a cue names its condition where the clause names none ("On long-haul flights I take melatonin").
 * A clause of its own keeps a contrast apart ("… can help after long flights, but for everyday
 * insomnia …": jet lag and insomnia). Else the sentence before, in the same paragraph, may set the
 * scene ("Sleeping in the day after night shifts is the hard part. Melatonin helps me sleep.":
 * shift-work sleep), unless the sentence opens on a contrast ("But …"). Said to be the ordinary
 * kind ("everyday insomnia"), a condition stays broad.
 * Else a broader condition moves to the narrower one the page is about: named several times, at
 * least as often as the broader one, and the only such one.
 */
import type { Condition, KnowledgeBase } from './knowledge-base-schema';
import { firstAtOrAfter } from './sorted-search';
import { splitSentences } from './split-sentences';
import type { ConditionMention, EntityRef, Span } from './types';

/** How often a page must name a narrower condition to be about it ("several times"). */
const PAGE_MIN_MENTIONS = 3;

/** How far back to look for the sentence before: a long sentence's last part says enough, and a page may be one long line. */
const BEFORE_REACH = 600;

/** Words that mean the broad, ordinary kind of a condition ("everyday insomnia"), not a narrower one. */
const ORDINARY_KIND = /\b(?:everyday|ordinary|normal|regular|general|plain|usual|garden-variety)\s+$/iu;

/** A sentence that opens by turning away from what came before. */
const CONTRAST_OPENING = /^["“]?(?:but|however|whereas|yet|still|by contrast|on the other hand|otherwise)\b/iu;

/** Where a sentence turns to another point: "but", "whereas", "although", a semicolon. */
const CLAUSE_BREAK = /;|\b(?:but|whereas|although|though|however)\b/giu;

type Narrower = { ref: EntityRef; cue?: RegExp };
type Index = { narrowerOf: Map<string, Narrower[]>; cued: Narrower[] };

const indexes = new WeakMap<KnowledgeBase, Index>();

const escape = (s: string) => s.replace(/[.*+?^$(){}|[\]\\]/g, '\\$&');

function indexFor(kb: KnowledgeBase): Index {
  let index = indexes.get(kb);
  if (index) return index;
  const entry = (c: Condition): Narrower => ({
    ref: { id: c.id, label: c.label },
    ...(c.cues?.length ? { cue: new RegExp(`(?<![\\p{L}\\p{N}])(?:${c.cues.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'iu') } : {}),
  });
  index = { narrowerOf: new Map(), cued: [] };
  for (const c of kb.conditions) {
    const e = entry(c);
    if (e.cue) index.cued.push(e);
    for (const b of c.broader ?? []) index.narrowerOf.set(b, [...(index.narrowerOf.get(b) ?? []), e]);
  }
  indexes.set(kb, index);
  return index;
}

/** The clauses of a sentence, as offsets into the text. */
function clausesOf(text: string, sentence: Span): Span[] {
  const clauses: Span[] = [];
  let start = sentence.start;
  for (const m of text.slice(sentence.start, sentence.end).matchAll(CLAUSE_BREAK)) {
    clauses.push({ start, end: sentence.start + m.index });
    start = sentence.start + m.index;
  }
  clauses.push({ start, end: sentence.end });
  return clauses;
}

export type SpecificConditionsOf = (sentence: Span, outcomes: ConditionMention[], named: ConditionMention[]) => EntityRef[];

/**
 * Binds the text and the page's condition counts once. The function it returns takes a sentence,
 * the outcomes it claims and every condition it names (who was studied too: "joint pain in people
 * with RA"), and gives the conditions to file the claims under, without repeats.
 */
export function specificConditions(kb: KnowledgeBase, text: string, pageConditions: ConditionMention[]): SpecificConditionsOf {
  const { narrowerOf, cued } = indexFor(kb);
  const pageCount = new Map<string, number>();
  for (const m of pageConditions) pageCount.set(m.id, (pageCount.get(m.id) ?? 0) + 1);
  const count = (id: string) => pageCount.get(id) ?? 0;
  const byStart = [...pageConditions].sort((a, b) => a.start - b.start);
  /** The narrower conditions the sentence before names or gives a cue for, if it is in the same paragraph and the sentence does not turn away from it. */
  const setBefore = (sentence: Span): ((n: Narrower) => boolean) => {
    const paragraphStart = text.lastIndexOf('\n', sentence.start - 1) + 1;
    const before = splitSentences(text, Math.max(paragraphStart, sentence.start - BEFORE_REACH), sentence.start).at(-1);
    if (!before || CONTRAST_OPENING.test(text.slice(sentence.start, sentence.end))) return () => false;
    const beforeText = text.slice(before.start, before.end);
    const ids = new Set<string>();
    for (let i = firstAtOrAfter(byStart, before.start, (m) => m.start); i < byStart.length && byStart[i]!.end <= before.end; i++) ids.add(byStart[i]!.id);
    return (n) => ids.has(n.ref.id) || (n.cue?.test(beforeText) ?? false);
  };
  return (sentence, outcomes, named) => {
    const found = new Map<string, EntityRef>();
    const clauses = clausesOf(text, sentence).map((span) => {
      const inClause = (m: Span) => m.start >= span.start && m.end <= span.end;
      const clauseText = text.slice(span.start, span.end);
      return { inClause, ids: new Set(named.filter(inClause).map((m) => m.id)), cued: cued.filter((n) => n.cue!.test(clauseText)) };
    });
    let fromBefore: ((n: Narrower) => boolean) | undefined; // worked out only for a broader condition the sentence leaves open
    for (const m of outcomes) {
      const narrower = ORDINARY_KIND.test(text.slice(Math.max(0, m.start - 20), m.start)) ? [] : narrowerOf.get(m.id) ?? [];
      const clause = clauses.find((c) => c.inClause(m)); // none for a list item or the passage's topic
      const inClause = narrower.filter((n) => clause && (clause.ids.has(n.ref.id) || clause.cued.includes(n)));
      const inSentenceBefore = inClause.length || !clause || !narrower.length ? [] : narrower.filter((fromBefore ??= setBefore(sentence)));
      const onPage = narrower.filter((n) => count(n.ref.id) >= PAGE_MIN_MENTIONS && count(n.ref.id) >= count(m.id));
      const chosen = inClause.length ? inClause.map((n) => n.ref)
        : inSentenceBefore.length ? inSentenceBefore.map((n) => n.ref)
        : onPage.length === 1 ? [onPage[0]!.ref] : [{ id: m.id, label: m.label }];
      for (const ref of chosen) found.set(ref.id, ref);
    }
    for (const c of clauses) if (!c.ids.size) for (const n of c.cued) found.set(n.ref.id, n.ref);
    return [...found.values()];
  };
}
