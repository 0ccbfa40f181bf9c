/**
 * Which supplement mentions carry a badge, and what it says: one badge per supplement per block
 * of text. A badge belongs to the claim its mention's sentence makes, and says that claim's grade
 * and fit. A block whose sentences make several claims about the supplement badges the one that
 * fits the evidence worst (a contradiction is never hidden behind an in-line claim beside it),
 * the first in page order among equals; a block with no claim about it badges its first mention.
 * A badge without a claim, or whose claim has no grade, takes the supplement's grade for the
 * condition the article links it to most; without a claim its fit is `ungraded`, since nothing
 * on that line is said that the evidence could back or contradict. A warning about a medicine
 * (interaction-claims.ts) has no grade to show, so it is not a badge's claim.
 */
import { CLAIM_FITS, fitRank, type ClaimFit } from './claim-fit';
import { isInteraction } from './interaction-claims';
import { firstAtOrAfter } from './sorted-search';
import type { Claim, Grade, Mention, SupplementMention } from './types';

export type GradeOrNone = Grade | 'none';

/** A mention with the number of the block (paragraph, list item, heading) it sits in. */
export type MentionInBlock = { mention: Mention; block: number };

/** `mention` and `claim` are indices into the arrays given to chooseBadges; no `claim` when the sentence makes none. */
export type BadgeChoice = { mention: number; supplementId: string; grade: GradeOrNone; fit: ClaimFit; claim?: number };

/** Ranks a mention's claim for its block's badge: lower is worse fit; a mention without a claim comes last. */
const rankOf = (claim: Claim | undefined) => (claim ? fitRank(claim.fit) : CLAIM_FITS.length);

/** `mentions` in page order; returns the badged mentions, in page order, each with its claim, grade and fit. */
export function chooseBadges(
  mentions: MentionInBlock[],
  claims: Claim[],
  articleGrade: (supplementId: string) => Grade | undefined,
): BadgeChoice[] {
  const claimOf = claimFinder(claims);
  const rankAt = (claim: number | undefined) => rankOf(claim === undefined ? undefined : claims[claim]);
  const best = new Map<string, { mention: number; claim?: number }>();
  mentions.forEach(({ mention: m, block }, index) => {
    if (m.type !== 'supplement') return;
    const key = `${m.id}\u0000${block}`;
    const claim = claimOf(m);
    const held = best.get(key);
    if (!held || rankAt(claim) < rankAt(held.claim)) {
      best.set(key, { mention: index, ...(claim === undefined ? {} : { claim }) });
    }
  });
  return [...best.values()].sort((a, b) => a.mention - b.mention).map(({ mention, claim }) => {
    const supplementId = (mentions[mention]!.mention as SupplementMention).id;
    const made = claim === undefined ? undefined : claims[claim]!;
    return {
      mention, supplementId,
      grade: made?.grade ?? articleGrade(supplementId) ?? 'none',
      fit: made?.fit ?? 'ungraded',
      ...(claim === undefined ? {} : { claim }),
    };
  });
}

/**
 * The index of the claim about the mention's supplement whose sentence holds the mention (the
 * worst-fitting one when the sentence makes several), found by binary search per supplement.
 */
function claimFinder(claims: Claim[]): (m: SupplementMention) => number | undefined {
  const bySupplement = new Map<string, number[]>();
  claims.forEach((claim, index) => {
    if (isInteraction(claim.condition)) return;
    const list = bySupplement.get(claim.supplement.id);
    if (list) list.push(index);
    else bySupplement.set(claim.supplement.id, [index]);
  });
  const startOf = (index: number) => claims[index]!.start;
  for (const list of bySupplement.values()) list.sort((a, b) => startOf(a) - startOf(b) || a - b);
  return (m) => {
    const list = bySupplement.get(m.id) ?? [];
    const after = firstAtOrAfter(list, m.start + 1, startOf); // claims start on whole offsets
    let found: number | undefined;
    for (let i = after - 1; i >= 0 && startOf(list[i]!) === startOf(list[after - 1]!); i--) {
      const index = list[i]!;
      if (claims[index]!.end >= m.end && (found === undefined || rankOf(claims[index]) <= rankOf(claims[found]))) found = index;
    }
    return found;
  };
}
