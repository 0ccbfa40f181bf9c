/**
 * Annotates the page: reads its text, asks the background to analyse it, then marks mentions,
 * places badges and keeps the claims for the popup. Text that changes later (comments arriving,
 * a framework re-rendering a paragraph) is re-read block by block, not the whole page again.
 * `clear` undoes all of it exactly.
 */
import browser from 'webextension-polyfill';
import { mayBeAboutHealth } from '../core/health-cues';
import { firstAtOrAfter } from '../core/sorted-search';
import type { Claim, Mention, SupplementMention } from '../core/types';
import type { SupplementReport } from '../core/supplement-report';
import { isBlock, isExcluded } from '../dom/page-chrome';
import { buildTextMap, buildTextMapInSlices, locate, type TextMap } from '../dom/text-map';
import { MAX_ANALYZED_CHARS, type AnalyzeReply, type ContentToBackgroundMessage, type PageState } from '../shared/messages';
import type { BadgePlacement } from './components/Overlay';
import { clearHighlights, setHighlight } from './highlights';
import { mountOverlay, OVERLAY_TAG, type OverlayHandle } from './overlay';
import type { GradeOrNone } from './grades';

/** Badges sit a little above the line, like a superscript, so they cover as little text as possible. */
const BADGE_RISE_PX = 9;
const FLASH_MS = 2500;
/** Changed text is analysed after this much of the page's opening text, for its definitions and topic. */
const CONTEXT_CHARS = 4000;
/** When this many separate blocks change at once, reading the whole page again is simpler and as fast. */
const MAX_CHANGED_BLOCKS = 40;
/** Badges are placed only this many screen heights above and below the visible part of the page. */
const BADGE_MARGIN_SCREENS = 2;
/**
 * Marks are registered only this many screen heights around the visible part, and chosen again
 * once the page has scrolled a screen: the browser pre-paints every registered mark when they
 * change, which for the 5,000 marks of a 100,000-word page took one 30-40 ms frame.
 */
const MARK_MARGIN_SCREENS = 3;

/** Lets the page run (input, rendering) between two pieces of our work. */
const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

type Placed<T> = { item: T; range: Range };
type Badge = { key: string; supplementId: string; grade: GradeOrNone; range: Range };

type Shown = {
  mentions: Placed<Mention>[];
  claims: Array<Placed<Claim> & { sentence: string }>;
  reports: Record<string, SupplementReport>;
  badges: Badge[];
  /** The opening of the page's text, the context for later changes. */
  context: string;
};

export type Annotator = {
  refresh(): Promise<void>;
  /** Re-reads only the blocks around these changed nodes (or the whole page when that is simpler). */
  update(changed: Node[]): Promise<void>;
  reposition(): void;
  clear(): void;
  pageState(site: string): PageState;
  reveal(index: number): boolean;
};

const send = (message: ContentToBackgroundMessage) => browser.runtime.sendMessage(message);

const isHidden = (el: Element) =>
  typeof el.checkVisibility === 'function' ? !el.checkVisibility({ visibilityProperty: true } as CheckVisibilityOptions) : false;

const toRange = (map: TextMap, start: number, end: number): Range | undefined => {
  const a = locate(map, start);
  const b = locate(map, end, true);
  if (!a || !b || !a.node.isConnected || !b.node.isConnected) return undefined;
  const range = document.createRange();
  range.setStart(a.node, a.offset);
  range.setEnd(b.node, b.offset);
  return range;
};

const placeAll = <T extends { start: number; end: number }>(map: TextMap, items: T[], offset = 0): Placed<T>[] =>
  items.flatMap((item) => {
    const range = toRange(map, item.start - offset, item.end - offset);
    return range ? [{ item, range }] : [];
  });

