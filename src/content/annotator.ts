/**
 * Annotates the page while it is switched on: reads its text, has the background analyse it, marks
 * mentions near the screen, draws badges and keeps the claims for the popup. Text that changes
 * later is re-read block by block. Everything it adds goes when its `signal` aborts.
 */
import { articleVerdict } from '../core/article-verdict';
import { mayBeAboutHealth } from '../core/health-cues';
import { buildTextMap, buildTextMapInSlices, type TextMap } from '../dom/text-map';
import { checkReport, MAX_ANALYZED_CHARS, type AnalyzeReply, type PageState } from '../shared/messages';
import { latestWork, type WorkToken } from '../shared/latest-work';
import { GRADE_LABEL } from '../shared/words';
import { createAnnotationSet, type Found } from './annotation-set';
import { badgeRoom } from './badge-room';
import { chooseSpot } from './badge-placement';
import { badgeSizes } from './badge-size';
import type { BadgePlacement } from './badges';
import { clearHighlights, setHighlight } from './highlights';
import { mountOverlay, type OverlayHandle } from './overlay';
import { blockOf, changedBlocks, isHidden, outsideArticle } from './page-blocks';
import { placeAll } from './ranges';
import { endInSight, nearScreen, scrollTracker } from './viewport';

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
export const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** How the annotator reaches the background. */
export type Transport = {
  analyze(text: string, contextLength?: number): Promise<AnalyzeReply>;
  pageChanged(claimCount: number): Promise<unknown>;
  /** Brings the card's script into the page (the first card opened). */
  loadCard(): Promise<unknown>;
};

export type Annotator = {
  refresh(): Promise<void>;
  /** Re-reads only the blocks around these changed nodes (or the whole page when that is simpler). */
  update(changed: Node[]): Promise<void>;
  reposition(): void;
  pageState(site: string): PageState;
  reveal(claimId: string): boolean;
};

const inPageOrder = { compare: (a: Range, b: Range) => a.compareBoundaryPoints(Range.START_TO_START, b), blockOf: (r: Range) => blockOf(r.startContainer) };

