/**
 * How a claim sits with the evidence grade for its supplement and condition, from what it says
 * (direction), how it says it (kind) and the grade. The whole rule is the one table below.
 */
import type { GradeOrNone } from './choose-badges';
import { GRADES, type Claim, type ClaimKind } from './types';

/** From worst to best fit; `ungraded` when the knowledge base has no grade to hold the claim against. */
export const CLAIM_FITS = ['contradicts', 'beyond', 'in-line', 'ungraded'] as const;
export type ClaimFit = (typeof CLAIM_FITS)[number];

/** Where a fit stands from worst to best: the lower, the further the claim goes past its evidence. */
export const fitRank = (fit: ClaimFit): number => CLAIM_FITS.indexOf(fit);

/** What the claim says, with a harm split by whether the knowledge base lists it as a side effect. */
type Stance = 'helps' | 'does-not-help' | 'known-harm' | 'unlisted-harm' | 'unclear';

/**
 * `firm`: said as fact, as the writer's experience or in someone's words. `hedged`: "may help".
 * `caution`: the sentence itself says the evidence is weak or warns, so it never oversells.
 */
type KindClass = 'firm' | 'hedged' | 'caution';

const KIND_CLASS: Record<ClaimKind, KindClass> = { assertion: 'firm', personal: 'firm', quoted: 'firm', hedged: 'hedged', caution: 'caution' };

/** The table's columns: the grades, strongest benefit first, then no grade at all. */
const COLUMNS = [...GRADES, 'none'] as const satisfies readonly GradeOrNone[];
type Row = readonly [ClaimFit, ClaimFit, ClaimFit, ClaimFit, ClaimFit, ClaimFit];

/**
 * Denying a benefit goes against strong evidence of one; said firmly, it outruns moderate evidence
 * (good, with limits); weaker or negative evidence leaves room for it.
 */
const NO_BENEFIT: Record<KindClass, Row> = {
  //        strong         moderate   limited    insufficient against    none
  firm:    ['contradicts', 'beyond',  'in-line', 'in-line',   'in-line', 'ungraded'],
  hedged:  ['contradicts', 'in-line', 'in-line', 'in-line',   'in-line', 'ungraded'],
  caution: ['contradicts', 'in-line', 'in-line', 'in-line',   'in-line', 'ungraded'],
};

const FIT: Record<Stance, Record<KindClass, Row>> = {
  /**
   * A benefit said as fact needs moderate evidence or better. "May help" is fair with an early
   * signal (limited) but still floats a benefit nobody has shown when there is too little evidence
   * to say (insufficient). A caution says the evidence is thin in the same breath.
   */
  helps: {
    //        strong     moderate   limited    insufficient against        none
    firm:    ['in-line', 'in-line', 'beyond',  'beyond',    'contradicts', 'ungraded'],
    hedged:  ['in-line', 'in-line', 'in-line', 'beyond',    'contradicts', 'ungraded'],
    caution: ['in-line', 'in-line', 'in-line', 'in-line',   'contradicts', 'ungraded'],
  },
  'does-not-help': NO_BENEFIT,
  /** The knowledge base's side-effect list, with its sources, is the evidence for it, whatever the grade for benefit. */
  'known-harm': {
    firm:    ['in-line', 'in-line', 'in-line', 'in-line',   'in-line', 'in-line'],
    hedged:  ['in-line', 'in-line', 'in-line', 'in-line',   'in-line', 'in-line'],
    caution: ['in-line', 'in-line', 'in-line', 'in-line',   'in-line', 'in-line'],
  },
  /** A harm the knowledge base does not list says at least that the supplement does not help that condition. */
  'unlisted-harm': NO_BENEFIT,
  /** A question, a wish or a call for research claims nothing the evidence could contradict or outrun. */
  unclear: {
    firm:    ['in-line', 'in-line', 'in-line', 'in-line',   'in-line', 'ungraded'],
    hedged:  ['in-line', 'in-line', 'in-line', 'in-line',   'in-line', 'ungraded'],
    caution: ['in-line', 'in-line', 'in-line', 'in-line',   'in-line', 'ungraded'],
  },
};

export function claimFit({ direction, kind, grade, knownHarm }: Pick<Claim, 'direction' | 'kind' | 'grade' | 'knownHarm'>): ClaimFit {
  const stance: Stance = direction === 'harms' ? (knownHarm ? 'known-harm' : 'unlisted-harm') : direction;
  return FIT[stance][KIND_CLASS[kind]][COLUMNS.indexOf(grade ?? 'none')]!;
}
