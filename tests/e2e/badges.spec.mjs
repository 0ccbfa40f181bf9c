// Badges that cover no text and say their claim's fit, and the card that leads with the claim, in
// real headless Chromium. On every fixture page and every scenario page, at a wide and a narrow
// window, scrolled from top to bottom, no badge's box meets a box of the page's text (client rects
// of every non-empty text node of the body). The checks that run in the page and the list of pages
// are shared with the Firefox suite (firefox/badges.spec.mjs), which reads badges its own way.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assert, waitFor } from './harness.mjs';
import { probeOverlay } from './overlay-probe.mjs';
export { setup } from './chromium.spec.mjs';

export const WIDTHS = [1280, 420];
const HEIGHT = 900;
/** Scroll steps per page and width: enough for every fixture's full length; the 100,000-word page is checked over its opening. */
const MAX_STEPS = 8;
/** Overlaps under this (px, each way) are rounding between the two ways of reading boxes, not covered text. */
const TOLERANCE_PX = 0.5;

const fixtures = fileURLToPath(new URL('../fixtures/pages/', import.meta.url));
const scenarios = fileURLToPath(new URL('./pages/', import.meta.url));

/** Every page to check, and whether it must carry badges (then the check waits for them). */
export const BADGE_PAGES = [
  ...readdirSync(fixtures, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => ({
    path: `/fixtures/${d.name}/page.html`,
    badged: JSON.parse(readFileSync(join(fixtures, d.name, 'gold.json'), 'utf8')).mentions.supplement.required.length > 0,
  })),
  ...readdirSync(scenarios).filter((f) => f.endsWith('.html')).map((f) => ({ path: `/${f}`, badged: undefined })),
];

/** In the page: the client rects of every non-empty text node of the body, near the window, with their text. */
export const pageTextRects = () => {
  const near = (r) => r.width > 0 && r.height > 0 && r.bottom > -3 * innerHeight && r.top < 4 * innerHeight;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  const rects = [];
  while (walker.nextNode()) {
    const node = walker.currentNode;
    if (!/\S/.test(node.data)) continue;
    range.selectNodeContents(node);
    for (const r of range.getClientRects()) if (near(r)) rects.push({ left: r.left, top: r.top, right: r.right, bottom: r.bottom, text: node.data.trim().slice(0, 40) });
  }
  return rects;
};

/** In the page: scrolls to `y` and says where it got and whether the page goes further. */
export const scrollPageTo = (y) => {
  window.scrollTo(0, y);
  return { y: window.scrollY, more: window.scrollY + innerHeight < document.documentElement.scrollHeight - 1 };
};

/** The badges that meet text, each with the text it meets. */
export function badgesOverText(badges, texts) {
  const meets = (a, b) => Math.min(a.right, b.right) - Math.max(a.left, b.left) > TOLERANCE_PX && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > TOLERANCE_PX;
  return badges.flatMap((b) => texts.filter((t) => meets(b, t)).map((t) => `${b.label} at ${JSON.stringify(round(b))} covers "${t.text}" at ${JSON.stringify(round(t))}`));
}
const round = ({ left, top, right, bottom }) => ({ left: Math.round(left), top: Math.round(top), right: Math.round(right), bottom: Math.round(bottom) });

/** Badge boxes, read until two reads agree: placement runs a frame after a scroll or resize. */
async function settledBadges(readBadges) {
  let last = 'none';
  return waitFor(async () => {
    const now = await readBadges().catch(() => undefined); // the overlay may redraw while it is read
    if (!now) return undefined;
    const same = JSON.stringify(now) === last;
    last = JSON.stringify(now);
    return same ? now : undefined;
  }, 'the badges to settle', 10000);
}

/**
 * Loads `path` and, at each width, scrolled from top to bottom, fails if a badge meets text. The
 * browser's own parts come in `browser`: `resize(page, width, height)` and `readBadges(page)` (boxes with a label).
 */
