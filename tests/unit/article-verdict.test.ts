import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze';
import { articleVerdict, groupBySentence } from '../../src/core/article-verdict';
import type { ClaimFit } from '../../src/core/claim-fit';
import { buildSupplementReports } from '../../src/core/supplement-report';
import { loadKnowledgeBase } from '../../src/data/knowledge-base';

const kb = loadKnowledgeBase();
const verdictOf = (text: string) => {
  const analysis = analyze(text, kb);
  return articleVerdict(analysis.claims, buildSupplementReports(kb, analysis));
};
const supplementIn = (text: string, id: string) => verdictOf(text).supplements.find((s) => s.supplement.id === id);

const PATIENT_COLUMN = 'My doctor said magnesium would fix my ankylosing spondylitis stiffness. I take magnesium every night and it stopped my foot cramps. '
  + 'Magnesium also helped my insomnia. Magnesium cured my leg cramps too.';
const MIXED = 'Magnesium supplements helped my insomnia, my doctor says. Would vitamin D help my depression? '
  + 'Zinc gave me nausea, my doctor says. Magnesium does not help muscle cramps, a trial found.';

describe('articleVerdict', () => {
  it('lists what the patient column says magnesium helps, most-claimed first, each with its grade and worst fit', () => {
    const [magnesium, ...others] = verdictOf(PATIENT_COLUMN).supplements;
    expect(others).toEqual([]);
    expect(magnesium!.supplement).toEqual({ id: 'magnesium', label: 'Magnesium' });
    expect(magnesium!.helps.map((c) => [c.condition.id, c.grade, c.fit])).toEqual([
      ['muscle-cramps', 'against', 'contradicts'],
      ['ankylosing-spondylitis', 'insufficient', 'beyond'],
      ['muscle-stiffness', 'insufficient', 'beyond'],
      ['insomnia', 'limited', 'beyond'],
    ]);
    expect(magnesium).toMatchObject({ doesNotHelp: [], harms: [], dosesAbove: [], overclaims: 5 });
    expect(magnesium!.formNote).toBeUndefined();
  });

  it('puts a harm and a denied benefit in their own lists, and an unclear claim in none', () => {
    const { supplements } = verdictOf(MIXED);
    expect(supplements.map((s) => s.supplement.id)).toEqual(['magnesium', 'zinc']);
    const [magnesium, zinc] = supplements;
    expect(magnesium!.helps.map((c) => c.condition.id)).toEqual(['insomnia']);
    expect(magnesium!.doesNotHelp).toEqual([{ condition: expect.objectContaining({ id: 'muscle-cramps' }), grade: 'against', fit: 'in-line' }]);
    expect(magnesium!.overclaims).toBe(1);
    expect(zinc).toMatchObject({ helps: [], doesNotHelp: [], harms: [{ condition: { id: 'nausea' }, fit: 'in-line' }], overclaims: 0 });
    expect(zinc!.harms[0]!.grade).toBeUndefined();
  });

  it('counts every claim of the page by kind and by fit, unclear ones included', () => {
    expect(verdictOf(MIXED)).toMatchObject({
      claimCount: 4,
      kinds: { personal: 2, quoted: 0, hedged: 1, assertion: 0, caution: 1 },
      fits: { contradicts: 0, beyond: 1, 'in-line': 3, ungraded: 0 },
    });
    expect(verdictOf(PATIENT_COLUMN)).toMatchObject({
      claimCount: 5,
      kinds: { personal: 5, quoted: 0, hedged: 0, assertion: 0, caution: 0 },
      fits: { contradicts: 2, beyond: 3, 'in-line': 0, ungraded: 0 },
    });
  });

  it("keeps a supplement without claims for its dose above the upper limit, and leaves out one with nothing to say", () => {
    const text = 'I take 5,000 IU of vitamin D a day. Magnesium supplements helped my insomnia, my doctor says. She also takes zinc for her health. '
      + 'My sister takes 5,000 IU daily of vitamin D too.'; // the same dose twice is said once
    const { supplements } = verdictOf(text);
    expect(supplements.map((s) => s.supplement.id)).toEqual(['magnesium', 'vitamin-d']);
    expect(supplements[1]).toEqual({
      supplement: { id: 'vitamin-d', label: 'Vitamin D' }, helps: [], doesNotHelp: [], harms: [], interactsWith: [],
      dosesAbove: ['5,000 IU is above the 4,000 IU a day upper limit for adults.'], overclaims: 0,
    });
    expect(supplements[0]!.dosesAbove).toEqual([]);
  });

  it('gives the form note for magnesium rubbed on the skin', () => {
    const magnesium = supplementIn('Magnesium oil sprayed on the skin helped my cramps and my sleep, my doctor says.', 'magnesium');
    expect(magnesium!.formNote).toMatch(/^Absorption of magnesium through the skin is not established/);
    expect(magnesium!.helps.map((c) => c.fit)).toEqual(['contradicts', 'beyond']);
  });

  it('puts the supplement with the most claims first, wherever the page names it', () => {
    const text = 'Zinc gave me nausea, my doctor says. Magnesium supplements helped my insomnia, my doctor says. '
      + 'Magnesium does not help muscle cramps, a trial found.';
    expect(verdictOf(text).supplements.map((s) => s.supplement.id)).toEqual(['magnesium', 'zinc']);
  });

  it("takes the grade of the claim that fits worst, so the line agrees with the claims; the report's only where they have none", () => {
    const analysis = analyze(PATIENT_COLUMN, kb);
    const reports = buildSupplementReports(kb, analysis).map((r) => ({
      ...r, evidence: r.evidence.map((line) => ({ ...line, grade: 'moderate' as const })),
    }));
    expect(articleVerdict(analysis.claims, reports).supplements[0]!.helps.map((c) => c.grade)).toEqual(['against', 'insufficient', 'insufficient', 'limited']);
    const ungraded = analysis.claims.map(({ grade: _grade, ...c }) => c);
    expect(articleVerdict(ungraded, reports).supplements[0]!.helps.map((c) => c.grade)).toEqual(['moderate', 'moderate', 'moderate', 'moderate']);
  });

  it('has nothing to say about a page without claims or doses', () => {
    expect(articleVerdict([], [])).toEqual({
      supplements: [], claimCount: 0,
      kinds: { personal: 0, quoted: 0, hedged: 0, assertion: 0, caution: 0 },
      fits: { contradicts: 0, beyond: 0, 'in-line': 0, ungraded: 0 },
    });
  });
});

