/** The "For you" summary of the popup and the side panel: which supplements on the page meet the reader's medicines or situation. */
import type { RiskSummary } from '../messages';
import { SEVERITY_LABEL } from '../words';
import { t, type MessageKey } from '../i18n';

const FROM_WORDS: Record<RiskSummary['from'], MessageKey> = { list: 'popup_riskFromList', page: 'popup_riskFromPage', situation: 'popup_riskFromSituation' };

export function RiskList({ risks }: { risks: RiskSummary[] }) {
  // A medicine reached through several class rows is one line here, at its most serious.
  const unique = [...new Map(risks.map((r) => [`${r.supplement}\u0000${r.meets}\u0000${r.from}`, r])).entries()].reverse();
  if (!unique.length) return null;
  return (
    <section class="risks" aria-labelledby="risks-title">
      <h2 id="risks-title">{t('shared_forYou')}</h2>
      <ul>
        {[...new Map(unique).entries()].reverse().map(([key, r]) => (
          <li key={key}>
            <span class={`pill severity-${r.severity}`}>{SEVERITY_LABEL[r.severity]}</span> {t('popup_riskPair', r.supplement, r.meets)} <span class="muted">{t(FROM_WORDS[r.from])}</span>
          </li>
        ))}
      </ul>
      <p class="muted">{t('popup_risksHint')}</p>
    </section>
  );
}
