/**
 * How the annotator's text highlights look. The background injects this sheet with the annotator
 * (`scripting.insertCSS`): a sheet the page can neither see nor remove, which needs no DOM change,
 * and which Firefox allows where a content script may not touch `document.adoptedStyleSheets`
 * (Firefox 140 refuses it across the content script's Xray wrapper). With no highlight registered
 * it styles nothing, so switching off only has to drop the highlights.
 */
export const HIGHLIGHT_STYLE = `
::highlight(evidence-lens-supplement) { background-color: rgba(31, 100, 163, 0.10); text-decoration: underline 2px rgba(31, 100, 163, 0.85); text-underline-offset: 3px; }
::highlight(evidence-lens-condition) { text-decoration: underline dotted 1.5px rgba(95, 99, 110, 0.9); text-underline-offset: 3px; }
::highlight(evidence-lens-drug) { text-decoration: underline dashed 1px rgba(95, 99, 110, 0.7); text-underline-offset: 3px; }
::highlight(evidence-lens-flash) { background-color: #ffe58a; color: #111; }
`;
