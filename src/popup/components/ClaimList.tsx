/** Claims grouped by supplement; each row jumps to its sentence on the page. */
import type { ClaimSummary } from '../../shared/messages';
import { DIRECTION_LABEL, GRADE_LABEL, KIND_LABEL } from '../../shared/words';
import { t } from '../../shared/i18n';

/** Sentences are cut to this many characters in the list. */
const SENTENCE_CHARS = 140;

export function ClaimList({ claims, onReveal }: { claims: ClaimSummary[]; onReveal: (claimId: string) => void }) {
  const groups = new Map<string, ClaimSummary[]>();
  for (const c of claims) groups.set(c.supplement, [...(groups.get(c.supplement) ?? []), c]);
  return (
    <div class="claims">
      {[...groups.entries()].map(([supplement, list]) => (
        <section key={supplement}>
          <h2>{supplement} <span class="muted">({list.length})</span></h2>
          <ul>
            {list.map((c) => (
              <li key={c.id}>
                <button type="button" class="claim" data-claim={c.id} onClick={() => onReveal(c.id)}>
                  <span class="claim-head">
                    <strong>{c.condition}</strong>
                    <span class="pills">
                      {c.knownHarm ? <span class="pill known-harm">{t('shared_knownSideEffect')}</span> : null}
                      {c.grade || !c.knownHarm ? <span class={`pill grade-${c.grade ?? 'none'}`}>{GRADE_LABEL[c.grade ?? 'none']}</span> : null}
                    </span>
                  </span>
                  {c.population ? <span class="claim-meta population">{t('popup_evidenceFor', c.population)}</span> : null}
                  <span class="claim-meta">{KIND_LABEL[c.kind]}{DIRECTION_LABEL[c.direction] ? ` · ${DIRECTION_LABEL[c.direction]}` : ''}</span>
                  <span class="sentence">{t('popup_quotedSentence', c.sentence.length > SENTENCE_CHARS ? `${c.sentence.slice(0, SENTENCE_CHARS - 1)}…` : c.sentence)}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
