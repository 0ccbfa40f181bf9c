import { describe, expect, it } from 'vitest';
import { findDrug, interactionsBetween } from '../../src/core/interactions';
import { testKb } from './test-kb';

describe('findDrug', () => {
  it('finds a medicine by generic name, brand or class name, in any case', () => {
    expect(findDrug(testKb, 'warfarin')?.id).toBe('warfarin');
    expect(findDrug(testKb, 'COUMADIN')?.id).toBe('warfarin');
    expect(findDrug(testKb, 'blood thinners')?.id).toBe('anticoagulants');
    expect(findDrug(testKb, 'unicorn tonic')).toBeUndefined();
  });
});

describe('interactionsBetween', () => {
  const warfarin = findDrug(testKb, 'Coumadin')!;
  it("reaches a row written for the medicine's class", () => {
    const [row] = interactionsBetween(testKb, [warfarin], ['fish-oil']);
    expect(row).toMatchObject({ supplement: { id: 'fish-oil' }, medicine: { id: 'warfarin' }, via: { id: 'anticoagulants' }, severity: 'moderate' });
  });
  it('finds nothing for a supplement without a row for that medicine', () => {
    expect(interactionsBetween(testKb, [warfarin], ['magnesium', 'turmeric'])).toEqual([]);
  });
  it('finds the row when the reader names the class itself', () => {
    expect(interactionsBetween(testKb, [findDrug(testKb, 'blood thinners')!], ['fish-oil'])).toHaveLength(1);
  });
});
