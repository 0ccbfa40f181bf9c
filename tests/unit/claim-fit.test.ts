/** Every cell of the claim-fit table, one test each: a changed cell fails its test. */
import { describe, expect, it } from 'vitest';
import { CLAIM_FITS, claimFit, type ClaimFit } from '../../src/core/claim-fit';
import { CLAIM_KINDS, GRADES, type ClaimDirection, type ClaimKind, type Grade } from '../../src/core/types';

const C = 'contradicts', B = 'beyond', I = 'in-line', U = 'ungraded';

/** What a claim says: its direction, and for a harm whether the knowledge base lists it. */
const STANCES = {
  helps: { direction: 'helps' },
  'does not help': { direction: 'does-not-help' },
  'a listed harm': { direction: 'harms', knownHarm: true },
  'an unlisted harm': { direction: 'harms' },
  unclear: { direction: 'unclear' },
} as const satisfies Record<string, { direction: ClaimDirection; knownHarm?: true }>;

/** Columns: strong, moderate, limited, insufficient, against, no grade. */
const EXPECTED: Record<keyof typeof STANCES, Record<ClaimKind, readonly ClaimFit[]>> = {
  helps: {
    assertion: [I, I, B, B, C, U],
    personal:  [I, I, B, B, C, U],
    quoted:    [I, I, B, B, C, U],
    hedged:    [I, I, I, B, C, U],
    caution:   [I, I, I, I, C, U],
  },
  'does not help': {
    assertion: [C, B, I, I, I, U],
    personal:  [C, B, I, I, I, U],
    quoted:    [C, B, I, I, I, U],
    hedged:    [C, I, I, I, I, U],
    caution:   [C, I, I, I, I, U],
  },
  'a listed harm': {
    assertion: [I, I, I, I, I, I],
    personal:  [I, I, I, I, I, I],
    quoted:    [I, I, I, I, I, I],
    hedged:    [I, I, I, I, I, I],
    caution:   [I, I, I, I, I, I],
  },
  'an unlisted harm': {
    assertion: [C, B, I, I, I, U],
    personal:  [C, B, I, I, I, U],
    quoted:    [C, B, I, I, I, U],
    hedged:    [C, I, I, I, I, U],
    caution:   [C, I, I, I, I, U],
  },
  unclear: {
    assertion: [I, I, I, I, I, U],
    personal:  [I, I, I, I, I, U],
    quoted:    [I, I, I, I, I, U],
    hedged:    [I, I, I, I, I, U],
    caution:   [I, I, I, I, I, U],
  },
};

const GRADE_COLUMNS: Array<Grade | undefined> = [...GRADES, undefined];

const cells = Object.entries(STANCES).flatMap(([stance, said]) => CLAIM_KINDS.flatMap((kind) => GRADE_COLUMNS.map((grade, column) =>
  ({ stance, said, kind, grade, fit: EXPECTED[stance as keyof typeof STANCES][kind][column] }))));

describe('claimFit', () => {
  it('has a row of six for every stance and kind, and uses every fit', () => {
    expect(cells).toHaveLength(Object.keys(STANCES).length * CLAIM_KINDS.length * GRADE_COLUMNS.length);
    expect(cells.every((c) => c.fit !== undefined)).toBe(true);
    expect(new Set(cells.map((c) => c.fit))).toEqual(new Set(CLAIM_FITS));
  });
  it.each(cells)('$stance, $kind, grade $grade: $fit', ({ said, kind, grade, fit }) => {
    expect(claimFit({ ...said, kind, ...(grade ? { grade } : {}) })).toBe(fit);
  });
});