export function createAnnotator(): Annotator {
  let shown: Shown | undefined;
  let overlay: OverlayHandle | undefined;
  let generation = 0;
  let flashTimer: number | undefined;
  let badgeKeys = 0;

  /** Where the badges near the visible part of the page go; a long page has thousands, far away. */
  const placements = (): BadgePlacement[] =>
    nearScreen(shown?.badges ?? [], BADGE_MARGIN_SCREENS).flatMap((b) => {
      const rects = b.range.getClientRects();
      const rect = rects[rects.length - 1]; // the badge follows the mention's last line
      if (!rect || (rect.width === 0 && rect.height === 0) || !endInSight(b.range, rect)) return [];
      return [{ key: b.key, supplementId: b.supplementId, grade: b.grade, left: rect.right + window.scrollX + 2, top: rect.top + window.scrollY - BADGE_RISE_PX }];
    });

  /** Conditions are marked, and claims counted, only on a page that names a supplement: they are context for its claims. */
  const namesSupplement = () => !!shown?.mentions.some((m) => m.item.type === 'supplement');

  /**
   * The first registered mark and where it was on screen then. How far it has moved says how far
   * the text has scrolled, in the window or in any scrolling box that holds it.
   */
  let markedFrom: { range: Range; top: number } | undefined;
  /** Registers the marks near the visible part: again when asked, or once the text has scrolled a screen. */
  const markNearScreen = (again: boolean) => {
    if (!again && markedFrom && Math.abs(markedFrom.range.getBoundingClientRect().top - markedFrom.top) < window.innerHeight) return;
    markedFrom = undefined;
    if (!shown || !namesSupplement()) return clearHighlights();
    const near = nearScreen(shown.mentions, MARK_MARGIN_SCREENS);
    const first = near[0] ?? shown.mentions[0];
    if (first) markedFrom = { range: first.range, top: first.range.getBoundingClientRect().top };
    setHighlight('evidence-lens-supplement', near.filter((m) => m.item.type === 'supplement').map((m) => m.range));
    setHighlight('evidence-lens-condition', near.filter((m) => m.item.type === 'condition').map((m) => m.range));
  };

  const draw = () => {
    if (!shown?.badges.length) {
      overlay?.destroy(); // nothing to show: no overlay element on the page at all
      overlay = undefined;
      return;
    }
    overlay ??= mountOverlay();
    overlay.update({ badges: placements(), reports: shown.reports });
  };

  /** Paints what `shown` holds: marks, badges and the toolbar count. */
  const paint = async () => {
    markNearScreen(true);
    draw();
    await send({ type: 'claimCount', count: namesSupplement() ? (shown?.claims.length ?? 0) : 0 });
  };

  const clear = () => {
    generation++;
    window.clearTimeout(flashTimer);
    markedFrom = undefined;
    clearHighlights();
    overlay?.destroy();
    overlay = undefined;
    shown = undefined;
  };

  /** Analyses `text` (after `context`, which only informs) and places the results through `map`. */
  const analyse = async (map: TextMap, context = '') => {
    if (!mayBeAboutHealth(context + map.text)) return undefined; // most pages: one text walk, no analysis
    const prefix = context ? `${context}\n` : '';
    const text = (prefix + map.text).slice(0, MAX_ANALYZED_CHARS);
    const reply = (await send({ type: 'analyze', text, ...(prefix ? { contextLength: prefix.length } : {}) })) as AnalyzeReply | undefined;
    if (!reply?.ok) {
      console.warn('Evidence Lens: the page could not be analysed.', reply?.error);
      return undefined;
    }
    const { mentions, claims } = reply.analysis;
    return {
      mentions: placeAll(map, mentions, prefix.length),
      claims: placeAll(map, claims, prefix.length).map((c) => ({ ...c, sentence: text.slice(c.item.start, c.item.end) })),
      reports: reply.reports,
    };
  };

  const refresh = async () => {
    const mine = ++generation;
    const map = await buildTextMapInSlices(document.body, { isHidden });
    if (mine !== generation) return; // a newer refresh or a clear overtook this one
    const found = await analyse(map);
    if (mine !== generation) return;
    await pause();
    if (mine !== generation) return;
    shown = { mentions: [], claims: [], reports: {}, badges: [], context: map.text.slice(0, CONTEXT_CHARS) };
    if (found) {
      shown.mentions = found.mentions;
      shown.claims = found.claims;
      shown.reports = Object.fromEntries(found.reports.map((r) => [r.id, r]));
      shown.badges = chooseBadges(found.mentions, found.claims, shown.reports, () => `b${badgeKeys++}`);
      await pause(); // a long page's badges and its marks are two pieces of work, not one long task
      if (mine !== generation) return;
    }
    await paint();
  };

  const update = async (changed: Node[]) => {
    const blocks = changedBlocks(changed);
    if (!shown || !blocks || blocks.length > MAX_CHANGED_BLOCKS) return refresh();
    const mine = generation;
    const inChanged = (range: Range) => !range.startContainer.isConnected || blocks.some((b) => b.contains(range.startContainer));
    const results = [];
    for (const block of blocks) {
      if (!block.isConnected || outsideArticle(block)) continue;
      results.push(await analyse(buildTextMap(block, { isHidden }), shown.context));
      if (mine !== generation) return;
    }
    shown.mentions = shown.mentions.filter((m) => !inChanged(m.range));
    shown.claims = shown.claims.filter((c) => !inChanged(c.range));
    shown.badges = shown.badges.filter((b) => !inChanged(b.range));
    for (const found of results) {
      if (!found) continue;
      for (const r of found.reports) shown.reports[r.id] ??= r;
      shown.mentions.push(...found.mentions);
      shown.claims.push(...found.claims);
      shown.badges.push(...chooseBadges(found.mentions, found.claims, shown.reports, () => `b${badgeKeys++}`));
    }
    const inPageOrder = (a: { range: Range }, b: { range: Range }) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range);
    shown.mentions.sort(inPageOrder);
    shown.claims.sort(inPageOrder);
    shown.badges.sort(inPageOrder);
    await paint();
  };

  return {
    refresh,
    update,
    reposition: () => {
      markNearScreen(false);
      draw();
    },
    clear,
    pageState: (site) => ({
      site,
      mentionCount: shown?.mentions.length ?? 0,
      claims: (shown?.claims ?? []).map(({ item: c, sentence }, index) => ({
        index, supplement: c.supplement.label, condition: c.condition.label, kind: c.kind, direction: c.direction,
        ...(c.grade ? { grade: c.grade } : {}), ...(c.population ? { population: c.population } : {}),
        ...(c.knownHarm ? { knownHarm: c.knownHarm } : {}), sentence,
      })),
    }),
    reveal: (index) => {
      const range = shown?.claims[index]?.range;
      if (!range || !range.startContainer.isConnected) return false;
      const rect = range.getBoundingClientRect();
      window.scrollTo({ top: rect.top + window.scrollY - window.innerHeight / 3, behavior: 'smooth' });
      setHighlight('evidence-lens-flash', [range]);
      window.clearTimeout(flashTimer);
      flashTimer = window.setTimeout(() => setHighlight('evidence-lens-flash', []), FLASH_MS);
      return true;
    },
  };
}

