import { describe, expect, it } from 'vitest';
import { KnowledgeBaseError, validateKnowledgeBase } from '../../src/data/validate-kb';
import { testConditionFile, testDrugFile, testPopulationFile, testSupplementFile } from './test-kb';

const clone = <T>(x: T): T => structuredClone(x);

function problemsOf(mutate: (s: typeof testSupplementFile, c: typeof testConditionFile) => void): string[] {
  const s = clone(testSupplementFile);
  const c = clone(testConditionFile);
  mutate(s, c);
  try {
    validateKnowledgeBase([{ name: 'sup.json', data: s }], [{ name: 'cond.json', data: c }],
      { populations: [{ name: 'pop.json', data: testPopulationFile }], drugs: [{ name: 'drugs.json', data: testDrugFile }] });
    return [];
  } catch (e) {
    if (e instanceof KnowledgeBaseError) return e.problems;
    throw e;
  }
}

describe('validateKnowledgeBase', () => {
  it('accepts the test knowledge base', () => {
    expect(problemsOf(() => {})).toEqual([]);
  });
  it('rejects unknown fields, naming the entry', () => {
    const p = problemsOf((s) => { (s.supplements[0] as Record<string, unknown>).dose = '5 mg'; });
    expect(p.join()).toMatch(/sup\.json: supplements\[0\] \(magnesium\)/);
  });
  it('rejects a grade without sources and a source that does not exist', () => {
    expect(problemsOf((s) => { s.supplements[0]!.evidence[0]!.sources = []; }).join()).toMatch(/at least one source/);
    expect(problemsOf((s) => { s.supplements[0]!.evidence[0]!.sources = ['nope']; }).join()).toMatch(/"magnesium" cites unknown source "nope"/);
  });
  it('rejects duplicate ids', () => {
    expect(problemsOf((s) => { s.supplements.push(clone(s.supplements[1]!)); }).join()).toMatch(/"turmeric" is defined twice/);
    expect(problemsOf((_, c) => { c.conditions.push(clone(c.conditions[0]!)); }).join()).toMatch(/condition "ankylosing-spondylitis" is defined twice/);
  });
  it('rejects a name claimed by two entries', () => {
    expect(problemsOf((s) => { s.supplements[1]!.names.push('fish oil'); }).join()).toMatch(/name "fish oil" is claimed by supplement "fish-oil" and supplement "turmeric"|claimed by supplement "turmeric" and supplement "fish-oil"/);
  });
  it('rejects a grade outside the scale and a summary over 200 characters', () => {
    expect(problemsOf((s) => { (s.supplements[0]!.evidence[0] as { grade: string }).grade = 'promising'; }).join()).toMatch(/evidence\[0\]\.grade/);
    expect(problemsOf((s) => { s.supplements[0]!.evidence[0]!.summary = 'x'.repeat(201); }).join()).toMatch(/at most 200 characters/);
  });
  it('rejects a source URL that is not https', () => {
    expect(problemsOf((s) => { s.sources.s.url = 'http://example.org/'; }).join()).toMatch(/must be https/);
  });
  it('rejects evidence for a condition that does not exist', () => {
    expect(problemsOf((s) => { s.supplements[0]!.evidence[0]!.condition = 'nope'; }).join()).toMatch(/unknown condition "nope"/);
  });
  it('rejects a population group, side effect, situation or medicine that does not exist', () => {
    expect(problemsOf((s) => { (s.supplements[0]!.evidence[1] as { appliesTo?: string }).appliesTo = 'astronauts'; }).join()).toMatch(/unknown population "astronauts"/);
    expect(problemsOf((s) => { s.supplements[0]!.sideEffects![0]!.condition = 'nope'; }).join()).toMatch(/unknown side effect "nope"/);
    expect(problemsOf((s) => { s.supplements[0]!.situations![0]!.condition = 'nope'; }).join()).toMatch(/unknown situation "nope"/);
    expect(problemsOf((s) => { s.supplements[2]!.interactions![0]!.drug = 'nope'; }).join()).toMatch(/interacts with unknown drug "nope"/);
  });
  it('rejects a condition narrowing one that does not exist, and cues on a condition that narrows none', () => {
    expect(problemsOf((_s, c) => { (c.conditions[0] as { broader?: string[] }).broader = ['nope']; }).join()).toMatch(/narrows unknown condition "nope"/);
    expect(problemsOf((_s, c) => { (c.conditions[0] as { cues?: string[] }).cues = ['time zones']; }).join()).toMatch(/has cues but narrows no condition/);
  });
  it('rejects two entries for the same pair, form and population group, but not for two groups', () => {
    expect(problemsOf((s) => { (s.supplements[0]!.evidence[2] as { appliesTo?: string }).appliesTo = 'pregnancy'; }).join()).toMatch(/grades "muscle-cramps" twice/);
    expect(problemsOf(() => {})).toEqual([]);
  });
  it('rejects an interaction severity outside major, moderate, minor', () => {
    expect(problemsOf((s) => { (s.supplements[2]!.interactions![0] as { severity: string }).severity = 'scary'; }).join()).toMatch(/interactions\[0\]\.severity/);
  });
  it('joins an evidence file to its supplement, and refuses one for a supplement that does not exist', () => {
    const entry = { supplement: 'turmeric', condition: 'joint-pain', grade: 'limited', summary: 'Small trials.', sources: ['s'] };
    const file = (supplement: string) => ({ name: 'ev.json', data: { version: 2, sources: { s: testSupplementFile.sources.s }, evidence: [{ ...entry, supplement }] } });
    const kb = validateKnowledgeBase([{ name: 'sup.json', data: testSupplementFile }], [{ name: 'cond.json', data: testConditionFile }],
      { populations: [{ name: 'pop.json', data: testPopulationFile }], drugs: [{ name: 'drugs.json', data: testDrugFile }], evidence: [file('turmeric')] });
    expect(kb.supplements.find((x) => x.id === 'turmeric')!.evidence).toEqual([expect.objectContaining({ condition: 'joint-pain', grade: 'limited' })]);
    expect(() => validateKnowledgeBase([{ name: 'sup.json', data: testSupplementFile }], [{ name: 'cond.json', data: testConditionFile }],
      { populations: [{ name: 'pop.json', data: testPopulationFile }], drugs: [{ name: 'drugs.json', data: testDrugFile }], evidence: [file('unobtainium')] }))
      .toThrow(/evidence for "unobtainium" × "joint-pain" names an unknown supplement/);
  });
  it('rejects a drug in a class that does not exist, and a brand claimed twice', () => {
    const drugs = structuredClone(testDrugFile);
    drugs.drugs[1]!.classes = ['nope'];
    drugs.drugs.push({ id: 'warfarin-2', label: 'Warfarin again', kind: 'drug', names: ['jantoven'], brands: ['Coumadin'], classes: [] });
    let problems: string[] = [];
    try {
      validateKnowledgeBase([{ name: 'sup.json', data: testSupplementFile }], [{ name: 'cond.json', data: testConditionFile }],
        { populations: [{ name: 'pop.json', data: testPopulationFile }], drugs: [{ name: 'drugs.json', data: drugs }] });
    } catch (e) {
      problems = (e as KnowledgeBaseError).problems;
    }
    expect(problems.join()).toMatch(/drug "warfarin" belongs to unknown class "nope"/);
    expect(problems.join()).toMatch(/name "Coumadin" is claimed by drug "warfarin" and drug "warfarin-2"/);
  });
});
