// The extension must never break a page: every fixture page and, when present, the real saved
// pages in ../shared/pages load with no error and get no marks in page furniture; annotated pages
// keep their layout and, switched off, are what they were before the extension ran; pages without
// a supplement stay untouched, and a supplement arriving in a saved real page is marked. Plus marks
// that follow the reader down a long page, and a Preact app re-rendering 1,000 times.
// The tests use only what Playwright's and puppeteer's pages share, plus `env.setEnabled`, so the
// Firefox run (firefox/run.mjs, with firefox.spec.mjs's setup) runs them as they are; `setup` here is Chromium's.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assert, launchWithExtension, waitFor } from './harness.mjs';
import { annotationsGone, assertAsBeforeExtension, snapshotBeforeExtension } from './page-checks.mjs';
import { startServer } from './serve.mjs';

const FURNITURE = 'nav, footer, aside, [role=navigation], [role=contentinfo], [role=banner], [role=complementary]';
const SETTLE_MS = 1500;
const fixtures = fileURLToPath(new URL('../fixtures/pages/', import.meta.url));
const shared = fileURLToPath(new URL('../../../shared/pages/html/', import.meta.url));

/** Whether the analyze command line finds a supplement in a saved page: then the browser must mark it too. */
const analyzerFindsSupplement = (file) => {
  const cli = fileURLToPath(new URL('../../src/cli/analyze.ts', import.meta.url));
  const out = JSON.parse(execFileSync('npx', ['tsx', cli, '--json', file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }));
  return out.mentions.some((m) => m.type === 'supplement');
};

/**
 * Each page, and whether it must carry supplement marks: a fixture whose gold requires some, a saved
 * real page where the analyzer finds one (asked only when its test runs). The others test the quiet path.
 */
const pages = [
  ...readdirSync(fixtures, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => {
    const marked = JSON.parse(readFileSync(join(fixtures, d.name, 'gold.json'), 'utf8')).mentions.supplement.required.length > 0;
    return { path: `/fixtures/${d.name}/page.html`, real: false, mustBeMarked: () => marked };
  }),
  ...(existsSync(shared) ? readdirSync(shared).filter((f) => f.endsWith('.html')).map((f) => ({ path: `/shared-pages/${f}`, real: true, mustBeMarked: () => analyzerFindsSupplement(join(shared, f)) })) : []),
];

const pageTestName = ({ path, real, mustBeMarked }) => `${path}: no error, ${real
  ? 'marked where the analyzer finds a supplement, otherwise untouched until one arrives, then marked and restored'
  : mustBeMarked() ? 'marked, nothing in page furniture, layout kept, restored as it was before' : 'no supplement: nothing marked, page untouched'}`;

/** Records the page before the extension runs (Playwright and puppeteer name this differently). */
const snapshotOnLoad = (page) => (page.addInitScript ? page.addInitScript(snapshotBeforeExtension) : page.evaluateOnNewDocument(snapshotBeforeExtension));

export async function setup() {
  const server = await startServer();
  const browser = await launchWithExtension();
  // Saved real pages reference their sites' scripts and images: keep everything on this machine.
  await browser.context.route(/^https?:/, (route) => (route.request().url().startsWith(server.origin) ? route.continue() : route.abort()));
  const setEnabled = (enabled) => browser.worker.evaluate((enabled) => chrome.storage.local.set({ settings: { enabled, disabledSites: [] } }), enabled);
  return { ...browser, setEnabled, origin: server.origin, teardown: async () => { await browser.close(); await server.close(); } };
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** The page as it stands, without our overlay element: markup, text nodes and every element's box. */
const pageState = (page) => page.evaluate(() => {
  const clone = document.documentElement.cloneNode(true);
  [...clone.children].filter((e) => e.localName.startsWith('evidence-lens-')).forEach((e) => e.remove());
  const texts = [];
  const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) texts.push(walker.currentNode.data);
  const boxes = [...document.body.querySelectorAll('*')].slice(0, 3000).map((e) => {
    const r = e.getBoundingClientRect();
    return `${Math.round(r.x)},${Math.round(r.y)},${Math.round(r.width)},${Math.round(r.height)}`;
  });
  return { html: clone.outerHTML, texts, boxes };
});

/** Whether a click anywhere in a band of the viewport would land on one of our badges (runs in the page). */
const badgeAt = ({ top, bottom }) => {
  for (let y = top; y < bottom; y += 3) {
    for (let x = 0; x < window.innerWidth; x += 5) if (document.elementFromPoint(x, y)?.localName.startsWith('evidence-lens-')) return true;
  }
  return false;
};

const differences = (a, b) => {
  const out = [];
  if (a.html !== b.html) out.push('markup');
  if (a.texts.join('\u0000') !== b.texts.join('\u0000')) out.push('text nodes');
  const moved = a.boxes.findIndex((box, i) => box !== b.boxes[i]);
  if (moved !== -1 || a.boxes.length !== b.boxes.length) out.push(`layout (element ${moved})`);
  return out;
};

