/** The card's first section when the page's supplement meets the reader's medicines or situation. */
import type { SupplementReport } from '../../core/supplement-report';
import { SEVERITY_LABEL } from '../../shared/words';
import { Sources } from './Sources';

export function ForYou({ report }: { report: SupplementReport }) {
  if (!report.forYou.length) return null;
  return (
    <section class="for-you" aria-label="For you">
      <h3>For you</h3>
      {report.forYou.map((x) => {
        const about = x.kind === 'situation'
          ? `${report.label} and ${x.situation.label.toLowerCase()} (your situation)`
          : `${report.label} with ${x.medicine.label}${x.via.id !== x.medicine.id ? ` (${x.via.label.toLowerCase()})` : ''}${x.from === 'list' ? ', on your list' : ', named on this page'}`;
        return (
          <div class={`risk severity-${x.severity}`} key={`${x.kind}-${x.kind === 'situation' ? x.situation.id : `${x.medicine.id}-${x.via.id}`}`}>
            <div class="evidence-head"><span class="pill severity">{SEVERITY_LABEL[x.severity]}</span> <strong>{about}</strong></div>
            <p>{x.effect}</p>
            <p class="muted">What people do: {x.advice}</p>
            <Sources sources={x.sources} />
          </div>
        );
      })}
    </section>
  );
}
