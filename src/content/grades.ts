/** How each grade looks and reads, in words as well as colour. */
import type { Grade } from '../core/types';

export type GradeOrNone = Grade | 'none';

export const GRADE_LABEL: Record<GradeOrNone, string> = {
  strong: 'Strong', moderate: 'Moderate', limited: 'Limited', insufficient: 'Insufficient', against: 'Against', none: 'Not graded',
};

export const GRADE_MEANING: Record<GradeOrNone, string> = {
  strong: 'consistent high-quality evidence of benefit',
  moderate: 'good evidence of benefit, with limits',
  limited: 'early or weak evidence',
  insufficient: 'too little evidence to say',
  against: 'good evidence of no benefit, or of harm',
  none: 'not in our evidence base yet',
};
