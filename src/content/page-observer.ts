/**
 * Watches the page for text that changes after load (comments arriving, a framework
 * re-rendering, single-page navigation) and for layout changes and scrolling that move the badges.
 */

/** Quiet time after the last text change before the page is read again. */
const TEXT_SETTLE_MS = 400;

/** Calls `onText` with the nodes whose text changed, once the page has been quiet for a moment. */
export function observePage(onText: (changed: Node[]) => void, onLayout: () => void): () => void {
  let textTimer: number | undefined;
  let frame: number | undefined;
  let changed = new Set<Node>();
  const mutations = new MutationObserver((records) => {
    for (const r of records) changed.add(r.target);
    window.clearTimeout(textTimer);
    textTimer = window.setTimeout(() => {
      const batch = [...changed];
      changed = new Set();
      onText(batch);
    }, TEXT_SETTLE_MS);
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
  window.addEventListener('resize', layout);
  // Badges and marks are placed near the visible part of the page only, so scrolling brings new
  // ones in; captured, because a page may scroll its text in a box of its own, not in the window.
  window.addEventListener('scroll', layout, { passive: true, capture: true });
  return () => {
    window.clearTimeout(textTimer);
    if (frame !== undefined) window.cancelAnimationFrame(frame);
    mutations.disconnect();
    resize.disconnect();
    window.removeEventListener('resize', layout);
    window.removeEventListener('scroll', layout, { capture: true });
  };
}
