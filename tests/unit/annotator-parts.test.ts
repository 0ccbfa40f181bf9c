/** The annotator's parts that run without a browser: badge choice, the annotation set's merge, changed blocks, stale work. */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { chooseBadges } from '../../src/core/choose-badges';
import type { Claim, Mention } from '../../src/core/types';
import { createAnnotationSet, type Found } from '../../src/content/annotation-set';
import { changedBlocks } from '../../src/content/page-blocks';
import { latestWork } from '../../src/shared/latest-work';

const supplement = (start: number, id = 'magnesium'): Mention => ({ type: 'supplement', start, end: start + 9, id, label: id });
const claim = (start: number, end: number, grade?: Claim['grade'], id = 'magnesium', fit: Claim['fit'] = 'in-line'): Claim => ({
  start, end, supplement: { id, label: id }, condition: { id: 'insomnia', label: 'Insomnia' }, kind: 'assertion', direction: 'helps', ...(grade ? { grade } : {}), fit,
});

describe('chooseBadges', () => {
  it('gives one badge per supplement per block, at its first mention there', () => {
    const badges = chooseBadges([
      { mention: supplement(0), block: 0 }, { mention: supplement(20), block: 0 },
      { mention: supplement(40, 'zinc'), block: 0 }, { mention: supplement(60), block: 1 },
    ], [], () => undefined);
    expect(badges.map((b) => [b.mention, b.supplementId])).toEqual([[0, 'magnesium'], [2, 'zinc'], [3, 'magnesium']]);
  });
  it("takes the grade of the claim the mention's sentence makes, else the article's grade, else none", () => {
    const mentions = [{ mention: supplement(0), block: 0 }, { mention: supplement(50), block: 1 }, { mention: supplement(90, 'zinc'), block: 2 }];
    const badges = chooseBadges(mentions, [claim(0, 30, 'against'), claim(45, 80)], (id) => (id === 'magnesium' ? 'limited' : undefined));
    expect(badges.map((b) => b.grade)).toEqual(['against', 'limited', 'none']);
  });
  it("carries the fit of the claim the mention's sentence makes, and which claim it is; ungraded without a claim", () => {
    const mentions = [{ mention: supplement(0), block: 0 }, { mention: supplement(50), block: 1 }];
    const badges = chooseBadges(mentions, [claim(0, 30, 'against', 'magnesium', 'contradicts')], () => 'limited');
    expect(badges).toEqual([
      { mention: 0, supplementId: 'magnesium', grade: 'against', fit: 'contradicts', claim: 0 },
      { mention: 1, supplementId: 'magnesium', grade: 'limited', fit: 'ungraded' },
    ]);
  });
  it("badges the block's claim that fits the evidence worst, the first among equals, over a mention that claims nothing", () => {
    const mentions = [{ mention: supplement(0), block: 0 }, { mention: supplement(20), block: 0 }, { mention: supplement(40), block: 0 }, { mention: supplement(60), block: 0 }];
    const claims = [
      claim(18, 35, 'limited', 'magnesium', 'in-line'), claim(38, 55, 'moderate', 'magnesium', 'in-line'),
      claim(38, 55, 'against', 'magnesium', 'contradicts'), claim(58, 70, 'strong', 'magnesium', 'contradicts'),
    ];
    expect(chooseBadges(mentions, claims, () => undefined)).toEqual([{ mention: 2, supplementId: 'magnesium', grade: 'against', fit: 'contradicts', claim: 2 }]);
    expect(chooseBadges(mentions, claims.slice(0, 2), () => undefined)).toEqual([{ mention: 1, supplementId: 'magnesium', grade: 'limited', fit: 'in-line', claim: 0 }]);
  });
});

/** Ranges stand-ins: a position on the page and whether their node is still there. */
type FakeRange = { at: number; block: string; startContainer: { isConnected: boolean } };
const range = (at: number, block: string) => ({ at, block, startContainer: { isConnected: true } }) as unknown as Range;
const order = { compare: (a: Range, b: Range) => (a as unknown as FakeRange).at - (b as unknown as FakeRange).at, blockOf: (r: Range) => (r as unknown as FakeRange).block };
const found = (...items: Array<[number, string]>): Found => ({
  mentions: items.map(([at, block]) => ({ item: supplement(at), range: range(at, block) })),
  claims: items.map(([at, block]) => ({ item: claim(at, at + 10, 'limited'), range: range(at, block), sentence: `sentence at ${at}` })),
  reports: [],
});

describe('the annotation set', () => {
  it('replaces what lay in changed blocks, keeps the rest with their claim ids, and keeps page order', () => {
    const set = createAnnotationSet(order);
    set.replaceAll(found([10, 'a'], [20, 'b'], [30, 'c']));
    const kept = set.claims.find((c) => c.sentence === 'sentence at 30')!.id;
    set.replaceBlocks((r) => (r as unknown as FakeRange).block === 'b', [found([25, 'b'], [21, 'b'])]);
    expect(set.claims.map((c) => c.sentence)).toEqual(['sentence at 10', 'sentence at 21', 'sentence at 25', 'sentence at 30']);
    expect(set.claims.find((c) => c.sentence === 'sentence at 30')!.id).toBe(kept);
    expect(new Set(set.claims.map((c) => c.id)).size).toBe(4);
    expect(set.claim(kept)?.sentence).toBe('sentence at 30');
    expect(set.badges.map((b) => (b.range as unknown as FakeRange).block)).toEqual(['a', 'b', 'c']);
  });
  it('names a supplement only while it holds a supplement mention', () => {
    const set = createAnnotationSet(order);
    expect(set.namesSupplement()).toBe(false);
    set.replaceAll(found([10, 'a']));
    expect(set.namesSupplement()).toBe(true);
    set.replaceBlocks(() => true, []);
    expect(set.namesSupplement()).toBe(false);
  });
});

describe('changedBlocks', () => {
  const { document } = parseHTML('<html><body><article><p id="a">One <b id="bold">two</b></p><ul><li id="li">three</li></ul></article></body></html>');
  it('finds the outermost block around each changed node', () => {
    const bold = document.getElementById('bold')!;
    const blocks = changedBlocks([bold.firstChild!, document.getElementById('li')!.firstChild!]);
    expect(blocks?.map((b) => b.id)).toEqual(['a', 'li']);
  });
  it('drops a block inside another changed block, and gives up when the change reaches the body', () => {
    expect(changedBlocks([document.getElementById('li')!, document.querySelector('ul')!])?.map((b) => b.localName)).toEqual(['ul']);
    expect(changedBlocks([document.body])).toBeUndefined();
  });
});

describe('latestWork', () => {
  it('makes every earlier piece of work stale when a new one begins or all are cancelled', () => {
    const work = latestWork();
    const first = work.begin();
    const joined = work.join();
    expect(first.current && joined.current).toBe(true);
    const second = work.begin();
    expect([first.current, joined.current, second.current]).toEqual([false, false, true]);
    work.cancel();
    expect(second.current).toBe(false);
  });
});
