/**
 * The tooltip card for one supplement: the claim its badge belongs to (when there is one), then
 * evidence per condition, sources, safety, reminder.
 */
import type { CitedSource, SupplementReport } from '../../core/supplement-report';
import type { Claim } from '../../core/types';
import { doctorReminder, GRADE_MEANING } from '../../shared/words';
import { messagesLocale, orList, t, type MessageKey } from '../../shared/i18n';
import { ClaimLead } from './ClaimLead';
import { ForYou } from './ForYou';
import { GradePill } from './GradePill';
import { Sources } from './Sources';

const ROUTE_WORDS: Record<SupplementReport['routes'][number], MessageKey> = { oral: 'card_routeOral', topical: 'card_routeTopical' };

export function EvidenceCard({ report, claim, id, onClose }: { report: SupplementReport; claim?: Claim; id: string; onClose: () => void }) {
  const form = orList(report.routes.map((r) => t(ROUTE_WORDS[r])));
  const title = <h2>{report.label}{form ? <span class="form"> · {t('card_formOnPage', form)}</span> : null}</h2>;
  return (
    <div class="card" id={id} role="dialog" lang={messagesLocale()} aria-label={t('card_label', report.label)}>
      <header>
        {claim ? <ClaimLead claim={claim} /> : title}
        <button type="button" class="close" aria-label={t('card_close')} onClick={onClose}>×</button>
      </header>
      {claim ? title : null}
      <ForYou report={report} />
      {report.doses.length ? <p class="muted">{t('card_doses', report.doses.join('; '))}</p> : null}
      {report.doseNotes.map((n) => <p key={n.text} class={`dose-note dose-${n.verdict}`}>{n.text}</p>)}
      {report.evidence.length ? (
        <section>
          <h3>{t('card_evidenceTitle')}</h3>
          {report.evidence.map((e) => (
            <div class="evidence" key={e.condition.id}>
              <div class="evidence-head">
                {e.knownSideEffect ? <span class="pill known-harm">{t('shared_knownSideEffect')}</span> : null}
                {e.grade || !e.knownSideEffect ? <GradePill grade={e.grade ?? 'none'} /> : null} <strong>{e.condition.label}</strong>
              </div>
              {e.knownSideEffect ? (
                <p>{t('card_knownSideEffectOf', e.condition.label, report.label.toLowerCase())}</p>
              ) : null}
              {e.summary || !e.knownSideEffect ? (
                <p>{e.summary ?? t('card_noEntry', report.label.toLowerCase())}</p>
              ) : null}
              {e.population ? <p class="muted population">{t('card_appliesTo', e.population)}</p> : null}
              {e.grade || !e.knownSideEffect ? <p class="muted meaning">{GRADE_MEANING[e.grade ?? 'none']}</p> : null}
              <Sources sources={dedupe([...e.sources, ...(e.knownSideEffect?.sources ?? [])])} />
              {e.others.length ? (
                <details class="others">
                  <summary>{t('card_otherGroups', e.others.length)}</summary>
                  {e.others.map((o) => (
                    <div class="other" key={`${o.population ?? ''}-${o.form ?? ''}-${o.grade}`}>
                      <div class="evidence-head"><GradePill grade={o.grade} /> <span>{o.population ?? (o.form ? t('card_formLabel', o.form) : t('card_general'))}</span></div>
                      <p>{o.summary}</p>
                      <Sources sources={o.sources} />
                    </div>
                  ))}
                </details>
              ) : null}
            </div>
          ))}
        </section>
      ) : (
        <p>{t('card_noGradedCondition', report.label.toLowerCase())}</p>
      )}
      {report.formNotes.map((f) => (
        <section key={f.label} class="form-note">
          <h3>{t('card_about', f.label.toLowerCase())}</h3>
          <p>{f.note}</p>
          <Sources sources={f.sources} />
        </section>
      ))}
      <section>
        <h3>{t('card_safety')}</h3>
        <ul class="safety">
          {report.upperLimit ? <li>{t('card_upperLimit', report.upperLimit.text)}</li> : null}
          {report.safety.map((n) => <li key={n.text}>{n.text}</li>)}
        </ul>
        <Sources sources={dedupe([...(report.upperLimit?.sources ?? []), ...report.safety.flatMap((n) => n.sources)])} />
      </section>
      <p class="reminder" role="note">{doctorReminder()}</p>
      <p class="muted footer">{t('card_footer', report.reviewedOn)}</p>
    </div>
  );
}

function dedupe(sources: CitedSource[]): CitedSource[] {
  return [...new Map(sources.map((s) => [s.id, s])).values()];
}