describe('groupBySentence', () => {
  it('makes one group per sentence, the one that contradicts the evidence first', () => {
    const text = 'Magnesium does not help muscle cramps, a trial found. Magnesium oil sprayed on the skin helped my cramps and my sleep, my doctor says. '
      + 'Magnesium gave me a rash.';
    const { claims } = analyze(text, kb);
    const groups = groupBySentence(claims);
    expect(groups.map((g) => [text.slice(g.claims[0]!.start, g.claims[0]!.end).slice(0, 20), g.worstFit, g.claims.map((c) => c.condition.id)])).toEqual([
      ['Magnesium oil spraye', 'contradicts', ['muscle-cramps', 'insomnia']],
      ['Magnesium does not h', 'in-line', ['muscle-cramps']],
      ['Magnesium gave me a ', 'ungraded', ['skin-rash']],
    ]);
    expect(new Set(groups.map((g) => g.key)).size).toBe(3);
  });

  it('orders by worst fit, then page order, whatever order the claims come in', () => {
    const claim = (start: number, fit: ClaimFit, end = start + 10) => ({ start, end, fit });
    const groups = groupBySentence([
      claim(0, 'ungraded'), claim(60, 'beyond'), claim(20, 'in-line'), claim(40, 'in-line'), claim(20, 'beyond'), claim(60, 'in-line', 65), claim(80, 'contradicts'),
    ]);
    expect(groups.map((g) => [g.claims.map((c) => `${c.start}-${c.end}`), g.worstFit])).toEqual([
      [['80-90'], 'contradicts'], [['20-30', '20-30'], 'beyond'], [['60-70'], 'beyond'], [['40-50'], 'in-line'], [['60-65'], 'in-line'], [['0-10'], 'ungraded'],
    ]);
  });
});
