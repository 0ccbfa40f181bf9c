/**
 * Property tests of the pure core over random documents: real vocabulary mixed with emoji,
 * surrogate pairs and lone surrogates, combining marks, right-to-left scripts, invisible and
 * odd space characters, curly quotes and huge runs.
 *
 * Runs with a fixed seed and few runs by default, so the suite stays fast and repeatable. A longer
 * campaign: `FC_RUNS=5000 FC_SEED=$RANDOM npx vitest run tests/unit/core.property.test.ts`
 * (FC_SEED alone replays a failure fast-check reported).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, lexiconFor } from '../../src/core/analyze';
import { foldText, type FoldedText } from '../../src/core/fold-text';
import { findMentions } from '../../src/core/find-mentions';
import { matchNames, tokenize } from '../../src/core/lexicon';
import { splitSentences } from '../../src/core/split-sentences';
import { CLAIM_KINDS, GRADES, type Span } from '../../src/core/types';
import { loadKnowledgeBase } from '../../src/data/knowledge-base';
import type { KnowledgeBase } from '../../src/core/knowledge-base-schema';
import { testKb } from './test-kb';

const RUNS = Number(process.env.FC_RUNS) || 0;
const params = (runs: number) => ({ seed: Number(process.env.FC_SEED) || 20261125, numRuns: RUNS || runs });
const TIMEOUT = RUNS ? 24 * 3600_000 : 30_000;

/** Words and phrases the knowledge bases know, and sentences around them. */
const VOCABULARY = [
  'magnesium', 'Magnesium', 'MAGNESIUM', 'magne\u00ADsium', 'magnesium chloride', 'magnesium oil', 'magnesum', 'fish oil',
  'fish\u00A0oil', 'Fish-Oil', 'fish oils', 'omega-3', 'turmeric\u2019s', 'curcumin', 'iron rods', 'cast iron', 'zinc', 'vitamin D',
  'ankylosing spondylitis (AS)', 'AS', 'as', 'As', 'RA', 'rheumatoid arthritis', 'MS (multiple sclerosis)', 'DHA', 'ADHD',
  'cramps', 'leg cramps', 'insomnia', 'sleep', 'Crohn\u2019s disease', 'joint pain', 'migraines', 'pregnant women',
  'I take 400 mg a day of', 'It helps my', 'They said', 'may help', 'no evidence that', 'Dr.', 'U.S.', 'e.g.', 'supplement',
  'trials', 'placebo', 'symptoms', 'pain scores dropped', 'Magnesium helps with:', '\u201CIt eased my', 'people with',
];

/** Characters that break naive text handling. */
const ODD = [
  '😀', '👩\u200D👩\u200D👧', '🇫🇷', 'e\u0301', '\u0301', '\u0645\u0631\u062D\u0628\u0627', '\u05E9\u05DC\u05D5\u05DD', '\u200F', '\u202E',
  '\u200D', '\u200C', '\u200B', '\uFEFF', '\u2060', '\u00AD', '\u00A0', '\u202F', '\u2007', '\u201C', '\u201D', '\u2018', '\u2019',
  '\u02BC', '\u2013', '\u2014', '\uD800', '\uDBFF', '\uDC00', '\uDFFF', '\uD835\uDC00\uD835\uDC12', '\uD801\uDC00', '\u0130',
  '\u1E9E', '\u212A', '\uFB01', '\u2028', '\u3000', '\v', '\t', '\r\n', '\n', '\n\n', ' ', '  ', '.', '. ', '!', '?', '\u2026',
  '(', ')', ':', ';', ',', '"', "'", '-', '400', '4.5mg',
];

const SEPARATORS = ['', ' ', ' ', ' ', '\n', '. ', '\u00A0', '-', '\u200B'];

const piece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...VOCABULARY) },
  { weight: 4, arbitrary: fc.constantFrom(...ODD) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
);

/** A long run of one thing: letters, names, invisible characters, emoji, lone surrogates. */
const hugeRun = fc
  .tuple(fc.constantFrom('a', 'magnesium ', '\u200B', ' ', '😀', '\uD800', '.', 'AS ', 'e\u0301', 'fish oil cramps. ', '\n'), fc.integer({ min: 1000, max: 6000 }))
  .map(([p, n]) => p.repeat(Math.ceil(n / p.length)));

