/** The page's claims, one entry per sentence, those that go against or beyond the evidence first, filterable by kind. */
import { useState } from 'preact/hooks';
import { groupBySentence } from '../../core/article-verdict';
import { CLAIM_KINDS, type ClaimKind } from '../../core/types';
import type { ClaimSummary } from '../messages';
import { t } from '../i18n';
import { KindFilter, type KindChoice } from './KindFilter';
import { SentenceEntry } from './SentenceEntry';

/** The page's sentences in the list's order; a sentence is placed by its number in page order. */
const sentencesOf = (claims: ClaimSummary[]) => groupBySentence(claims.map((c) => ({ ...c, start: c.sentenceIndex, end: c.sentenceIndex })));

export function SentenceList({ claims, onReveal }: { claims: ClaimSummary[]; onReveal: (claimId: string) => void }) {
  const [chosen, choose] = useState<KindChoice>('all');
  const sentences = sentencesOf(claims);
  const counts = CLAIM_KINDS.map((kind): [ClaimKind, number] => [kind, sentences.filter((s) => s.claims.some((c) => c.kind === kind)).length])
    .filter((count) => count[1] > 0);
  // A kind no longer on the page (it changed while the list was open) shows everything again.
  const kind = counts.some(([k]) => k === chosen) ? chosen : 'all';
  const shown = kind === 'all' ? sentences : sentencesOf(claims.filter((c) => c.kind === kind));
  return (
    <section class="claims" aria-labelledby="claims-title">
      <h2 id="claims-title">{t('view_claimsTitle')}</h2>
      <KindFilter counts={counts} total={sentences.length} chosen={kind} onChoose={choose} />
      <ul>
        {shown.map((s) => <SentenceEntry key={s.key} claims={s.claims} onReveal={onReveal} />)}
      </ul>
    </section>
  );
}
