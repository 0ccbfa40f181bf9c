/**
 * Everything Evidence Lens draws on a page, in one custom element on <html>, outside the page's own
 * tree, holding a closed shadow root so the page's styles and scripts cannot reach our badges, nor
 * ours the page: the badges (badges.ts) and the card a badge opens, on hover, keyboard focus or
 * click; Escape or a click outside closes it, and a card opened by hover closes when the pointer
 * leaves it. The card's own script is loaded the first time one opens (`loadCard`).
 */
import { checkReport, type UncheckedReport } from '../shared/messages';
import { BADGE_FONT } from './badge-size';
import { badgeButtons, type BadgePlacement } from './badges';
import { cardRenderer, type CardRenderer } from './card-world';
import css from './overlay.css?inline';

/**
 * A fresh tag name on every page load: a page cannot have defined a custom element by this name
 * (to upgrade our host and reach into it), nor style it by name.
 */
export const OVERLAY_TAG = `evidence-lens-${Array.from(crypto.getRandomValues(new Uint8Array(6)), (b) => b.toString(16).padStart(2, '0')).join('')}`;

const CARD_WIDTH = 360;
const HOVER_CLOSE_DELAY_MS = 250;

export type OverlayContent = { badges: BadgePlacement[]; reports: Record<string, UncheckedReport> };

export type OverlayHandle = {
  /**
   * Sets these words out in the badges' font, to be measured later: the browser lays them out in
   * its next frame, so reading their widths then forces no layout of its own.
   */
  prepare(words: string[]): void;
  /** The width of each word in the badges' font (set out now for any word not prepared). */
  measure(words: string[]): (word: string) => number;
  update(content: OverlayContent): void;
  destroy(): void;
};

export function mountOverlay(loadCard: () => Promise<unknown>): OverlayHandle {
  const host = document.createElement(OVERLAY_TAG);
  host.setAttribute('style', 'all: initial; position: absolute; top: 0; left: 0; width: 0; height: 0; z-index: 2147483647; pointer-events: none;');
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = css;
  const layer = document.createElement('div');
  shadow.append(style, layer);
  document.documentElement.append(host);

  let content: OverlayContent = { badges: [], reports: {} };
  let open: string | undefined;
  // A card opened by a click stays until closed; one opened by hover closes when the pointer leaves.
  let pinned = false;
  let closeTimer: number | undefined;
  let frame: HTMLDivElement | undefined;
  let renderCard: CardRenderer | undefined;
  let loading: Promise<void> | undefined;
  const widths = new Map<string, number>();
  const rulers = new Map<string, HTMLSpanElement>();
  const prepare = (words: string[]) => {
    for (const word of words) {
      if (widths.has(word) || rulers.has(word)) continue;
      const ruler = document.createElement('span');
      ruler.className = 'ruler';
      ruler.style.font = BADGE_FONT;
      ruler.textContent = word;
      layer.append(ruler);
      rulers.set(word, ruler);
    }
  };

  const cardId = () => `evidence-lens-card-${open ?? ''}`;
  const cancelClose = () => window.clearTimeout(closeTimer);
  const closeSoon = () => {
    cancelClose();
    if (!pinned) closeTimer = window.setTimeout(() => setOpen(undefined), HOVER_CLOSE_DELAY_MS);
  };
  const close = (refocus: boolean) => {
    cancelClose();
    if (refocus && open) badges.focus(open); // first: the focus it gets would otherwise open the card again
    pinned = false;
    setOpen(undefined);
  };
  const show = (key: string) => {
    cancelClose();
    if (key !== open) pinned = false;
    setOpen(key);
  };
  const badges = badgeButtons(layer, {
    activate: (key) => {
      if (open === key && pinned) return close(false);
      show(key);
      pinned = true;
    },
    show,
    leave: closeSoon,
  });

  /** The open badge's report, checked in full the first time a card shows it; a malformed one opens no card. */
  const fullReport = (report: UncheckedReport | undefined) => {
    try {
      return report && checkReport(report);
    } catch (e) {
      console.warn('Evidence Lens:', e);
      return undefined;
    }
  };

  const onKey = (e: KeyboardEvent) => { if (e.key === 'Escape') close(true); };
  const onPointer = (e: PointerEvent) => { if (!e.composedPath().includes(host)) close(false); };

  /** Brings in the card's script, then draws the card that is open by then, if any. */
  const loadThenDraw = () => {
    loading ??= cardRenderer(loadCard).then((render) => {
      renderCard = render;
      draw();
    }, (e: unknown) => {
      loading = undefined; // the next opening tries again
      console.warn('Evidence Lens: could not open the card.', e);
    });
  };

  /** The card of the open badge, below it and within the window; listening for Escape and outside clicks while it shows. */
  const drawCard = (): boolean => {
    const badge = content.badges.find((b) => b.key === open);
    const report = badge && fullReport(content.reports[badge.supplementId]);
    if (badge && report && !renderCard) loadThenDraw();
    if (!badge || !report || !renderCard) {
      if (!frame) return false;
      renderCard?.(frame, null);
      frame.remove();
      frame = undefined;
      document.removeEventListener('keydown', onKey, true);
      document.removeEventListener('pointerdown', onPointer, true);
      return false;
    }
    if (!frame) {
      frame = document.createElement('div');
      frame.className = 'card-frame';
      frame.addEventListener('mouseenter', cancelClose);
      frame.addEventListener('mouseleave', closeSoon);
      shadow.append(frame);
      document.addEventListener('keydown', onKey, true);
      document.addEventListener('pointerdown', onPointer, true);
    }
    const left = Math.max(window.scrollX + 8, Math.min(badge.left - 24, window.scrollX + document.documentElement.clientWidth - CARD_WIDTH - 8));
    Object.assign(frame.style, { left: `${left}px`, top: `${badge.top + badge.height + 7}px`, width: `${CARD_WIDTH}px` });
    renderCard(frame, { report, ...(badge.claim ? { claim: badge.claim } : {}), id: cardId(), onClose: () => close(true) });
    return true;
  };

  const draw = () => {
    const shown = drawCard();
    badges.draw(content.badges, shown ? open : undefined, cardId());
  };
  function setOpen(key: string | undefined) {
    if (key === open) return;
    open = key;
    draw();
  }

  return {
    prepare,
    measure(words) {
      prepare(words);
      for (const [word, ruler] of rulers) widths.set(word, ruler.getBoundingClientRect().width);
      for (const ruler of rulers.values()) ruler.remove();
      rulers.clear();
      return (word) => widths.get(word) ?? 0;
    },
    update(next) {
      content = next;
      draw();
    },
    destroy() {
      open = undefined;
      drawCard();
      cancelClose();
      host.remove();
    },
  };
}
