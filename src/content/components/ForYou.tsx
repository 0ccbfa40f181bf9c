/** The card's first section when the page's supplement meets the reader's medicines or situation. */
import type { MedicineSource } from '../../core/for-you';
import type { SupplementReport } from '../../core/supplement-report';
import { SEVERITY_LABEL } from '../../shared/words';
import { t, type MessageKey } from '../../shared/i18n';
import { Sources } from './Sources';

/** A medicine's heading by where it came from (the reader's list or the page) and whether a class row matched it. */
const MEDICINE_HEADING: Record<MedicineSource, { direct: MessageKey; viaClass: MessageKey }> = {
  list: { direct: 'card_forYouListed', viaClass: 'card_forYouListedVia' },
  page: { direct: 'card_forYouNamed', viaClass: 'card_forYouNamedVia' },
};

export function ForYou({ report }: { report: SupplementReport }) {
  if (!report.forYou.length) return null;
  return (
    <section class="for-you" aria-label={t('shared_forYou')}>
      <h3>{t('shared_forYou')}</h3>
      {report.forYou.map((x) => {
        const about = x.kind === 'situation'
          ? t('card_forYouSituation', report.label, x.situation.label.toLowerCase())
          : x.via.id !== x.medicine.id
            ? t(MEDICINE_HEADING[x.from].viaClass, report.label, x.medicine.label, x.via.label.toLowerCase())
            : t(MEDICINE_HEADING[x.from].direct, report.label, x.medicine.label);
        return (
          <div class={`risk severity-${x.severity}`} key={`${x.kind}-${x.kind === 'situation' ? x.situation.id : `${x.medicine.id}-${x.via.id}`}`}>
            <div class="evidence-head"><span class="pill severity">{SEVERITY_LABEL[x.severity]}</span> <strong>{about}</strong></div>
            <p>{x.effect}</p>
            <p class="muted">{t('card_whatPeopleDo', x.advice)}</p>
            <Sources sources={x.sources} />
          </div>
        );
      })}
    </section>
  );
}
