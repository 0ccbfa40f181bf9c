import { describe, expect, it } from 'vitest';
import { lexiconFor } from '../../src/core/analyze';
import { claimFit } from '../../src/core/claim-fit';
import { extractClaims } from '../../src/core/extract-claims';
import { findMentions } from '../../src/core/find-mentions';
import { chooseEvidence, evidenceFor } from '../../src/core/evidence';
import { pagePopulations, populationsIn } from '../../src/core/populations';
import { buildSupplementReports } from '../../src/core/supplement-report';
import { testKb } from './test-kb';

// Without the health-article gate, as claims.test.ts does: these short texts are about the pairs, not pages.
const analyze = (text: string) => {
  const mentions = findMentions(text, lexiconFor(testKb));
  return { text, mentions, claims: extractClaims(text, mentions, testKb).map((c) => ({ ...c, fit: claimFit(c) })) };
};
const cramps = evidenceFor(testKb, 'magnesium', 'muscle-cramps');
const groups = (sentence: string[], page: string[] = []) => ({ sentence: new Set(sentence), page: new Set(page) });
const chosen = (form: string | undefined, sentence: string[], page: string[] = []) => chooseEvidence(cramps, form, groups(sentence, page))?.chosen;

describe('chooseEvidence', () => {
  it('takes the entry with no group when nothing names one', () => {
    expect(chosen(undefined, [])).toMatchObject({ grade: 'against', population: 'Older adults with night cramps' });
  });
  it("takes the group the sentence names, before the page's theme", () => {
    expect(chosen(undefined, ['pregnancy'])).toMatchObject({ appliesTo: 'pregnancy', grade: 'limited' });
    expect(chosen(undefined, ['pregnancy'], ['care-homes'])).toMatchObject({ appliesTo: 'pregnancy' });
  });
  it("takes the page's theme when the sentence names no group", () => {
    expect(chosen(undefined, [], ['care-homes'])).toMatchObject({ appliesTo: 'care-homes' });
  });
  it('takes the entry for the form the writer named, whatever the groups', () => {
    expect(chosen('topical', ['pregnancy'])).toMatchObject({ form: 'topical' });
  });
  it('folds every other entry of the pair under the chosen one', () => {
    const choice = chooseEvidence(cramps, undefined, groups(['pregnancy']))!;
    expect(choice.others).toHaveLength(cramps.length - 1);
    expect(choice.others).not.toContain(choice.chosen);
  });
  it('has nothing to choose for a pair with no entries', () => {
    expect(chooseEvidence([], undefined, groups([]))).toBeUndefined();
  });
});

describe('population cues', () => {
  it('finds a group by its words, as whole words, in any case', () => {
    expect([...populationsIn(testKb, 'Cramps during PREGNANCY are common.')]).toEqual(['pregnancy']);
    expect([...populationsIn(testKb, 'Residents of a nursing home were studied.')]).toEqual(['care-homes']);
    expect([...populationsIn(testKb, 'She is unpregnantly calm.')]).toEqual([]);
  });
  it("makes a group the page's theme only once it is named three times", () => {
    expect([...pagePopulations(testKb, 'pregnant. pregnancy.')]).toEqual([]);
    expect([...pagePopulations(testKb, 'pregnant. pregnancy. pregnant again.')]).toEqual(['pregnancy']);
  });
});

describe('claims carry the population of their grade, and known harms', () => {
  const claimsOf = (text: string) => analyze(text).claims;
  it('a sentence about pregnancy gets the pregnancy entry', () => {
    expect(claimsOf('During pregnancy, magnesium stopped my leg cramps.')[0]).toMatchObject({
      condition: { id: 'muscle-cramps' }, grade: 'limited', population: 'Pregnant women with leg cramps',
    });
  });
  it('the same sentence with no group gets the default entry', () => {
    expect(claimsOf('Magnesium stopped my leg cramps at night.')[0]).toMatchObject({ grade: 'against', population: 'Older adults with night cramps' });
  });
  it("a page that keeps naming a group gives it to sentences that do not", () => {
    const page = 'Cramps in pregnancy are common. Many pregnant women get them. My pregnancy was full of them. Magnesium stopped my leg cramps.';
    expect(claimsOf(page).find((c) => c.condition.id === 'muscle-cramps')).toMatchObject({ grade: 'limited' });
  });
  it('a group with no label of its own is shown by its group name', () => {
    expect(claimsOf('In a care home, magnesium did nothing for leg cramps.')[0]).toMatchObject({ population: 'People living in care homes' });
  });
  it('a harm the knowledge base lists is a known harm; one it does not list is not', () => {
    expect(claimsOf('Magnesium gave me terrible diarrhea.')[0]).toMatchObject({ direction: 'harms', knownHarm: true });
    expect(claimsOf('Magnesium can be dangerous for people with kidney disease.')[0]).toMatchObject({ direction: 'harms', knownHarm: true });
    expect(claimsOf('Turmeric gave me terrible diarrhea.')[0]).toMatchObject({ direction: 'harms' });
    expect(claimsOf('Turmeric gave me terrible diarrhea.')[0]).not.toHaveProperty('knownHarm');
  });
  it('a claim that says it helps is never a known harm', () => {
    expect(claimsOf('Magnesium cured my diarrhea.')[0]).not.toHaveProperty('knownHarm');
  });
});

describe('the card: the entry that applies, the others folded, known side effects', () => {
  const reportFor = (text: string) => buildSupplementReports(testKb, analyze(text)).find((r) => r.id === 'magnesium')!;
  it('shows the pregnancy entry first and folds the rest', () => {
    const line = reportFor('During pregnancy, magnesium eased my leg cramps.').evidence.find((e) => e.condition.id === 'muscle-cramps')!;
    expect(line).toMatchObject({ grade: 'limited', population: 'Pregnant women with leg cramps' });
    expect(line.others.map((o) => o.grade).sort()).toEqual(['against', 'insufficient', 'insufficient']);
  });
  it('marks a listed side effect, with its source', () => {
    const line = reportFor('Magnesium gave me diarrhea.').evidence.find((e) => e.condition.id === 'diarrhea')!;
    expect(line.knownSideEffect?.sources[0]).toMatchObject({ id: 's', url: 'https://example.org/source' });
    expect(line.grade).toBeUndefined();
  });
});
