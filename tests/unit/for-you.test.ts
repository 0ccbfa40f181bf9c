import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze';
import { drugsOnPage, forYou, pageInteractions } from '../../src/core/for-you';
import { findDrug } from '../../src/core/interactions';
import { buildSupplementReports } from '../../src/core/supplement-report';
import { testKb } from './test-kb';

const drug = (name: string) => findDrug(testKb, name)!;

describe('drug mentions', () => {
  const drugsIn = (text: string) => analyze(text, testKb).mentions.filter((m) => m.type === 'drug').map((m) => `${text.slice(m.start, m.end)}=${m.id}`);

  it('finds generic names, brands and classes, each as its own medicine', () => {
    expect(drugsIn('My magnesium cramps story: I take Coumadin, and my doctor says blood thinners and fish oil need care.'))
      .toEqual(['Coumadin=warfarin', 'blood thinners=anticoagulants']);
  });
  it('counts a brand only as written with a capital', () => {
    expect(drugsIn('Magnesium supplements helped my cramps and sleep, my doctor says; the lantus plant is not a medicine.')).toEqual([]);
    expect(drugsIn('Magnesium supplements helped my cramps and sleep, my doctor says; I also inject Lantus at night.')).toEqual(['Lantus=insulin']);
  });
  it('prefers the longer name: "insulin resistance" is a condition, not the drug', () => {
    const text = 'Magnesium may help insulin resistance and sleep, a small trial says.';
    expect(drugsIn(text)).toEqual([]);
    expect(analyze(text, testKb).mentions.some((m) => m.type === 'condition' && m.id === 'insulin-resistance')).toBe(true);
  });
  it('never badges a drug: claims and reports are about supplements only', () => {
    const text = 'Magnesium supplements stopped my cramps, my doctor says. I take warfarin for my heart and it did nothing for my cramps.';
    const analysis = analyze(text, testKb);
    expect(analysis.claims.every((c) => c.supplement.id === 'magnesium')).toBe(true);
    expect(buildSupplementReports(testKb, analysis).map((r) => r.id)).toEqual(['magnesium']);
  });
});

describe('forYou', () => {
  it("finds an interaction with a listed medicine through its class, and says it came from the reader's list", () => {
    const [item] = forYou(testKb, 'fish-oil', { medicines: [drug('Coumadin')], situations: [] }, []);
    expect(item).toMatchObject({ kind: 'medicine', medicine: { id: 'warfarin' }, via: { id: 'anticoagulants' }, from: 'list', severity: 'moderate' });
  });
  it('reaches a row kept in an interactions file, by brand name', () => {
    expect(forYou(testKb, 'magnesium', { medicines: [drug('Fosamax')], situations: [] }, [])).toMatchObject([{ medicine: { id: 'alendronate' }, via: { id: 'bisphosphonates' } }]);
  });
  it('runs the same check against medicines the page names, marked as from the page', () => {
    const analysis = analyze('My doctor knows I take fish oil supplements with my warfarin for my rheumatoid arthritis.', testKb);
    expect(drugsOnPage(testKb, analysis).map((d) => d.id)).toEqual(['warfarin']);
    expect(forYou(testKb, 'fish-oil', { medicines: [], situations: [] }, drugsOnPage(testKb, analysis))).toMatchObject([{ from: 'page' }]);
  });
  it('counts a medicine on both the list and the page once, as listed', () => {
    const items = forYou(testKb, 'fish-oil', { medicines: [drug('warfarin')], situations: [] }, [drug('Coumadin')]);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ from: 'list' });
  });
  it("adds the reader's situations, most serious first, and nothing for situations the reader did not give", () => {
    const items = forYou(testKb, 'magnesium', { medicines: [drug('alendronate')], situations: ['chronic-kidney-disease'] }, []);
    expect(items.map((x) => [x.kind, x.severity])).toEqual([['situation', 'major'], ['medicine', 'moderate']]);
    expect(forYou(testKb, 'magnesium', { medicines: [], situations: ['pregnancy'] }, [])).toEqual([]);
  });
  it('finds nothing for a supplement without rows for those medicines', () => {
    expect(forYou(testKb, 'turmeric', { medicines: [drug('warfarin'), drug('insulin')], situations: ['chronic-kidney-disease'] }, [])).toEqual([]);
  });
});

describe('pageInteractions (analyze --json)', () => {
  it('lists each supplement–medicine pair with its source ids and where the medicine was named', () => {
    const analysis = analyze('Fish oil supplements eased my rheumatoid arthritis; I take magnesium for cramps too, my doctor knows. I am on warfarin.', testKb);
    expect(pageInteractions(testKb, analysis, [drug('Fosamax')])).toEqual([
      { supplement: 'fish-oil', drug: 'warfarin', via: 'anticoagulants', severity: 'moderate', sources: ['s'], from: 'page' },
      { supplement: 'magnesium', drug: 'alendronate', via: 'bisphosphonates', severity: 'moderate', sources: ['s'], from: 'list' },
    ]);
  });
});
