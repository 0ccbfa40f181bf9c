/** The popup's "For you" summary: which supplements on the page meet the reader's medicines or situation. */
import type { RiskSummary } from '../../shared/messages';
import { SEVERITY_LABEL } from '../../shared/words';

const FROM_WORDS = { list: 'on your list', page: 'named on this page', situation: 'your situation' } as const;

export function RiskList({ risks }: { risks: RiskSummary[] }) {
  // A medicine reached through several class rows is one line here, at its most serious.
  const unique = [...new Map(risks.map((r) => [`${r.supplement}\u0000${r.meets}\u0000${r.from}`, r])).entries()].reverse();
  if (!unique.length) return null;
  return (
    <section class="risks" aria-labelledby="risks-title">
      <h2 id="risks-title">For you</h2>
      <ul>
        {[...new Map(unique).entries()].reverse().map(([key, r]) => (
          <li key={key}>
            <span class={`pill severity-${r.severity}`}>{SEVERITY_LABEL[r.severity]}</span> {r.supplement} with {r.meets} <span class="muted">({FROM_WORDS[r.from]})</span>
          </li>
        ))}
      </ul>
      <p class="muted">Open the supplement's badge on the page for what happens and the sources.</p>
    </section>
  );
}
