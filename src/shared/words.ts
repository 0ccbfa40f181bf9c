/**
 * The words every surface shares (card, popup, options, command line), in one place so that a
 * grade or a reminder reads the same everywhere. Each id maps to its message in _locales; the
 * command line, with no extension API, reads them in English (src/shared/i18n.ts).
 */
import type { GradeOrNone } from '../core/choose-badges';
import type { ClaimDirection, ClaimKind } from '../core/types';
import type { Severity } from '../core/types';
import { t, type MessageKey } from './i18n';

/** Each id's message, in the reader's language, looked up when first read (a page shows a few of them). */
function wordsFor<Id extends string>(keys: Record<Id, MessageKey>): Record<Id, string> {
  const words = {} as Record<Id, string>;
  for (const [id, key] of Object.entries<MessageKey>(keys)) Object.defineProperty(words, id, { get: () => t(key), enumerable: true });
  return words;
}

/** A function, not a constant: a script that never shows it (the annotator) makes no i18n call for it. */
export const doctorReminder = (): string => t('shared_doctorReminder');

export const GRADE_LABEL = wordsFor<GradeOrNone>({
  strong: 'grade_strong', moderate: 'grade_moderate', limited: 'grade_limited', insufficient: 'grade_insufficient', against: 'grade_against', none: 'grade_none',
});

export const GRADE_MEANING = wordsFor<GradeOrNone>({
  strong: 'gradeMeaning_strong', moderate: 'gradeMeaning_moderate', limited: 'gradeMeaning_limited',
  insufficient: 'gradeMeaning_insufficient', against: 'gradeMeaning_against', none: 'gradeMeaning_none',
});

export const KIND_LABEL = wordsFor<ClaimKind>({ personal: 'kind_personal', quoted: 'kind_quoted', hedged: 'kind_hedged', assertion: 'kind_assertion', caution: 'kind_caution' });

/** An unclear direction says nothing. */
export const DIRECTION_LABEL: Record<ClaimDirection, string> = Object.defineProperty(
  wordsFor<Exclude<ClaimDirection, 'unclear'>>({ helps: 'direction_helps', 'does-not-help': 'direction_doesNotHelp', harms: 'direction_harms' }),
  'unclear', { value: '', enumerable: true },
) as Record<ClaimDirection, string>;

export const SEVERITY_LABEL = wordsFor<Severity>({ major: 'severity_major', moderate: 'severity_moderate', minor: 'severity_minor' });

/** How a claim sits with its evidence grade (src/core/claim-fit.ts), in plain words. */
/** Each fit as a shape, so a badge or a chip says it without colour as well as in words. */
export const FIT_MARK: Record<import('../core/claim-fit').ClaimFit, string> = { contradicts: '✕', beyond: '▲', 'in-line': '✓', ungraded: '–' };

export const FIT_LABEL = wordsFor<import('../core/claim-fit').ClaimFit>({
  contradicts: 'fit_contradicts', beyond: 'fit_beyond', 'in-line': 'fit_inLine', ungraded: 'fit_ungraded',
});