export async function assertNoBadgeCoversText(page, origin, { path, badged }, browser) {
  await browser.resize(page, WIDTHS[0], HEIGHT);
  await page.goto(`${origin}${path}`);
  const marked = () => page.evaluate(() => CSS.highlights.has('evidence-lens-supplement'));
  if (badged) await waitFor(marked, `badges on ${path}`);
  else await waitFor(marked, 'marks', 3000).catch(() => {}); // a scenario page may carry none
  let checked = 0;
  for (const width of WIDTHS) {
    await browser.resize(page, width, HEIGHT);
    for (let step = 0, more = true; more && step < MAX_STEPS; step++) {
      ({ more } = await page.evaluate(scrollPageTo, step * 2 * HEIGHT));
      const badges = await settledBadges(() => browser.readBadges(page));
      const covering = badgesOverText(badges, await page.evaluate(pageTextRects));
      assert(covering.length === 0, `${path} at ${width} px, step ${step}: ${covering.slice(0, 3).join('; ')}`);
      checked += badges.length;
    }
  }
  assert(!badged || checked > 0, `${path} was checked without a single badge`);
}

/** In the page: the box of "magnesium" in the cramps sentence of the patient column. */
export const crampsMentionBox = () => {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const at = walker.currentNode.data.indexOf('magnesium seems to stop my foot cramps');
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(walker.currentNode, at);
    range.setEnd(walker.currentNode, at + 'magnesium'.length);
    return range.getBoundingClientRect().toJSON();
  }
  return undefined;
};

/** Whether `text` begins with `opening`, whitespace aside (Firefox's text runs paragraphs together). */
export const beginsWith = (text, opening) => text.replace(/\s+/g, '').startsWith(opening.replace(/\s+/g, ''));

export const CRAMPS_FIT_WORDS = 'Goes against the evidence';
export const CRAMPS_CARD_OPENING = 'This page says magnesium helps muscle cramps and spasms (the writer\'s own experience). The evidence says Against for magnesium and muscle cramps and spasms.';

const chromium = {
  resize: (page, width, height) => page.setViewportSize({ width, height }),
  async readBadges(page) {
    const overlay = await probeOverlay(page);
    const badges = await overlay.all('button.badge');
    const boxes = await Promise.all(badges.map(async (b) => ({ label: b.attr('aria-label'), ...(await overlay.box(b.nodeId)) })));
    await overlay.detach();
    return boxes;
  },
};

export const tests = [
  ...BADGE_PAGES.map((p) => [`no badge covers text on ${p.path}, at ${WIDTHS.join(' and ')} px`, (env) => assertNoBadgeCoversText(env.page, env.origin, p, chromium)]),

  ['the cramps sentence\'s badge says its claim goes against the evidence, and its card leads with that claim', async (env) => {
    await env.page.goto(`${env.origin}/column.html`);
    const mention = await waitFor(() => env.page.evaluate(crampsMentionBox), 'the cramps sentence');
    await waitFor(async () => (await (await probeOverlay(env.page)).all('button.badge[data-supplement="magnesium"]')).length, 'magnesium badges');
    const overlay = await probeOverlay(env.page);
    const badges = await overlay.all('button.badge[data-supplement="magnesium"]');
    const boxes = await Promise.all(badges.map((b) => overlay.box(b.nodeId)));
    const beside = badges.filter((b, i) => boxes[i].bottom > mention.top && boxes[i].top < mention.bottom); // after it, or in a margin at its height
    assert(beside.length === 1, `${beside.length} badges beside the cramps sentence's "magnesium" at ${JSON.stringify(mention)}: ${JSON.stringify(boxes)}`);
    const [badge] = beside;
    assert(badge.attr('data-fit') === 'contradicts' && badge.attr('aria-label').includes(CRAMPS_FIT_WORDS), `the cramps badge says ${badge.attr('aria-label')} (${badge.attr('data-fit')})`);
    assert(/^✕\s?Against$/.test(badge.text) && /\bfit-contradicts\b/.test(badge.html), `the cramps badge shows "${badge.text}" without the contradicts shape: ${badge.html}`);
    const at = await overlay.center(badge.nodeId);
    await env.page.mouse.click(at.x, at.y);
    const [card] = await waitFor(async () => { const c = await (await probeOverlay(env.page)).all('[role="dialog"]'); return c.length ? c : undefined; }, 'the cramps card');
    assert(beginsWith(card.text, CRAMPS_CARD_OPENING), `the card begins: ${card.text.slice(0, 200)}`);
    assert(card.text.includes(`This claim: ${CRAMPS_FIT_WORDS}.`), 'the card does not say the claim\'s fit in words');
    await overlay.detach();
  }],
];