/**
 * The items within `margin` screen heights of the visible part of the page. Items are in page
 * order, which is top-to-bottom order for article text, so the first is found by binary search.
 */
function nearScreen<T extends { range: Range }>(items: T[], margin: number): T[] {
  const top = -margin * window.innerHeight;
  const bottom = (1 + margin) * window.innerHeight;
  const near: T[] = [];
  for (let i = firstAtOrAfter(items, top, (item) => item.range.getBoundingClientRect().bottom); i < items.length; i++) {
    const rect = items[i]!.range.getBoundingClientRect();
    if (rect.top > bottom && (rect.width || rect.height)) break; // an empty rect is hidden text, not the end
    near.push(items[i]!);
  }
  return near;
}

/**
 * Whether the end of a mention on screen can be seen, so its badge may sit there: not scrolled out
 * of a box of its own, nor under a sticky header or a banner (a badge there would cover the
 * page's own controls and take their clicks). Off screen it counts as seen: scrolling there
 * places the badges again, and checks again.
 */
function endInSight(range: Range, rect: DOMRect): boolean {
  const x = rect.right - 1;
  const y = rect.top + rect.height / 2;
  if (x < 0 || y < 0 || x >= window.innerWidth || y >= window.innerHeight) return true;
  const holder = range.endContainer.parentElement;
  if (!holder) return false;
  const root = holder.getRootNode() as Document | ShadowRoot; // text in an open shadow root is hit-tested there
  const hit = (typeof root.elementFromPoint === 'function' ? root : document).elementFromPoint(x, y);
  return !!hit && (holder === hit || holder.contains(hit) || hit.localName === OVERLAY_TAG); // our own badge or card may sit on it
}

