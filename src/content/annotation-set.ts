/**
 * What the annotator shows on a page: mentions, claims and badges, each with its Range, and the
 * tooltips' reports. A change to some blocks replaces what lay in them and keeps the rest, so
 * claims keep their ids while comments arrive or a framework re-renders a paragraph elsewhere.
 */
import { chooseBadges, type GradeOrNone } from '../core/choose-badges';
import type { ClaimFit } from '../core/claim-fit';
import type { Claim, Mention } from '../core/types';
import type { UncheckedReport } from '../shared/messages';
import type { Placed } from './ranges';

export type ShownClaim = Placed<Claim> & { id: string; sentence: string };
/** `claim`: the claim the badge belongs to, when its sentence makes one (core/choose-badges.ts). */
export type Badge = { key: string; supplementId: string; grade: GradeOrNone; fit: ClaimFit; claim?: Claim; range: Range };

/** What one analysis found, placed on the page. */
export type Found = { mentions: Placed<Mention>[]; claims: Array<Placed<Claim> & { sentence: string }>; reports: UncheckedReport[] };

export type PageOrder = {
  /** Negative when `a` starts before `b` on the page. */
  compare(a: Range, b: Range): number;
  /** The block a range starts in (a paragraph, a list item), for one badge per supplement per block. */
  blockOf(range: Range): unknown;
};

export type AnnotationSet = ReturnType<typeof createAnnotationSet>;

export function createAnnotationSet(order: PageOrder) {
  let mentions: Placed<Mention>[] = [];
  let claims: ShownClaim[] = [];
  let badges: Badge[] = [];
  const reports: Record<string, UncheckedReport> = {};
  let ids = 0;

  const withIds = (found: Found['claims']): ShownClaim[] => found.map((c) => ({ ...c, id: `c${++ids}` }));

  const badgesFor = (placed: Placed<Mention>[], found: Found['claims']): Badge[] => {
    const blocks = new Map<unknown, number>();
    const inBlocks = placed.map(({ item, range }) => {
      const block = order.blockOf(range);
      if (!blocks.has(block)) blocks.set(block, blocks.size);
      return { mention: item, block: blocks.get(block)! };
    });
    const articleGrade = (id: string) => reports[id]?.evidence.find((e) => e.grade)?.grade;
    return chooseBadges(inBlocks, found.map((c) => c.item), articleGrade)
      .map((b) => ({
        key: `b${++ids}`, supplementId: b.supplementId, grade: b.grade, fit: b.fit,
        ...(b.claim === undefined ? {} : { claim: found[b.claim]!.item }), range: placed[b.mention]!.range,
      }));
  };

  const addReports = (found: Found) => {
    for (const r of found.reports) reports[r.id] ??= r;
  };

  return {
    get mentions() { return mentions; },
    get claims() { return claims; },
    get badges() { return badges; },
    get reports() { return reports; },
    /** Shows what a read of the whole page found, in place of everything before. */
    replaceAll(found: Found) {
      for (const id of Object.keys(reports)) delete reports[id];
      addReports(found);
      mentions = found.mentions;
      claims = withIds(found.claims);
      badges = badgesFor(found.mentions, found.claims);
    },
    /** Drops what lay in the changed blocks (`changed` says which ranges did) and adds what was found in them. */
    replaceBlocks(changed: (range: Range) => boolean, found: Found[]) {
      mentions = mentions.filter((m) => !changed(m.range));
      claims = claims.filter((c) => !changed(c.range));
      badges = badges.filter((b) => !changed(b.range));
      for (const f of found) {
        addReports(f);
        mentions.push(...f.mentions);
        claims.push(...withIds(f.claims));
        badges.push(...badgesFor(f.mentions, f.claims));
      }
      const inPageOrder = (a: { range: Range }, b: { range: Range }) => order.compare(a.range, b.range);
      mentions.sort(inPageOrder);
      claims.sort(inPageOrder);
      badges.sort(inPageOrder);
    },
    claim: (id: string) => claims.find((c) => c.id === id),
    /** Conditions are marked, and claims counted, only on a page that names a supplement: they are context for its claims. */
    namesSupplement: () => mentions.some((m) => m.item.type === 'supplement'),
  };
}
