/**
 * Which supplement mentions carry a badge, and what it says: one badge per supplement per block
 * of text, at its first mention there. Its grade is the grade of the claim that mention's sentence
 * makes, else the supplement's grade for the condition the article links it to most.
 */
import { firstAtOrAfter } from './sorted-search';
import type { Claim, Grade, Mention, SupplementMention } from './types';

export type GradeOrNone = Grade | 'none';

/** A mention with the number of the block (paragraph, list item, heading) it sits in. */
export type MentionInBlock = { mention: Mention; block: number };

export type BadgeChoice = { mention: number; supplementId: string; grade: GradeOrNone };

/** `mentions` in page order; returns the index of each badged mention with its grade. */
export function chooseBadges(
  mentions: MentionInBlock[],
  claims: Claim[],
  articleGrade: (supplementId: string) => Grade | undefined,
): BadgeChoice[] {
  const seen = new Set<string>();
  const badges: BadgeChoice[] = [];
  const gradeOf = claimGradeFinder(claims);
  mentions.forEach(({ mention: m, block }, index) => {
    if (m.type !== 'supplement') return;
    const key = `${m.id}\u0000${block}`;
    if (seen.has(key)) return;
    seen.add(key);
    badges.push({ mention: index, supplementId: m.id, grade: gradeOf(m) ?? articleGrade(m.id) ?? 'none' });
  });
  return badges;
}

/** The grade of a graded claim whose sentence holds the mention, found by binary search per supplement. */
function claimGradeFinder(claims: Claim[]): (m: SupplementMention) => Grade | undefined {
  const bySupplement = new Map<string, Claim[]>();
  for (const claim of claims) {
    if (!claim.grade) continue;
    const list = bySupplement.get(claim.supplement.id);
    if (list) list.push(claim);
    else bySupplement.set(claim.supplement.id, [claim]);
  }
  for (const list of bySupplement.values()) list.sort((a, b) => a.start - b.start);
  return (m) => {
    const list = bySupplement.get(m.id) ?? [];
    const after = firstAtOrAfter(list, m.start + 1, (c) => c.start); // claims start on whole offsets
    for (let i = after - 1; i >= 0 && list[i]!.start === list[after - 1]!.start; i--) if (list[i]!.end >= m.end) return list[i]!.grade;
    return undefined;
  };
}
