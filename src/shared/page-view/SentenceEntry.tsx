/** One sentence of the page with the claims it makes; activating it (click, Enter, Space) jumps to it on the page. */
import type { ClaimSummary } from '../messages';
import { t } from '../i18n';
import { DIRECTION_LABEL, KIND_LABEL } from '../words';
import { ConditionChip } from './ConditionChip';

/** Sentences are cut to this many characters in the list. */
const SENTENCE_CHARS = 160;

const unique = (words: string[]) => [...new Set(words.filter(Boolean))];

export function SentenceEntry({ claims, onReveal }: { claims: ClaimSummary[]; onReveal: (claimId: string) => void }) {
  const [first] = claims;
  if (!first) return null;
  const about = unique([...claims.map((c) => c.supplement), ...claims.map((c) => KIND_LABEL[c.kind]), ...claims.map((c) => DIRECTION_LABEL[c.direction])]);
  const sentence = first.sentence.length > SENTENCE_CHARS ? `${first.sentence.slice(0, SENTENCE_CHARS - 1)}…` : first.sentence;
  return (
    <li>
      <button type="button" class="claim" data-claim={first.id} onClick={() => onReveal(first.id)}>
        <span class="claim-meta">{about.join(' · ')}</span>
        <span class="sentence">{t('popup_quotedSentence', sentence)}</span>
        <span class="chips">{claims.map((c) => <ConditionChip key={c.id} claim={c} />)}</span>
      </button>
    </li>
  );
}
