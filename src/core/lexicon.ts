/**
 * The vocabulary detection matches against: every name, form and misspelling of every
 * supplement, condition and medicine in the knowledge base, as token sequences in a trie, so one pass
 * over the text finds the leftmost-longest names.
 */
import type { KnowledgeBase } from './knowledge-base-schema';
import type { Abbreviation } from './knowledge-base-schema';
import type { Route } from './types';
import type { EverydaySense } from './everyday-sense';

export type EntityType = 'supplement' | 'condition' | 'drug';

/** What a matched name stands for. */
const everydaySenseOf = (category: string): { everydaySense?: EverydaySense } =>
  category === 'mineral' ? { everydaySense: 'metal' } : category === 'herb' ? { everydaySense: 'food' } : {};

export type LexiconEntry = {
  type: EntityType;
  id: string;
  label: string;
  form?: string;
  route?: Route;
  /** Minerals are metals and herbs are food too: "iron rods" and "onions and garlic" are not supplements. */
  everydaySense?: EverydaySense;
  /** A brand name counts only as written with a capital ("Advil", not "advil"). */
  brand?: true;
};

type TrieNode = { next: Map<string, TrieNode>; entry?: LexiconEntry };

export type AbbreviationEntry = LexiconEntry & { rule: Abbreviation['rule'] };

export type Lexicon = {
  root: TrieNode;
  /** Case-sensitive short forms, by their exact text. */
  abbreviations: Map<string, AbbreviationEntry>;
  entities: Map<string, LexiconEntry>;
};

const OTHER = 0;
const LETTER_OR_NUMBER = 1;
const MARK = 2;
const APOSTROPHE = 3;
type CharKind = typeof OTHER | typeof LETTER_OR_NUMBER | typeof MARK | typeof APOSTROPHE;

/** Kinds of the code points beyond ASCII a text has used, looked up once each (\p{…} tests are slow one by one). */
const wideKinds = new Map<number, CharKind>();
const IS_LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;
const IS_MARK = /^\p{M}$/u;

function kindOf(code: number): CharKind {
  if (code < 128) {
    if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57)) return LETTER_OR_NUMBER;
    return code === 39 ? APOSTROPHE : OTHER;
  }
  let kind = wideKinds.get(code);
  if (kind === undefined) {
    const char = String.fromCodePoint(code);
    wideKinds.set(code, (kind = IS_LETTER_OR_NUMBER.test(char) ? LETTER_OR_NUMBER : IS_MARK.test(char) ? MARK : OTHER));
  }
  return kind;
}

/**
 * The words of a folded text: a letter or digit, then letters, digits, combining marks (so
 * "crampś" is not "cramps") and inner apostrophes ("crohn's"); hyphens, dots and spaces separate
 * words. One pass over code points: it runs over every character of a page, where the regular
 * expression this replaces (`[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}]|'(?=[\p{L}\p{N}]))*`, kept in the
 * property tests as the reference) took a tenth of the worker's time on a long page.
 */
export function tokenize(folded: string): Array<{ word: string; start: number; end: number }> {
  const out = [];
  let start = -1;
  for (let i = 0; i < folded.length; ) {
    const code = folded.codePointAt(i)!;
    const size = code > 0xffff ? 2 : 1;
    const kind = kindOf(code);
    if (start < 0) {
      if (kind === LETTER_OR_NUMBER) start = i;
    } else if (kind === OTHER || (kind === APOSTROPHE && (i + 1 >= folded.length || kindOf(folded.codePointAt(i + 1)!) !== LETTER_OR_NUMBER))) {
      out.push({ word: folded.slice(start, i), start, end: i });
      start = -1;
    }
    i += size;
  }
  if (start >= 0) out.push({ word: folded.slice(start), start, end: folded.length });
  return out;
}

