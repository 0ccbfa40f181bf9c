/**
 * Which population groups (pregnancy, care homes, children …) a piece of text is about, from the
 * words that name them in populations.json. A sentence that names a group settles it for its own
 * claims; elsewhere the page's running theme does, once the group is named often enough.
 */
import type { KnowledgeBase } from './knowledge-base-schema';

/** How often the page must name a group before every claim on it is read as about that group. */
export const PAGE_THEME_MIN_HITS = 3;

export type PopulationsNamed = {
  /** Groups the claim's own sentence names. */
  sentence: ReadonlySet<string>;
  /** Groups the page names at least PAGE_THEME_MIN_HITS times. */
  page: ReadonlySet<string>;
};

type CueMatcher = Array<{ id: string; cues: RegExp }>;

const matchers = new WeakMap<KnowledgeBase, CueMatcher>();

const escape = (s: string) => s.replace(/[.*+?^$(){}|[\]\\]/g, '\\$&');

function matcherFor(kb: KnowledgeBase): CueMatcher {
  let matcher = matchers.get(kb);
  if (!matcher) {
    matcher = kb.populations.map((p) => ({
      id: p.id,
      // Longest cue first, so "nursing homes" is one hit, not "nursing home" and a stray "s".
      cues: new RegExp(`(?<![\\p{L}\\p{N}])(?:${[...p.cues].sort((a, b) => b.length - a.length).map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'giu'),
    }));
    matchers.set(kb, matcher);
  }
  return matcher;
}

/** How many times the text names each group; groups it never names are left out. */
export function countPopulations(kb: KnowledgeBase, text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { id, cues } of matcherFor(kb)) {
    const n = text.match(cues)?.length ?? 0;
    if (n) counts.set(id, n);
  }
  return counts;
}

/** The groups a sentence names, once or more. */
export function populationsIn(kb: KnowledgeBase, text: string): Set<string> {
  return new Set(countPopulations(kb, text).keys());
}

/** The last page counted: claim extraction and the tooltips' reports both ask about the same page. */
let lastPage: { kb: KnowledgeBase; text: string; groups: Set<string> } | undefined;

/** The groups a page is about: those it names at least PAGE_THEME_MIN_HITS times. */
export function pagePopulations(kb: KnowledgeBase, text: string): Set<string> {
  if (lastPage?.kb === kb && lastPage.text === text) return lastPage.groups;
  const groups = new Set<string>();
  for (const [id, hits] of countPopulations(kb, text)) if (hits >= PAGE_THEME_MIN_HITS) groups.add(id);
  lastPage = { kb, text, groups };
  return groups;
}

/** Who an evidence entry is about: its own words, else its group's label. */
export function populationOf(kb: KnowledgeBase, entry: { population?: string; appliesTo?: string }): string | undefined {
  return entry.population ?? kb.populations.find((p) => p.id === entry.appliesTo)?.label;
}

const groupConditions = new WeakMap<KnowledgeBase, Set<string>>();

/**
 * Conditions that are population groups too ("pregnancy", "strenuous exercise"): a stage of life or
 * a circumstance (category life-stage, unlike "preterm birth" an outcome only when nothing else
 * is) one of whose names is a group's cue. Such a condition says who took the supplement.
 */
export function conditionsNamingGroups(kb: KnowledgeBase): Set<string> {
  let ids = groupConditions.get(kb);
  if (!ids) {
    const cues = new Set(kb.populations.flatMap((p) => p.cues.map((c) => c.toLowerCase())));
    ids = new Set(kb.conditions.filter((c) => c.category === 'life-stage' && c.names.some((n) => cues.has(n))).map((c) => c.id));
    groupConditions.set(kb, ids);
  }
  return ids;
}
