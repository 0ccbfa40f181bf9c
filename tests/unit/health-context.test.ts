import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze';
import { findMentions } from '../../src/core/find-mentions';
import { lexiconFor } from '../../src/core/analyze';
import { findHealthCues, mayBeAboutHealth } from '../../src/core/health-cues';
import { testKb } from './test-kb';

const mentioned = (text: string) => analyze(text, testKb).mentions.map((m) => text.slice(m.start, m.end));
const filler = (words: number) => 'The afternoon went on quietly and nothing much happened in town. '.repeat(Math.ceil(words / 11));

describe('health-article gate', () => {
  it('annotates nothing on a recipe that cooks with turmeric', () => {
    expect(mentioned('Add the turmeric and the onions, then simmer. Turmeric stains spoons, so use a wooden one.')).toEqual([]);
  });

  it('annotates nothing on a review of a laptop with a magnesium body, even with metaphorical conditions', () => {
    const review = 'The magnesium alloy lid feels solid and the keys are quiet and deep. Long typing sessions caused no cramps. Battery life is fine.';
    expect(mentioned(review)).toEqual([]);
  });

  it('annotates health writing: two health words, or one beside a condition', () => {
    expect(mentioned('My doctor suggested magnesium supplements.')).toEqual(['magnesium supplements']);
    expect(mentioned('I take magnesium for my insomnia and my doctor agrees.')).toEqual(['magnesium', 'insomnia']);
  });

  it('annotates the health section of a general page and leaves the rest alone', () => {
    const page = `Cooking: add turmeric to the rice. ${filler(400)} Health: patients in a clinical trial took turmeric capsules. ${filler(400)} Sport: the team won.`;
    const text = mentioned(page);
    expect(text).toEqual(['turmeric']);
    expect(analyze(page, testKb).mentions[0]!.start).toBeGreaterThan(page.indexOf('Health:'));
  });

  it('offers a cheap pre-check that is false for pages with no health words at all', () => {
    expect(mayBeAboutHealth(filler(5000))).toBe(false);
    expect(mayBeAboutHealth(`${filler(100)} side effects`)).toBe(true);
  });

  it('finds dose units written after a number, with or without a space, and no cue inside a word', () => {
    expect(findHealthCues('500mg, 10µg or 10 µg, 2 Mcg').map((c) => c.word)).toEqual(['mg', 'µg', 'µg', 'mcg']);
    expect(findHealthCues('remedial mgmt trialled pillow').map((c) => c.word)).toEqual([]);
    expect(mayBeAboutHealth('Take 400 µg daily.')).toBe(true);
  });
});

describe('minerals that name the metal', () => {
  const words = (text: string) => findMentions(text, lexiconFor(testKb)).map((m) => text.slice(m.start, m.end));

  it('skips "iron rods", "cast iron", "magnesium alloy" and "zinc prices" but keeps the supplement', () => {
    expect(words('It feels like two magnesium rods in my back; a magnesium alloy frame.')).toEqual([]);
    expect(words('I take magnesium for cramps; magnesium levels were low.')).toContain('magnesium');
  });
});
