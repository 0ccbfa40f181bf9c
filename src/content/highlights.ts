/**
 * Marks on the page's text through the CSS Custom Highlight API: named ranges, so no page node is
 * wrapped, split or added. Their look comes from the sheet the background injects with the
 * annotator (shared/highlight-style.ts). Clearing removes the highlights and leaves the page exactly as it was.
 */
const HIGHLIGHTS = ['evidence-lens-supplement', 'evidence-lens-condition', 'evidence-lens-drug', 'evidence-lens-flash'] as const;
type HighlightName = (typeof HIGHLIGHTS)[number];

function highlightsSupported(): boolean {
  return typeof Highlight === 'function' && typeof CSS !== 'undefined' && 'highlights' in CSS;
}

export function setHighlight(name: HighlightName, ranges: Range[]): void {
  if (!highlightsSupported()) return;
  if (ranges.length) CSS.highlights.set(name, new Highlight(...ranges));
  else CSS.highlights.delete(name);
}

export function clearHighlights(): void {
  if (highlightsSupported()) for (const name of HIGHLIGHTS) CSS.highlights.delete(name);
}