const pieces = (item: fc.Arbitrary<string>, maxLength: number) =>
  fc.array(fc.tuple(item, fc.constantFrom(...SEPARATORS)), { maxLength }).map((parts) => parts.map(([p, s]) => p + s).join(''));

/** Claim-shaped sentences ("Fish oil eased my joint pain.") with odd characters dropped in anywhere, even inside a word or a surrogate pair. */
const SUPPLEMENTS = ['Magnesium', 'fish oil', 'Turmeric', 'magnesium chloride', 'Zinc', 'iron', 'Vitamin D', 'It', 'DHA', 'melatonin'];
const EFFECTS = ['eased my', 'may help with', 'did not help my', 'is a treatment for', 'caused', 'helps people with', 'reduced symptoms of'];
const CONDITIONS = ['leg cramps', 'insomnia', 'ankylosing spondylitis (AS)', 'AS', 'joint pain', 'migraines', 'rheumatoid arthritis', 'RA', 'diabetes'];
const claimText = fc
  .tuple(
    fc.array(fc.tuple(fc.constantFrom(...SUPPLEMENTS), fc.constantFrom(...EFFECTS), fc.constantFrom(...CONDITIONS), fc.constantFrom('. ', '.\n', '! ', ': ', ' 😀 ')), { maxLength: 12 }),
    fc.array(fc.tuple(fc.nat(), fc.constantFrom(...ODD)), { maxLength: 12 }),
  )
  .map(([sentences, insertions]) => {
    let text = sentences.map(([s, e, c, end]) => `${s} ${e} ${c}${end}`).join('');
    for (const [at, odd] of insertions) {
      const i = text.length ? at % (text.length + 1) : 0;
      text = text.slice(0, i) + odd + text.slice(i);
    }
    return text;
  });

const documentText = fc.oneof(
  { weight: 5, arbitrary: pieces(piece, 60) },
  { weight: 4, arbitrary: claimText },
  { weight: 1, arbitrary: pieces(fc.oneof(piece, hugeRun), 4) },
);

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;
/** True when offset `i` falls between the two halves of a surrogate pair. */
const splitsPair = (text: string, i: number) => i > 0 && i < text.length && isHigh(text.charCodeAt(i - 1)) && isLow(text.charCodeAt(i));

function expectSpan(text: string, span: Span) {
  expect(Number.isInteger(span.start) && Number.isInteger(span.end)).toBe(true);
  expect(span.start).toBeGreaterThanOrEqual(0);
  expect(span.end).toBeGreaterThan(span.start);
  expect(span.end).toBeLessThanOrEqual(text.length);
  expect(splitsPair(text, span.start) || splitsPair(text, span.end)).toBe(false);
}

const escape = (s: string) => JSON.stringify(s);

const kbs: Array<[string, KnowledgeBase]> = [['test knowledge base', testKb], ['bundled knowledge base', loadKnowledgeBase()]];

