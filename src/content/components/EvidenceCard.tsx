/** The tooltip card for one supplement: evidence per condition, sources, safety, reminder. */
import type { CitedSource, SupplementReport } from '../../core/supplement-report';
import { DOCTOR_REMINDER, GRADE_MEANING } from '../../shared/words';
import { ForYou } from './ForYou';
import { GradePill } from './GradePill';
import { Sources } from './Sources';

const ROUTE_WORDS = { oral: 'taken by mouth', topical: 'used on the skin' } as const;

export function EvidenceCard({ report, id, onClose }: { report: SupplementReport; id: string; onClose: () => void }) {
  const form = report.routes.map((r) => ROUTE_WORDS[r]).join(' or ');
  return (
    <div class="card" id={id} role="dialog" aria-label={`Evidence for ${report.label}`}>
      <header>
        <h2>{report.label}{form ? <span class="form"> · {form} on this page</span> : null}</h2>
        <button type="button" class="close" aria-label="Close" onClick={onClose}>×</button>
      </header>
      <ForYou report={report} />
      {report.doses.length ? <p class="muted">Dose mentioned on this page: {report.doses.join('; ')}</p> : null}
      {report.doseNotes.map((n) => <p key={n.text} class={`dose-note dose-${n.verdict}`}>{n.text}</p>)}
      {report.evidence.length ? (
        <section>
          <h3>Evidence for the conditions in this article</h3>
          {report.evidence.map((e) => (
            <div class="evidence" key={e.condition.id}>
              <div class="evidence-head">
                {e.knownSideEffect ? <span class="pill known-harm">Known side effect</span> : null}
                {e.grade || !e.knownSideEffect ? <GradePill grade={e.grade ?? 'none'} /> : null} <strong>{e.condition.label}</strong>
              </div>
              {e.knownSideEffect ? (
                <p>{e.condition.label} is a known side effect of {report.label.toLowerCase()}.</p>
              ) : null}
              {e.summary || !e.knownSideEffect ? (
                <p>{e.summary ?? `Our evidence base has no entry for ${report.label.toLowerCase()} and this condition yet; treat it as insufficient.`}</p>
              ) : null}
              {e.population ? <p class="muted population">Applies to: {e.population}</p> : null}
              {e.grade || !e.knownSideEffect ? <p class="muted meaning">{GRADE_MEANING[e.grade ?? 'none']}</p> : null}
              <Sources sources={dedupe([...e.sources, ...(e.knownSideEffect?.sources ?? [])])} />
              {e.others.length ? (
                <details class="others">
                  <summary>Evidence for other groups ({e.others.length})</summary>
                  {e.others.map((o) => (
                    <div class="other" key={`${o.population ?? ''}-${o.form ?? ''}-${o.grade}`}>
                      <div class="evidence-head"><GradePill grade={o.grade} /> <span>{o.population ?? (o.form ? `Form: ${o.form}` : 'General')}</span></div>
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
        <p>This article does not link {report.label.toLowerCase()} to a condition we have graded.</p>
      )}
      {report.formNotes.map((f) => (
        <section key={f.label} class="form-note">
          <h3>About {f.label.toLowerCase()}</h3>
          <p>{f.note}</p>
          <Sources sources={f.sources} />
        </section>
      ))}
      <section>
        <h3>Safety</h3>
        <ul class="safety">
          {report.upperLimit ? <li>Upper limit: {report.upperLimit.text}</li> : null}
          {report.safety.map((n) => <li key={n.text}>{n.text}</li>)}
        </ul>
        <Sources sources={dedupe([...(report.upperLimit?.sources ?? []), ...report.safety.flatMap((n) => n.sources)])} />
      </section>
      <p class="reminder" role="note">{DOCTOR_REMINDER}</p>
      <p class="muted footer">Evidence reviewed {report.reviewedOn}. Evidence Lens informs; it does not give medical advice.</p>
    </div>
  );
}

function dedupe(sources: CitedSource[]): CitedSource[] {
  return [...new Map(sources.map((s) => [s.id, s])).values()];
}
