import { describe, expect, it } from 'vitest';
import { checkDose, describeDoseCheck, parseAmount } from '../../src/core/dose-check';
import { analyze } from '../../src/core/analyze';
import { buildSupplementReports } from '../../src/core/supplement-report';
import type { UpperLimit } from '../../src/core/knowledge-base-schema';
import { testKb } from './test-kb';

const vitaminD: UpperLimit = { text: 'Adults: 4,000 IU (100 mcg) a day.', sources: ['s'], limits: [{ value: 4000, unit: 'IU' }, { value: 100, unit: 'mcg' }] };
const calcium: UpperLimit = { text: 'By age.', sources: ['s'], limits: [{ value: 2500, unit: 'mg', who: 'adults 19–50' }, { value: 2000, unit: 'mg', who: 'adults 51 and older' }] };
const say = (dose: string, route: 'oral' | 'topical' | undefined, limit: UpperLimit) => describeDoseCheck(checkDose(dose, route, limit)!);

describe('parseAmount', () => {
  it('reads numbers with thousands separators and converts grams to milligrams', () => {
    expect(parseAmount('5,000 IU a day')).toEqual({ value: 5000, unit: 'IU' });
    expect(parseAmount('1.5 g daily')).toEqual({ value: 1500, unit: 'mg' });
    expect(parseAmount('10µg')).toEqual({ value: 10, unit: 'mcg' });
    expect(parseAmount('four drops')).toBeUndefined();
  });
});

describe('checkDose', () => {
  it('says a dose above the adult upper limit in plain words', () => {
    expect(say('5000 IU a day', undefined, vitaminD)).toBe('5,000 IU is above the 4,000 IU a day upper limit for adults.');
    expect(say('50 mcg', 'oral', vitaminD)).toBe('50 mcg is within the 100 mcg a day upper limit for adults.');
  });
  it('names the age group whose limit a dose passes', () => {
    expect(say('2,200 mg', 'oral', calcium)).toBe('2,200 mg is above the 2,000 mg a day upper limit for adults 51 and older.');
  });
  it('does not compare a topical dose, a strength or an amount in another unit, and says why', () => {
    expect(checkDose('400 mg', 'topical', vitaminD)).toMatchObject({ verdict: 'not-compared', why: 'topical' });
    expect(checkDose('89mg per ml', undefined, calcium)).toMatchObject({ verdict: 'not-compared', why: 'strength' });
    expect(checkDose('5000 IU', 'oral', calcium)).toMatchObject({ verdict: 'not-compared', why: 'unit' });
    expect(say('400 mg', 'topical', vitaminD)).toMatch(/applied to the skin/);
  });
  it('has nothing to say without a numeric limit or an amount', () => {
    expect(checkDose('600 mg', 'oral', { text: 'None set.', sources: ['s'] })).toBeUndefined();
    expect(checkDose('two capsules', 'oral', calcium)).toBeUndefined();
  });
});

describe('dose notes in the card', () => {
  it("sets the page's dose beside the supplement's upper limit", () => {
    const text = 'My doctor suggested magnesium tablets, 600 mg a day, for my leg cramps.';
    const [report] = buildSupplementReports(testKb, analyze(text, testKb));
    expect(report!.doseNotes).toEqual([{ verdict: 'above', text: '600 mg is above the 350 mg a day upper limit for adults.' }]);
  });
  it('tells a reader under 18 that their limits are lower', () => {
    const text = 'My doctor suggested magnesium tablets, 300 mg a day, for my leg cramps.';
    const [report] = buildSupplementReports(testKb, analyze(text, testKb), { medicines: [], situations: [], under18: true });
    expect(report!.doseNotes[0]!.text).toBe('300 mg is within the 350 mg a day upper limit for adults. Upper limits for children and teenagers are lower.');
  });
  it('explains why a dose rubbed on the skin is not compared', () => {
    const text = 'I rub magnesium oil, 400 mg a day, on my legs for cramps, as my doctor allowed.';
    const [report] = buildSupplementReports(testKb, analyze(text, testKb));
    expect(report!.doseNotes[0]).toMatchObject({ verdict: 'not-compared' });
  });
});