export function buildLexicon(kb: KnowledgeBase): Lexicon {
  const root: TrieNode = { next: new Map() };
  const abbreviations = new Map<string, AbbreviationEntry>();
  const entities = new Map<string, LexiconEntry>();
  const add = (name: string, entry: LexiconEntry) => {
    let node = root;
    for (const { word } of tokenize(name.toLowerCase().replace(/[’‘]/g, "'"))) {
      let child = node.next.get(word);
      if (!child) node.next.set(word, (child = { next: new Map() }));
      node = child;
    }
    node.entry ??= entry;
  };
  for (const s of kb.supplements) {
    const entry: LexiconEntry = { type: 'supplement', id: s.id, label: s.label, ...everydaySenseOf(s.category) };
    entities.set(`supplement:${s.id}`, entry);
    for (const n of [...s.names, ...(s.misspellings ?? [])]) add(n, entry);
    for (const f of s.forms ?? []) {
      const base: LexiconEntry = f.neverEveryday ? { type: entry.type, id: entry.id, label: entry.label } : entry;
      const formEntry = { ...base, form: f.id, ...(f.route ? { route: f.route } : {}) };
      for (const n of f.names) add(n, formEntry);
    }
    for (const a of s.abbreviations ?? []) abbreviations.set(a.text, { ...entry, rule: a.rule });
  }
  for (const c of kb.conditions) {
    const entry: LexiconEntry = { type: 'condition', id: c.id, label: c.label };
    entities.set(`condition:${c.id}`, entry);
    for (const n of [...c.names, ...(c.misspellings ?? [])]) add(n, entry);
    for (const a of c.abbreviations ?? []) abbreviations.set(a.text, { ...entry, rule: a.rule });
  }
  for (const d of kb.drugs) {
    const entry: LexiconEntry = { type: 'drug', id: d.id, label: d.label };
    entities.set(`drug:${d.id}`, entry);
    for (const n of d.names) add(n, entry);
    for (const b of d.brands ?? []) add(b, { ...entry, brand: true });
  }
  return { root, abbreviations, entities };
}

/**
 * Leftmost-longest name matches over tokens of folded text. A final word may also match with a
 * plural "s"/"es" or a possessive "'s" that the name lacks; the match then ends before the suffix
 * only for the possessive.
 */
export function matchNames(lexicon: Lexicon, tokens: Array<{ word: string; start: number; end: number }>, text: string) {
  const found: Array<{ start: number; end: number; entry: LexiconEntry }> = [];
  // A page repeats its words: each word's readings are worked out once.
  const variantsOf = new Map<string, ReturnType<typeof wordVariants>>();
  const variants = (word: string) => {
    let known = variantsOf.get(word);
    if (!known) variantsOf.set(word, (known = wordVariants(word)));
    return known;
  };
  for (let i = 0; i < tokens.length; ) {
    let node: TrieNode | undefined = lexicon.root;
    let best: { end: number; entry: LexiconEntry; next: number } | undefined;
    for (let j = i; j < tokens.length && node; j++) {
      const token = tokens[j]!;
      if (j > i && !adjacent(text, tokens[j - 1]!, token)) break;
      for (const variant of variants(token.word)) {
        const child: TrieNode | undefined = node.next.get(variant.word);
        if (child?.entry) best = { end: token.end - variant.trim, entry: child.entry, next: j + 1 };
      }
      node = node.next.get(token.word) ?? node.next.get(stripPossessive(token.word));
    }
    if (best) {
      found.push({ start: tokens[i]!.start, end: best.end, entry: best.entry });
      i = best.next;
    } else i++;
  }
  return found;
}

/**
 * Two tokens belong to one name only when a space, hyphen, slash, "&" or "+" separates them, or
 * the full stop of a short first word ("st. john's wort", "s. boulardii"): never the end of a
 * sentence ("fish. Oil prices") or other punctuation.
 */
function adjacent(text: string, a: { word: string; end: number }, b: { start: number }) {
  const gap = text.slice(a.end, b.start);
  return /^[\s\-/&+]{0,3}$/.test(gap) || (a.word.length <= 2 && /^\.\s?$/.test(gap));
}

function stripPossessive(word: string) {
  return word.endsWith("'s") ? word.slice(0, -2) : word;
}

/** The word itself, then its singular and un-possessive readings. `trim` is how much of the word the match leaves out. */
function wordVariants(word: string): Array<{ word: string; trim: number }> {
  const out = [{ word, trim: 0 }];
  if (word.endsWith("'s")) out.push({ word: word.slice(0, -2), trim: 2 });
  else if (word.length > 4 && word.endsWith('es')) out.push({ word: word.slice(0, -2), trim: 0 }, { word: word.slice(0, -1), trim: 0 });
  else if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) out.push({ word: word.slice(0, -1), trim: 0 });
  return out;
}

/** Resolves a free-text name ("omega-3", "Fish Oil") to its entity, as detection would. */
export function resolveName(lexicon: Lexicon, name: string, type: EntityType): LexiconEntry | undefined {
  const abbreviation = lexicon.abbreviations.get(name.trim());
  if (abbreviation?.type === type) return lexicon.entities.get(`${type}:${abbreviation.id}`);
  const folded = name.toLowerCase().replace(/[’‘]/g, "'").trim();
  const tokens = tokenize(folded);
  const [match] = matchNames(lexicon, tokens, folded);
  if (match && match.start === 0 && match.end >= folded.length - 2 && match.entry.type === type) {
    return lexicon.entities.get(`${type}:${match.entry.id}`);
  }
  const byId = lexicon.entities.get(`${type}:${folded.replace(/\s+/g, '-')}`);
  return byId;
}