describe('foldText (property)', () => {
  it('keeps an origin map that rises strictly, stays inside the original and maps each character to its source', () => {
    fc.assert(fc.property(documentText, (original) => {
      const { text, origin } = foldText(original);
      expect(origin.length).toBe(text.length + 1);
      expect(origin[text.length]).toBe(original.length);
      const wrong: string[] = [];
      for (let i = 0; i < text.length; i++) {
        const from = origin[i]!;
        if (!(from >= 0 && from < origin[i + 1]!)) wrong.push(`origin[${i}] = ${from} does not rise`);
        // Every folded character is its source character, a space for a space, or a plain quote, dash or lower case.
        const source = original[from]!;
        const ch = text[i]!;
        if (ch !== source && !(ch === ' ' ? /\s/.test(source) : /['"-]/.test(ch) || ch === source.toLowerCase())) wrong.push(`${escape(source)} folded to ${escape(ch)}`);
      }
      // Only invisible characters are left out.
      const kept = new Set(origin.subarray(0, text.length));
      for (let i = 0; i < original.length; i++) {
        if (!kept.has(i) && !/[\u00AD\u200B\u200C\u200D\u2060\uFEFF]/.test(original[i]!)) wrong.push(`${escape(original[i]!)} dropped`);
      }
      expect(wrong).toEqual([]);
      expect(foldText(text).text).toBe(text); // folding twice changes nothing
    }), params(300));
  }, TIMEOUT);

  it('reads the same folded text when invisible characters are dropped in anywhere', () => {
    const insertions = fc.array(fc.tuple(fc.nat(), fc.constantFrom('\u00AD', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF')), { maxLength: 10 });
    fc.assert(fc.property(documentText, insertions, (text, invisible) => {
      let sprinkled = text;
      for (const [at, ch] of invisible) {
        const i = at % (sprinkled.length + 1);
        sprinkled = sprinkled.slice(0, i) + ch + sprinkled.slice(i);
      }
      expect(foldText(sprinkled).text).toBe(foldText(text).text);
    }), params(200));
  }, TIMEOUT);
});

describe('tokenize (property)', () => {
  /** What tokenize replaced: the words as this regular expression finds them. */
  const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}]|'(?=[\p{L}\p{N}]))*/gu;
  it('finds the same words as the regular expression it replaced, in any text', () => {
    fc.assert(fc.property(documentText, (text) => {
      const folded = foldText(text).text;
      for (const t of [text, folded, `${text}'`, `'${folded}'s`]) {
        expect(tokenize(t)).toEqual([...t.matchAll(WORD)].map((m) => ({ word: m[0], start: m.index, end: m.index + m[0].length })));
      }
    }), params(300));
  }, TIMEOUT);
});

describe('splitSentences (property)', () => {
  it('gives ordered, disjoint, trimmed spans that never cross a line break', () => {
    fc.assert(fc.property(documentText, (text) => {
      let previous = 0;
      for (const s of splitSentences(text)) {
        expectSpan(text, s);
        expect(s.start).toBeGreaterThanOrEqual(previous);
        previous = s.end;
        const sentence = text.slice(s.start, s.end);
        expect(sentence).not.toMatch(/^\s|\s$|\n/);
      }
    }), params(300));
  }, TIMEOUT);
});

describe.each(kbs)('findMentions and analyze with the %s (property)', (_name, kb) => {
  const lexicon = lexiconFor(kb);

  /** The mention's own text, folded and matched alone, is the same knowledge-base name; or it is a short form. */
  function expectNamesItsEntity(text: string, m: { start: number; end: number; type: string; id: string }): 'name' | 'short form' {
    const written = text.slice(m.start, m.end);
    const folded = foldText(written).text;
    const [match] = matchNames(lexicon, tokenize(folded), folded);
    if (match && match.start === 0 && match.end === folded.length) {
      expect(`${match.entry.type}:${match.entry.id}`).toBe(`${m.type}:${m.id}`);
      return 'name';
    }
    expect(written).toMatch(/^\p{Lu}[\p{L}\p{N}-]{1,9}$/u);
    const known = lexicon.abbreviations.get(written);
    const short = written.replace(/-/g, '\\-');
    const definedOnPage = new RegExp(`\\(\\s*${short}\\s*\\)|${short}\\s*\\(`, 'u').test(text);
    expect(known?.id === m.id || definedOnPage, `short form ${written}`).toBe(true);
    return 'short form';
  }

  /**
   * Never inside a longer word; "as" is never a short form. Names are read in the folded text, as a
   * reader sees them (invisible characters do not separate words, "\u02BC" is an apostrophe). Short
   * forms are matched in the raw text, so "magnesium\u200BDHA" (one word to a reader) still holds a
   * DHA mention, and may end before a combining mark (below): gaps in abbreviations.ts, so short
   * forms are checked here only against letters and digits in the raw text.
   */
  function expectWholeWords(text: string, { text: folded, origin }: FoldedText, m: Span, kind: 'name' | 'short form') {
    const written = text.slice(m.start, m.end);
    if (/^as$/i.test(written)) expect(written).toBe('AS');
    let [before, after] = [text.slice(Math.max(0, m.start - 2), m.start), text.slice(m.end, m.end + 2)];
    if (kind === 'name') {
      const first = origin.indexOf(m.start);
      const next = origin.findIndex((o) => o >= m.end);
      expect(first, `${written} starts on a folded character`).toBeGreaterThanOrEqual(0);
      [before, after] = [folded.slice(Math.max(0, first - 2), first), folded.slice(next, next + 2)];
    }
    expect(/[\p{L}\p{N}]$/u.test(before), `${written} after a letter`).toBe(false);
    expect((kind === 'name' ? /^[\p{L}\p{N}\p{M}]/u : /^[\p{L}\p{N}]/u).test(after), `${written} before a letter`).toBe(false);
  }

  it('finds mentions as ordered, disjoint spans on whole characters, each naming its entity', () => {
    fc.assert(fc.property(documentText, (text) => {
      const folded = foldText(text);
      let previous = 0;
      for (const m of findMentions(text, lexicon)) {
        expectSpan(text, m);
        expect(m.start).toBeGreaterThanOrEqual(previous);
        previous = m.end;
        expect(lexicon.entities.has(`${m.type}:${m.id}`)).toBe(true);
        expectWholeWords(text, folded, m, expectNamesItsEntity(text, m));
      }
    }), params(200));
  }, TIMEOUT);

  it('analyze never throws; its mentions are found mentions and its claims are sound sentence spans', () => {
    fc.assert(fc.property(documentText, (text) => {
      const analysis = analyze(text, kb);
      expect(analysis.text).toBe(text);
      const found = new Set(findMentions(text, lexicon).map((m) => JSON.stringify(m)));
      for (const m of analysis.mentions) expect(found.has(JSON.stringify(m))).toBe(true);
      for (const c of analysis.claims) {
        expectSpan(text, c);
        expect(text.slice(c.start, c.end)).not.toMatch(/^\s|\s$|\n/);
        expect(lexicon.entities.has(`supplement:${c.supplement.id}`)).toBe(true);
        expect(lexicon.entities.has(`condition:${c.condition.id}`)).toBe(true);
        expect(CLAIM_KINDS).toContain(c.kind);
        if (c.grade !== undefined) expect(GRADES).toContain(c.grade);
      }
    }), params(60));
  }, TIMEOUT);
});

/** Properties of bugs these tests once found, kept so they stay fixed. */
describe('fixed bugs stay fixed (property)', () => {
  const lexicon = lexiconFor(loadKnowledgeBase());
  const twoWordNames = ['fish oil', 'vitamin d', 'joint pain', 'knee pain', 'back pain', 'green tea', 'leg cramps'];
  /** "I cooked fish. Oil prices rose." once held a fish-oil mention across the sentence end (lexicon.ts `adjacent()`). */
  it('never runs a name across the end of a sentence', () => {
    const text = fc
      .tuple(fc.constantFrom(...twoWordNames), fc.constantFrom('. ', '! ', '? ', '.\u00A0'))
      .map(([name, end]) => {
        const [first, second] = name.split(' ') as [string, string];
        return `I cooked ${first}${end}${second[0]!.toUpperCase()}${second.slice(1)} prices rose. Magnesium eased my leg cramps.`;
      });
    fc.assert(fc.property(text, (t) => {
      // Line breaks may wrap a name in plain text, so only punctuation ends a sentence here.
      const sentences = splitSentences(t.replaceAll('\n', ' '));
      for (const m of findMentions(t, lexicon)) expect(sentences.some((s) => s.start <= m.start && m.end <= s.end), t.slice(m.start, m.end)).toBe(true);
    }), params(50));
  });

  /** "A\u0301S" reads "AŚ"; abbreviations.ts once ended "AS" before the combining mark. */
  it('never ends a short form before a combining mark', () => {
    const text = fc.tuple(fc.constantFrom('AS', 'RA', 'DHA'), fc.constantFrom('\u0301', '\u0308', '\u0327', '\u20DD'))
      .map(([short, mark]) => `Fish oil (DHA) for ankylosing spondylitis (AS) and rheumatoid arthritis: ${short}${mark} flares.`);
    fc.assert(fc.property(text, (t) => {
      for (const m of findMentions(t, lexicon)) expect(/^\p{M}/u.test(t.slice(m.end)), t.slice(m.start, m.end + 1)).toBe(false);
    }), params(50));
  });
});
