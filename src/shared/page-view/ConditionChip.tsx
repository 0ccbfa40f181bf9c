/**
 * One condition a sentence makes a claim about: the condition, its grade, and how the claim fits
 * it, by word and shape. A warning about a medicine has no grade: its chip says only whether the
 * knowledge base lists the interaction.
 */
import { GradePill } from '../../content/components/GradePill';
import { isInteraction } from '../../core/interaction-claims';
import type { ClaimSummary } from '../messages';
import { t } from '../i18n';
import { FIT_LABEL, FIT_MARK } from '../words';

export function ConditionChip({ claim }: { claim: ClaimSummary }) {
  const interaction = isInteraction({ id: claim.conditionId });
  return (
    <span class={`chip fit-${claim.fit}`} data-fit={claim.fit}>
      <span class="chip-condition">{claim.condition}</span>
      {claim.knownHarm ? <span class="pill known-harm">{t(interaction ? 'view_knownInteraction' : 'shared_knownSideEffect')}</span> : null}
      {!interaction && (claim.grade || !claim.knownHarm) ? <GradePill grade={claim.grade ?? 'none'} /> : null}
      <span class="fit"><span aria-hidden="true">{FIT_MARK[claim.fit]}</span> {FIT_LABEL[claim.fit]}</span>
      {claim.population ? <span class="population">{t('popup_evidenceFor', claim.population)}</span> : null}
    </span>
  );
}