/** The outermost blocks holding the changed nodes; undefined when the change reaches the body itself. */
function changedBlocks(changed: Node[]): Element[] | undefined {
  const blocks = new Set<Element>();
  for (const node of changed) {
    let el: Element | null = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
    while (el && el !== document.body && !isBlock(el)) el = el.parentElement;
    if (!el || el === document.body || el === document.documentElement) return undefined;
    blocks.add(el);
  }
  return [...blocks].filter((b) => ![...blocks].some((other) => other !== b && other.contains(b)));
}

/** True when the block sits in page furniture or hidden content, which is never annotated. */
function outsideArticle(block: Element): boolean {
  for (let el: Element | null = block; el && el !== document.body; el = el.parentElement) if (isExcluded(el) || isHidden(el)) return true;
  return false;
}

/**
 * One badge per supplement per block, at its first mention there. Its grade is the grade of the
 * claim that mention's sentence makes, else the supplement's grade for the condition the article
 * links it to most.
 */
function chooseBadges(
  mentions: Placed<Mention>[],
  claims: Placed<Claim>[],
  reports: Record<string, SupplementReport>,
  nextKey: () => string,
): Badge[] {
  const seen = new Set<string>();
  const badges: Badge[] = [];
  const blockIds = new Map<Element, number>();
  const gradeOf = claimGradeFinder(claims);
  for (const { item: m, range } of mentions) {
    if (m.type !== 'supplement') continue;
    const block = blockOf(range.startContainer);
    if (!blockIds.has(block)) blockIds.set(block, blockIds.size);
    const key = `${m.id}-${blockIds.get(block)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const grade = gradeOf(m) ?? reports[m.id]?.evidence.find((e) => e.grade)?.grade ?? 'none';
    badges.push({ key: nextKey(), supplementId: m.id, grade, range });
  }
  return badges;
}

function blockOf(node: Node): Element {
  let el = node.parentElement;
  while (el && !isBlock(el)) el = el.parentElement;
  return el ?? document.body;
}

/** The grade of a graded claim whose sentence holds the mention, found by binary search per supplement. */
function claimGradeFinder(claims: Placed<Claim>[]): (m: SupplementMention) => GradeOrNone | undefined {
  const bySupplement = new Map<string, Claim[]>();
  for (const { item } of claims) {
    if (!item.grade) continue;
    const list = bySupplement.get(item.supplement.id);
    if (list) list.push(item);
    else bySupplement.set(item.supplement.id, [item]);
  }
  for (const list of bySupplement.values()) list.sort((a, b) => a.start - b.start);
  return (m) => {
    const list = bySupplement.get(m.id) ?? [];
    const after = firstAtOrAfter(list, m.start + 1, (c) => c.start); // claims start on whole offsets
    for (let i = after - 1; i >= 0 && list[i]!.start === list[after - 1]!.start; i--) if (list[i]!.end >= m.end) return list[i]!.grade;
    return undefined;
  };
}
