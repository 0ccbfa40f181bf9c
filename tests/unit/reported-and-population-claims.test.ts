/**
 * What a sentence reports rather than asserts, and who it is about: selling words ("marketed for",
 * "touted as") are not the writer saying a supplement helps; a population group ("during
 * pregnancy") is not what it helps with; "at higher risk of" describes a group, not a harm.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze';
import { classifyClaim } from '../../src/core/classify-claim';
import { conditionsNamingGroups } from '../../src/core/populations';
import { loadKnowledgeBase } from '../../src/data/knowledge-base';

const kb = loadKnowledgeBase();

/** Opens every text with a line of health writing, as a real article would, so the health gate lets it through. */
const INTRO = 'A pharmacist explains supplements and their symptoms for patients.\n';

const claims = (body: string) => analyze(INTRO + body, kb).claims.map((c) => ({ condition: c.condition.id, kind: c.kind, direction: c.direction }));
const classify = (sentence: string) => classifyClaim(sentence, { quoted: false });

describe('reported selling words', () => {
  it('are what a supplement is sold for, not a claim that it helps', () => {
    for (const sentence of [
      'Ashwagandha is usually marketed for calm rather than for sleep.',
      'Ginkgo is also sold for tinnitus and poor circulation.',
      'Turmeric is touted as a cure for arthritis.',
      'Glucosamine is promoted as a joint remedy for osteoarthritis.',
      'The label claims magnesium helps cramps.',
      'There are bold claims on the bottle about sleep.',
    ]) expect(classify(sentence), sentence).toEqual({ kind: 'assertion', direction: 'unclear' });
    expect(claims('Turmeric is touted as a cure for arthritis.')).toEqual([{ condition: 'arthritis', kind: 'assertion', direction: 'unclear' }]);
  });

  it('leave the seller\'s own claim and a doubt beside them as they were', () => {
    expect(classify('Fish oil promotes joint comfort and eases arthritis.').direction).toBe('helps');
    expect(classify('Magnesium is marketed for cramps, but the evidence is thin.')).toEqual({ kind: 'caution', direction: 'does-not-help' });
  });
});

describe('a population group is not what a supplement helps', () => {
  it('knows which conditions are groups: pregnancy, not preterm birth', () => {
    const groups = conditionsNamingGroups(kb);
    expect(groups.has('pregnancy')).toBe(true);
    expect(groups.has('preterm-birth')).toBe(false);
    expect(groups.has('exercise-performance')).toBe(false);
  });

  it('files no "helps pregnancy" claim from a sentence whose outcome the knowledge base does not name', () => {
    expect(claims('DHA, which passes to the baby during pregnancy, is thought to help brain cells communicate.')).toEqual([]);
  });

  it('keeps the outcome for that group, and warnings about it', () => {
    expect(claims('Ginger may ease nausea in early pregnancy.').map((c) => c.condition)).toEqual(['nausea']);
    expect(claims('In the trial, fish oil lowered the rate of preterm births.').map((c) => c.condition)).toEqual(['preterm-birth']);
    expect(claims('Ashwagandha is not recommended during pregnancy.')).toEqual([{ condition: 'pregnancy', kind: 'caution', direction: 'harms' }]);
  });
});

describe('"at higher risk of"', () => {
  it('describes the group, so a lower risk for them is a benefit, not a harm', () => {
    expect(classify('Women at higher risk of postpartum depression who took fish oil lowered their risk slightly.').direction).toBe('helps');
    expect(classify('High doses may increase the risk of bleeding.').direction).toBe('harms');
    expect(classify('Vitamin E was linked to a higher risk of prostate cancer.').direction).toBe('harms');
  });
});
