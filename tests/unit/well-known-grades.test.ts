/**
 * Guards against a wrong grade sneaking into the bundled knowledge base for pairs whose answer
 * is well established, found by free-text names as `npm run kb -- lookup` finds them.
 */
import { describe, expect, it } from 'vitest';
import { lexiconFor } from '../../src/core/analyze';
import { evidenceFor } from '../../src/core/evidence';
import { resolveName } from '../../src/core/lexicon';
import type { Grade } from '../../src/core/types';
import { loadKnowledgeBase } from '../../src/data/knowledge-base';

const kb = loadKnowledgeBase();
const gradesFor = (supplement: string, condition: string): Grade[] => {
  const s = resolveName(lexiconFor(kb), supplement, 'supplement');
  const c = resolveName(lexiconFor(kb), condition, 'condition');
  if (!s || !c) throw new Error(`unknown name: ${!s ? supplement : condition}`);
  return evidenceFor(kb, s.id, c.id).map((e) => e.grade);
};

describe('well-known pairs keep their grades', () => {
  it.each([
    ['folic acid', 'neural tube defects', 'strong'],
    ['fish oil', 'high triglycerides', 'strong'],
    ['melatonin', 'jet lag', 'moderate'],
    ['glucosamine', 'osteoarthritis', 'against'],
    ['vitamin e', 'heart disease', 'against'],
    ['beta-carotene', 'cancer', 'against'],
  ] as const)('%s × %s is %s', (supplement, condition, grade) => {
    expect(gradesFor(supplement, condition)).toContain(grade);
  });

  it.each([
    ['vitamin c', 'common cold'],
    ['echinacea', 'common cold'],
    ['magnesium', 'muscle cramps'],
    ['turmeric', 'osteoarthritis'],
    ['glucosamine', 'osteoarthritis'],
  ])('%s × %s is not strong', (supplement, condition) => {
    const grades = gradesFor(supplement, condition);
    expect(grades.length).toBeGreaterThan(0);
    expect(grades).not.toContain('strong');
  });

  it('vitamin C for preventing colds in the general population is graded against', () => {
    const s = resolveName(lexiconFor(kb), 'vitamin c', 'supplement')!;
    const general = evidenceFor(kb, s.id, 'common-cold').find((e) => /general population/i.test(e.population ?? ''));
    expect(general?.grade).toBe('against');
  });

  it('finds the same entry by any of its names', () => {
    expect(resolveName(lexiconFor(kb), 'omega-3', 'supplement')?.id).toBe('fish-oil');
    expect(resolveName(lexiconFor(kb), 'fish oil', 'supplement')?.id).toBe('fish-oil');
    expect(resolveName(lexiconFor(kb), 'tumeric', 'supplement')?.id).toBe('turmeric');
  });
});

const entry = (supplement: string, condition: string, appliesTo?: string) =>
  evidenceFor(kb, supplement, condition).find((e) => e.appliesTo === appliesTo && !e.form);
const supplementById = (id: string) => kb.supplements.find((s) => s.id === id)!;

describe('corrections from the independent review stay corrected', () => {
  it.each([['lutein', 'macular-degeneration'], ['vitamin-e', 'macular-degeneration'], ['beta-carotene', 'macular-degeneration']])(
    '%s × %s is no longer graded as a benefit', (supplement, condition) => {
      const grades = evidenceFor(kb, supplement, condition).map((e) => e.grade);
      expect(grades.length).toBeGreaterThan(0);
      expect(grades.some((g) => g === 'strong' || g === 'moderate')).toBe(false);
    });
  it('beta-carotene names lung cancer in smokers', () => {
    expect(supplementById('beta-carotene').sideEffects?.map((x) => x.condition)).toContain('lung-cancer');
    expect(supplementById('beta-carotene').safety.some((n) => /lung cancer/i.test(n.text) && /smok/i.test(n.text))).toBe(true);
  });
  it('butterbur × migraine says the guideline rating was withdrawn over the liver', () => {
    const e = entry('butterbur', 'migraine')!;
    expect(['moderate', 'strong']).not.toContain(e.grade);
    expect(e.summary).toMatch(/liver/i);
    expect(e.summary).toMatch(/withdr|retir/i);
  });
  it('CBD has interactions with valproate and clobazam; L-arginine warns after a heart attack', () => {
    expect(supplementById('cbd').interactions?.map((x) => x.drug)).toEqual(expect.arrayContaining(['valproate', 'clobazam']));
    expect(supplementById('l-arginine').safety.some((n) => /heart attack/i.test(n.text))).toBe(true);
  });
  it('ashwagandha, echinacea, cranberry, peppermint oil and ginkgo carry the missing warnings', () => {
    const ashwagandha = supplementById('ashwagandha').safety.map((n) => n.text).join(' ');
    expect(ashwagandha).toMatch(/liver/i);
    expect(ashwagandha).toMatch(/pregnan/i);
    expect(ashwagandha).toMatch(/thyroid/i);
    expect(supplementById('echinacea').sideEffects?.map((x) => x.condition)).toContain('allergies');
    expect(supplementById('cranberry').interactions?.map((x) => x.drug)).toContain('warfarin');
    expect(supplementById('peppermint-oil').sideEffects?.map((x) => x.condition)).toContain('gerd');
    expect(supplementById('ginkgo').interactions?.map((x) => x.drug)).toEqual(expect.arrayContaining(['anticoagulants']));
  });
  it('bone fractures are graded for vitamin D and calcium', () => {
    expect(evidenceFor(kb, 'vitamin-d', 'fractures').length).toBeGreaterThan(0);
    expect(evidenceFor(kb, 'calcium-vitamin-d', 'fractures').length).toBeGreaterThan(0);
  });
});