export function createAnnotator(transport: Transport, signal: AbortSignal): Annotator {
  let shown = createAnnotationSet(inPageOrder);
  /** False until a read of the whole page has been shown: changes before that need the whole page read. */
  let ready = false;
  let context = '';
  let overlay: OverlayHandle | undefined;
  let flashTimer: number | undefined;
  const work = latestWork();
  const scrolled = scrollTracker();

  signal.addEventListener('abort', () => {
    work.cancel();
    window.clearTimeout(flashTimer);
    clearHighlights();
    overlay?.destroy();
    overlay = undefined;
  }, { once: true });

  /** The overlay, mounted the first time something needs it. */
  const overlayOnPage = () => (overlay ??= mountOverlay(transport.loadCard));

  /**
   * The room beside each badge near the visible part of the page (a long page has thousands, far
   * away), read before the overlay changes: a pass of reads costs one layout, not one a badge.
   */
  const roomsNearScreen = () => {
    const room = badgeRoom();
    return nearScreen(shown.badges, BADGE_MARGIN_SCREENS).flatMap((badge) => {
      const rects = badge.range.getClientRects();
      const rect = rects[rects.length - 1]; // the badge follows the mention's last line
      if (!rect || (rect.width === 0 && rect.height === 0) || !endInSight(badge.range, rect)) return [];
      return [{ badge, around: room.around(badge.range, rect) }];
    });
  };

  /** Where those badges go, covering no text, with their grade words measured in the overlay. */
  const place = (rooms: ReturnType<typeof roomsNearScreen>, overlay: OverlayHandle): BadgePlacement[] => {
    const words = rooms.map(({ badge }) => GRADE_LABEL[badge.grade]);
    const width = overlay.measure(words);
    return rooms.map(({ badge: { range: _, ...b }, around }, i) => {
      const report = shown.reports[b.supplementId];
      const forYou = (report?.forYou.length ?? 0) > 0;
      const sizes = badgeSizes(width(words[i]!), forYou);
      const spot = chooseSpot({ ...around, sizes });
      return { ...b, label: report?.label ?? b.supplementId, forYou, shape: spot.shape, left: spot.left + window.scrollX, top: spot.top + window.scrollY, ...sizes[spot.shape] };
    });
  };

  /** Registers the marks near the visible part: again when asked, or once the text has scrolled a screen. */
  const markNearScreen = (again: boolean) => {
    if (!again && !scrolled.movedAScreen()) return;
    if (!shown.namesSupplement()) {
      scrolled.reset(undefined);
      return clearHighlights();
    }
    const near = nearScreen(shown.mentions, MARK_MARGIN_SCREENS);
    scrolled.reset((near[0] ?? shown.mentions[0])?.range);
    setHighlight('evidence-lens-supplement', near.filter((m) => m.item.type === 'supplement').map((m) => m.range));
    setHighlight('evidence-lens-condition', near.filter((m) => m.item.type === 'condition').map((m) => m.range));
    setHighlight('evidence-lens-drug', near.filter((m) => m.item.type === 'drug').map((m) => m.range));
  };

  const draw = () => {
    if (!shown.badges.length) {
      overlay?.destroy(); // nothing to show: no overlay element on the page at all
      overlay = undefined;
      return;
    }
    const rooms = roomsNearScreen();
    const mounted = overlayOnPage();
    mounted.update({ badges: place(rooms, mounted), reports: shown.reports });
  };

  /** Paints what is shown: marks, badges and the toolbar count. */
  const paint = async (token: WorkToken) => {
    if (!token.current || signal.aborted) return;
    markNearScreen(true);
    draw();
    await transport.pageChanged(shown.namesSupplement() ? shown.claims.length : 0);
  };

  /**
   * Analyses `map`'s text (after `opening`, which only informs) and places the results on the page.
   * `precheck: false` skips the test for health words, which the sentinel has just passed.
   */
  const analyse = async (map: TextMap, opening = '', precheck = true): Promise<Found | undefined> => {
    if (precheck && !mayBeAboutHealth(opening + map.text)) return undefined; // most pages: one text walk, no analysis
    const prefix = opening ? `${opening}\n` : '';
    const text = (prefix + map.text).slice(0, MAX_ANALYZED_CHARS);
    const reply = await transport.analyze(text, prefix ? prefix.length : undefined);
    if (!reply.ok) {
      console.warn('Evidence Lens: the page could not be analysed.', reply.error);
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
    const token = work.begin();
    const map = await buildTextMapInSlices(document.body, { isHidden });
    if (!token.current) return; // a newer refresh, or the switch-off, overtook this one
    // While the background analyses: the overlay, its grade words set out to be measured after the browser's next frame.
    overlayOnPage().prepare(Object.values(GRADE_LABEL));
    const found = await analyse(map, '', ready);
    if (!token.current) return;
    await pause();
    if (!token.current) return;
    shown = createAnnotationSet(inPageOrder);
    context = map.text.slice(0, CONTEXT_CHARS);
    if (found) {
      shown.replaceAll(found);
      await pause(); // a long page's badges and its marks are two pieces of work, not one long task
    }
    ready = token.current;
    await paint(token);
  };

  const update = async (changed: Node[]) => {
    const blocks = changedBlocks(changed);
    if (!ready || !blocks || blocks.length > MAX_CHANGED_BLOCKS) return refresh();
    const token = work.join();
    const results: Found[] = [];
    for (const block of blocks) {
      if (!block.isConnected || outsideArticle(block)) continue;
      const found = await analyse(buildTextMap(block, { isHidden }), context);
      if (!token.current) return;
      if (found) results.push(found);
    }
    shown.replaceBlocks((range) => !range.startContainer.isConnected || blocks.some((b) => b.contains(range.startContainer)), results);
    await paint(token);
  };

  return {
    refresh,
    update,
    reposition: () => {
      if (signal.aborted || !ready) return; // before the first read is shown there is nothing to move
      markNearScreen(false);
      draw();
    },
    pageState: (site) => {
      const reports = Object.values(shown.reports).map(checkReport); // a malformed report fails the request: the popup says so
      // Claims are in page order, so the claims of one sentence are neighbours placed on the same range.
      const sameSentence = (a: Range, b: Range) => a.startContainer === b.startContainer && a.startOffset === b.startOffset && a.endContainer === b.endContainer && a.endOffset === b.endOffset;
      let sentences = 0;
      const sentenceIndexes = shown.claims.map((c, i) => (i > 0 && sameSentence(shown.claims[i - 1]!.range, c.range) ? sentences - 1 : sentences++));
      return {
        site,
        mentionCount: shown.mentions.length,
        risks: reports.flatMap((r) => r.forYou.map((x) => ({
          supplement: r.label, severity: x.severity,
          ...(x.kind === 'medicine' ? { meets: x.medicine.label, from: x.from } : { meets: x.situation.label, from: 'situation' as const }),
        }))),
        claims: shown.claims.map(({ id, item: c, sentence }, i) => ({
          id, supplement: c.supplement.label, condition: c.condition.label, conditionId: c.condition.id, kind: c.kind, direction: c.direction,
          ...(c.grade ? { grade: c.grade } : {}), ...(c.population ? { population: c.population } : {}),
          ...(c.knownHarm ? { knownHarm: c.knownHarm } : {}), fit: c.fit, sentence, sentenceIndex: sentenceIndexes[i]!,
        })),
        verdict: articleVerdict(shown.claims.map((c) => c.item), reports),
      };
    },
    reveal: (claimId) => {
      const range = shown.claim(claimId)?.range;
      if (!range || !range.startContainer.isConnected || signal.aborted) return false;
      const rect = range.getBoundingClientRect();
      window.scrollTo({ top: rect.top + window.scrollY - window.innerHeight / 3, behavior: window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 'instant' : 'smooth' });
      setHighlight('evidence-lens-flash', [range]);
      window.clearTimeout(flashTimer);
      flashTimer = window.setTimeout(() => setHighlight('evidence-lens-flash', []), FLASH_MS);
      return true;
    },
  };
}