/** A reader's update arriving at the top of a real page is marked; switched off and with the update gone, the page is as it was. */
const ARRIVING = 'Update: my doctor suggested magnesium glycinate for my foot cramps, and the symptoms have eased.';
async function markedOnceASupplementArrives(env) {
  await env.page.evaluate((text) => {
    const p = document.createElement('p');
    p.id = 'evidence-lens-test-arrival';
    p.textContent = text;
    document.body.prepend(p);
    p.scrollIntoView(); // marks are registered near the visible part of the page only
  }, ARRIVING);
  await waitFor(() => env.page.evaluate(() => [...(CSS.highlights.get('evidence-lens-supplement') ?? [])].some((r) => r.startContainer.parentElement?.id === 'evidence-lens-test-arrival')), 'a mark on the supplement that arrived in the real page');
  await env.setEnabled(false);
  await waitFor(() => env.page.evaluate(annotationsGone), 'annotations to go');
  await env.page.evaluate(() => document.getElementById('evidence-lens-test-arrival').remove());
  await assertAsBeforeExtension(env.page, 'switching off did not restore the page');
  await env.setEnabled(true);
}

export const tests = [
  ...pages.map((page) => [pageTestName(page), async (env) => {
    const { path, real } = page;
    const marked = page.mustBeMarked();
    await env.setEnabled(true);
    await snapshotOnLoad(env.page);
    await env.page.goto(`${env.origin}${path}`, { waitUntil: 'load' });
    if (!marked) {
      await sleep(SETTLE_MS);
      assert(await env.page.evaluate(annotationsGone), 'a page with no supplement on it got marks or badges');
      await assertAsBeforeExtension(env.page, 'the page changed');
      if (real) await markedOnceASupplementArrives(env);
      return;
    }
    await waitFor(() => env.page.evaluate(() => CSS.highlights.has('evidence-lens-supplement')), 'supplement marks');
    await sleep(SETTLE_MS);
    const inFurniture = await env.page.evaluate((furniture) => ['evidence-lens-supplement', 'evidence-lens-condition']
      .flatMap((name) => [...(CSS.highlights.get(name) ?? [])])
      .filter((r) => r.startContainer.parentElement?.closest(furniture))
      .map((r) => r.toString()), FURNITURE);
    assert(inFurniture.length === 0, `marks in page furniture: ${inFurniture.join(', ')}`);
    const annotated = await pageState(env.page);
    await env.setEnabled(false);
    await waitFor(() => env.page.evaluate(annotationsGone), 'annotations to go');
    const changed = differences(annotated, await pageState(env.page));
    assert(changed.length === 0, `annotating changed the page's ${changed.join(', ')}`);
    await assertAsBeforeExtension(env.page, 'switching off did not restore the page as it was before the extension ran');
    await env.setEnabled(true);
  }, { ownErrorsAllowed: page.real }]),

  ...[['the window', ''], ['a scrolling box of its own', '?box']].map(([scroller, query]) => [`on a long page (scrolled in ${scroller}), marks follow the reader down and back up, and no badge floats over the sticky header`, async (env) => {
    await env.setEnabled(true);
    await env.page.goto(`${env.origin}/long.html${query}`);
    const marked = (word) => () => env.page.evaluate((word) => [...(CSS.highlights.get('evidence-lens-supplement') ?? [])].some((r) => r.toString() === word), word);
    await waitFor(marked('magnesium'), 'a mark at the top');
    await env.page.evaluate(() => document.getElementById('last').scrollIntoView());
    await waitFor(marked('fish oil'), 'a mark at the bottom');
    await env.page.evaluate(() => document.querySelector('h1').scrollIntoView());
    await waitFor(marked('magnesium'), 'the mark at the top again');
    await waitFor(() => env.page.evaluate(badgeAt, { top: 60, bottom: 800 }), 'the badge beside "magnesium"');
    // Scroll the first post up out of sight: under the header, or out of the top of its box.
    await env.page.evaluate(() => {
      const post = document.querySelector('#thread p');
      const thread = document.getElementById('thread');
      if (location.search === '?box') thread.scrollTop += post.getBoundingClientRect().top - thread.getBoundingClientRect().top + 30;
      else window.scrollBy(0, post.getBoundingClientRect().top - 20);
    });
    await waitFor(async () => !(await env.page.evaluate(badgeAt, { top: 0, bottom: 61 })), 'no badge over the header');
  }]),

  ['a Preact app re-rendering the annotated paragraph 1,000 times stays correct and annotated', async (env) => {
    await env.setEnabled(true);
    await env.page.goto(`${env.origin}/rerender.html?renders=1000`);
    await waitFor(() => env.page.evaluate(() => window.__renders >= 1000), '1,000 renders', 60_000);
    const stories = await env.page.evaluate(() => [...document.querySelectorAll('p.story')].map((p) => p.innerText));
    assert(stories.length === 1, `the app renders ${stories.length} stories, not one`);
    assert(stories[0] === 'I take magnesium every night and my leg cramps have eased.', `page text broken: ${stories[0]}`);
    await waitFor(() => env.page.evaluate(() =>
      [...(CSS.highlights.get('evidence-lens-supplement') ?? [])].some((r) => r.toString() === 'magnesium' && r.startContainer.isConnected)), 'a mark on the final text');
  }],
];
