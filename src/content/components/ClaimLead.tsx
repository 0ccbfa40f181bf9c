/**
 * The card's opening when its badge stands beside a claim: what the page says (supplement, what it
 * does, for which condition, how it is said), then what the evidence says and how the two sit.
 */
import type { Claim, ClaimDirection, ClaimKind } from '../../core/types';
import { FIT_LABEL, GRADE_LABEL } from '../../shared/words';
import { t, type MessageKey } from '../../shared/i18n';
import { FitMark } from './FitMark';

const PAGE_SAYS: Record<ClaimDirection, MessageKey> = {
  helps: 'card_pageSaysHelps', 'does-not-help': 'card_pageSaysDoesNotHelp', harms: 'card_pageSaysHarms', unclear: 'card_pageSaysUnclear',
};

const SAID_HOW: Record<ClaimKind, MessageKey> = {
  personal: 'card_claimHowPersonal', quoted: 'card_claimHowQuoted', hedged: 'card_claimHowHedged', assertion: 'card_claimHowAssertion', caution: 'card_claimHowCaution',
};

/** A label inside a sentence: "Vitamin D" becomes "vitamin D"; "IBS" stays as it is. */
const inSentence = (label: string) => (/^\p{Lu}\p{Ll}/u.test(label) ? label[0]!.toLowerCase() + label.slice(1) : label);

export function ClaimLead({ claim }: { claim: Claim }) {
  const supplement = inSentence(claim.supplement.label);
  const condition = inSentence(claim.condition.label);
  const evidence = claim.knownHarm
    ? t('card_evidenceSaysSideEffect', condition, supplement)
    : claim.grade ? t('card_evidenceSays', GRADE_LABEL[claim.grade], supplement, condition) : t('card_evidenceSaysNone', supplement, condition);
  return (
    <div class="claim-lead">
      <p class="page-says">{t(PAGE_SAYS[claim.direction], supplement, condition, t(SAID_HOW[claim.kind]))}</p>
      <p>{evidence}</p>
      {claim.population ? <p class="muted">{t('card_appliesTo', claim.population)}</p> : null}
      <p class={`claim-fit grade-${claim.grade ?? 'none'}`}><FitMark fit={claim.fit} /> {t('card_claimFit', FIT_LABEL[claim.fit])}</p>
    </div>
  );
}
