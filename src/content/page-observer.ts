/**
 * Watches the page for text that changes after load (comments arriving, a framework
 * re-rendering, single-page navigation) and for layout changes and scrolling that move the badges,
 * until `signal` aborts.
 */

/** Quiet time after the last text change before the page is read again. */
export const TEXT_SETTLE_MS = 400;
/** A page whose text never stops changing (a ticker, a live feed) is still read at least this often. */
export const TEXT_MAX_WAIT_MS = 2000;

/** Calls `onText` with the nodes whose text changed, once the page has been quiet for a moment. */
export function observePage(onText: (changed: Node[]) => void, onLayout: () => void, signal: AbortSignal): void {
  let settleTimer: number | undefined;
  let firstChangeAt: number | undefined;
  let frame: number | undefined;
  let changed = new Set<Node>();
  const deliver = () => {
    window.clearTimeout(settleTimer);
    firstChangeAt = undefined;
    const batch = [...changed];
    changed = new Set();
    onText(batch);
  };
  const mutations = new MutationObserver((records) => {
    for (const r of records) changed.add(r.target);
    firstChangeAt ??= performance.now();
    window.clearTimeout(settleTimer);
    const waited = performance.now() - firstChangeAt;
    settleTimer = window.setTimeout(deliver, Math.max(0, Math.min(TEXT_SETTLE_MS, TEXT_MAX_WAIT_MS - waited)));
  });
  mutations.observe(document.body, { childList: true, subtree: true, characterData: true });
  const layout = () => {
    if (frame !== undefined) return;
    frame = window.requestAnimationFrame(() => {
      frame = undefined;
      onLayout();
    });
  };
  const resize = new ResizeObserver(layout);
  resize.observe(document.body);
  window.addEventListener('resize', layout, { signal });
  // Badges and marks are placed near the visible part of the page only, so scrolling brings new
  // ones in; captured, because a page may scroll its text in a box of its own, not in the window.
  window.addEventListener('scroll', layout, { passive: true, capture: true, signal });
  signal.addEventListener('abort', () => {
    window.clearTimeout(settleTimer);
    if (frame !== undefined) window.cancelAnimationFrame(frame);
    mutations.disconnect();
    resize.disconnect();
  }, { once: true });
}
