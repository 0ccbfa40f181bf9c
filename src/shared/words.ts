/**
 * The words every surface shares (card, popup, options, command line), in one place so that a
 * grade or a reminder reads the same everywhere.
 */
import type { GradeOrNone } from '../core/choose-badges';
import type { ClaimDirection, ClaimKind } from '../core/types';
import type { Severity } from '../core/types';

export const DOCTOR_REMINDER = 'Talk to your doctor before starting or stopping a supplement.';

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

export const KIND_LABEL: Record<ClaimKind, string> = { personal: 'Personal experience', quoted: 'Quoted expert', hedged: 'Hedged', assertion: 'Assertion', caution: 'Caution' };

export const DIRECTION_LABEL: Record<ClaimDirection, string> = { helps: 'says it helps', 'does-not-help': 'says it does not help', harms: 'warns of harm', unclear: '' };

export const SEVERITY_LABEL: Record<Severity, string> = { major: 'Major', moderate: 'Moderate', minor: 'Minor' };
