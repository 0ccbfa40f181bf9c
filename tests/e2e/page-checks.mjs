// Functions that run inside the page under test, shared by the Chromium and Firefox suites
// (playwright's and puppeteer's page.evaluate and init scripts both take them as they are).
import { assert, waitFor } from './harness.mjs';

/** Init script: records the page's DOM before the extension touches it, to prove switching off restores it. */
export const snapshotBeforeExtension = () => {
  document.addEventListener('DOMContentLoaded', () => {
    const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_TEXT);
    const texts = [];
    while (walker.nextNode()) texts.push(walker.currentNode);
    window.__before = { html: document.documentElement.outerHTML, texts, data: texts.map((t) => t.data) };
  });
};

/** Compares the page with the snapshot: same markup, the very same text nodes with the same text, no adopted sheets. */
export const comparedToSnapshot = () => {
  const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_TEXT);
  const now = [];
  while (walker.nextNode()) now.push(walker.currentNode);
  const b = window.__before;
  return {
    html: document.documentElement.outerHTML === b.html,
    nodes: now.length === b.texts.length && now.every((t, i) => t === b.texts[i] && t.data === b.data[i]),
    sheets: document.adoptedStyleSheets.length,
  };
};

/** Fails with `message` unless the page is as its snapshot recorded it (called from the test, not in the page). */
export async function assertAsBeforeExtension(page, message) {
  const same = await page.evaluate(comparedToSnapshot);
  assert(same.html && same.nodes && same.sheets === 0, `${message}: ${JSON.stringify(same)}`);
}

/** Whether the overlay's host (a child of <html> named evidence-lens-<random>) is on the page. */
export const hasOverlayHost = () => [...document.documentElement.children].some((e) => e.localName.startsWith('evidence-lens-'));

/** No overlay host and no highlights: the page carries no annotation (self-contained: it runs in the page). */
export const annotationsGone = () =>
  ![...document.documentElement.children].some((e) => e.localName.startsWith('evidence-lens-')) && CSS.highlights.size === 0;

/** Opens `url` in `page` and waits until the extension has marked a supplement there (Playwright and Puppeteer pages alike). */
export async function openMarked(page, url) {
  await page.goto(url);
  await waitFor(() => page.evaluate(() => CSS.highlights.has('evidence-lens-supplement')), `supplement highlights on ${url}`);
}
