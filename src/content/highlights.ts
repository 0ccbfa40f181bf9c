/**
 * Marks on the page's text through the CSS Custom Highlight API: ranges styled from one
 * adopted style sheet, so no page node is wrapped, split or added. Clearing removes the
 * highlights and the sheet and leaves the page exactly as it was.
 */
const STYLE = `
::highlight(evidence-lens-supplement) { background-color: rgba(31, 100, 163, 0.10); text-decoration: underline 2px rgba(31, 100, 163, 0.85); text-underline-offset: 3px; }
::highlight(evidence-lens-condition) { text-decoration: underline dotted 1.5px rgba(95, 99, 110, 0.9); text-underline-offset: 3px; }
::highlight(evidence-lens-flash) { background-color: #ffe58a; color: #111; }
`;

export const HIGHLIGHTS = ['evidence-lens-supplement', 'evidence-lens-condition', 'evidence-lens-flash'] as const;
export type HighlightName = (typeof HIGHLIGHTS)[number];

let sheet: CSSStyleSheet | undefined;

export function highlightsSupported(): boolean {
  return typeof Highlight === 'function' && typeof CSS !== 'undefined' && 'highlights' in CSS;
}

export function setHighlight(name: HighlightName, ranges: Range[]): void {
  if (!highlightsSupported()) return;
  installStyle();
  if (ranges.length) CSS.highlights.set(name, new Highlight(...ranges));
  else CSS.highlights.delete(name);
}

export function clearHighlights(): void {
  if (highlightsSupported()) for (const name of HIGHLIGHTS) CSS.highlights.delete(name);
  if (sheet) {
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    sheet = undefined;
  }
}

function installStyle() {
  if (sheet) return;
  sheet = new CSSStyleSheet();
  sheet.replaceSync(STYLE);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}
