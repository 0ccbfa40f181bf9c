/** The page's verdict, at the top of the popup and the side panel: a line per supplement, then how the page argues. */
import type { ArticleVerdict } from '../../core/article-verdict';
import { CLAIM_KINDS, type ClaimKind } from '../../core/types';
import { plural, t, type MessageKey } from '../i18n';
import { SupplementVerdictItem } from './SupplementVerdictItem';

/** Each kind as it reads after "12 of 17 claims are …". */
const KIND_PHRASE: Record<ClaimKind, MessageKey> = {
  personal: 'view_kindPhrase_personal', quoted: 'view_kindPhrase_quoted', hedged: 'view_kindPhrase_hedged',
  assertion: 'view_kindPhrase_assertion', caution: 'view_kindPhrase_caution',
};

/** "12 of 17 claims are personal experience", for the kind most of the page's claims are. */
function howThePageArgues({ kinds, claimCount }: ArticleVerdict): string | undefined {
  const kind = [...CLAIM_KINDS].sort((a, b) => kinds[b] - kinds[a])[0]!;
  const count = kinds[kind];
  if (!count) return undefined;
  const phrase = t(KIND_PHRASE[kind]);
  return count === claimCount
    ? t(plural(count, { one: 'view_allClaimsAre_one', other: 'view_allClaimsAre_other' }), count, phrase)
    : t(plural(count, { one: 'view_claimsAre_one', other: 'view_claimsAre_other' }), count, claimCount, phrase);
}

export function VerdictSummary({ verdict }: { verdict: ArticleVerdict }) {
  const argues = howThePageArgues(verdict);
  if (!verdict.supplements.length && !argues) return null;
  return (
    <section class="verdict" aria-labelledby="verdict-title">
      <h2 id="verdict-title">{t('view_verdictTitle')}</h2>
      <ul>
        {verdict.supplements.map((s) => <SupplementVerdictItem key={s.supplement.id} verdict={s} />)}
      </ul>
      {argues ? <p class="argues">{argues}</p> : null}
    </section>
  );
}