describe('one grade does not fit every population', () => {
  it.each([
    ['magnesium', 'muscle-cramps', 'pregnancy'],
    ['vitamin-d', 'fractures', 'care-homes'],
    ['vitamin-d', 'falls', 'care-homes'],
    ['calcium-vitamin-d', 'fractures', 'care-homes'],
    ['cranberry', 'urinary-tract-infection', 'care-homes'],
    ['st-johns-wort', 'depression', 'severe'],
    ['vitamin-c', 'common-cold', 'athletes'],
    ['vitamin-c', 'common-cold', 'after-onset'],
  ])('%s × %s has a default entry and one for %s that differs', (supplement, condition, group) => {
    const general = entry(supplement, condition);
    const specific = entry(supplement, condition, group);
    expect(general).toBeDefined();
    expect(specific).toBeDefined();
    expect(`${specific!.grade} ${specific!.summary}`).not.toBe(`${general!.grade} ${general!.summary}`);
  });
  it('vitamin C prevents colds only under heavy physical stress', () => {
    expect(entry('vitamin-c', 'common-cold')!.grade).toBe('against');
    expect(entry('vitamin-c', 'common-cold', 'athletes')!.grade).toBe('moderate');
  });
  it('St John\'s wort is better evidenced for mild to moderate depression than for severe', () => {
    const rank = (g: Grade) => ['strong', 'moderate', 'limited', 'insufficient', 'against'].indexOf(g);
    expect(rank(entry('st-johns-wort', 'depression')!.grade)).toBeLessThan(rank(entry('st-johns-wort', 'depression', 'severe')!.grade));
  });
});

describe('the knowledge base meets its floors', () => {
  it('covers at least 150 supplements, 300 conditions and 900 graded pairs', () => {
    expect(kb.supplements.length).toBeGreaterThanOrEqual(150);
    expect(kb.conditions.length).toBeGreaterThanOrEqual(300);
    expect(kb.supplements.reduce((n, s) => n + s.evidence.length, 0)).toBeGreaterThanOrEqual(900);
  });

  it('cites no source that is not in the knowledge base, and keeps no source that nothing cites', () => {
    const cited = new Set(kb.supplements.flatMap((s) => [...s.evidence, ...s.safety, ...(s.sideEffects ?? []), ...(s.interactions ?? []),
      ...(s.situations ?? []), ...(s.upperLimit ? [s.upperLimit] : []), ...(s.forms ?? [])].flatMap((x) => x.sources ?? [])));
    for (const id of cited) expect(kb.sources[id], id).toBeDefined();
    expect(Object.keys(kb.sources).filter((id) => !cited.has(id))).toEqual([]);
  });

  it('grades each listed chronic condition for several supplements', () => {
    const conditions = ['rheumatoid-arthritis', 'multiple-sclerosis', 'fibromyalgia', 'lupus', 'type-2-diabetes', 'migraine', 'depression', 'long-covid', 'chronic-fatigue-syndrome'];
    for (const c of conditions) expect(kb.supplements.filter((s) => s.evidence.some((e) => e.condition === c)).length, c).toBeGreaterThanOrEqual(8);
  });
});
