// Accessibility, checked by axe-core against WCAG 2.0, 2.1 and 2.2 A and AA in real headless
// Chromium, in the light and the dark colour scheme: the popup, the side panel, the
// options page and open evidence cards on a page must have no violations, and the dark scheme
// must really paint them dark. The Firefox suite (firefox/a11y.spec.mjs) reuses the helpers here.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { assert, DIST, waitFor } from './harness.mjs';
import { probeOverlay } from './overlay-probe.mjs';
import { openAnnotated, tabIdOf } from './chromium.spec.mjs';
export { setup } from './chromium.spec.mjs';

const AXE_SOURCE = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const SCHEMES = ['light', 'dark'];
/** The side panel's page, when the build declares one. */
const declaredSidePanel = async () => JSON.parse(await readFile(`${DIST}/manifest.json`, 'utf8')).side_panel?.default_path;

/**
 * Loads axe into the page's main world and runs it over the page, or over the overlay once
 * handOverToAxe has run. Returns the violations, one line each, and the markup of every element a
 * rule looked at, so a test can tell that axe saw what it was meant to check.
 */
export async function axeResults(page, { inOverlay = false } = {}) {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async ({ tags, inOverlay }) => {
    const context = inOverlay ? [...document.body.children].find((e) => Object.hasOwn(e, 'shadowRoot')) : document;
    const results = await window.axe.run(context, { runOnly: { type: 'tag', values: tags } });
    return {
      violations: results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      examined: [...results.passes, ...results.violations, ...results.incomplete].flatMap((r) => r.nodes.map((n) => n.html)),
    };
  }, { tags: WCAG_TAGS, inOverlay });
}

/** The computed background of an element in the page or the exposed overlay, and whether it is dark: relative luminance under 0.2. */
export async function background(page, selector, { inOverlay = false } = {}) {
  return page.evaluate(({ selector, inOverlay }) => {
    const root = inOverlay ? [...document.body.children].find((e) => Object.hasOwn(e, 'shadowRoot')).shadowRoot : document;
    const colour = getComputedStyle(root.querySelector(selector)).backgroundColor;
    const [r, g, b] = colour.match(/[\d.]+/g).slice(0, 3).map((c) => { const s = c / 255; return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4; });
    return { colour, dark: 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.2 };
  }, { selector, inOverlay });
}

export const assertScheme = (found, scheme, what) =>
  assert(found.dark === (scheme === 'dark'), `${what} is ${found.colour} in the ${scheme} scheme`);

export const assertNoViolations = ({ violations }, what) =>
  assert(violations.length === 0, `${what}: ${violations.length} axe violations:\n        ${violations.join('\n        ')}`);

/** axe looked at an element whose markup matches, e.g. the card's dialog inside the closed root. */
export const assertExamined = ({ examined }, pattern, what) =>
  assert(examined.some((html) => pattern.test(html)), `axe never looked at ${what}`);

/**
 * Runs in the page with the overlay's closed shadow root as `this`: the DevTools protocol (here) and
 * WebDriver BiDi (Firefox) can both reach a closed root, as the overlay probes do. Two things keep
 * axe from checking the card as drawn: it walks shadow trees through `element.shadowRoot`, null for
 * a closed root, and its colour-contrast rule stacks only elements inside <body>, while the host
 * hangs off <html>. So, on this test page only, the root becomes an own `shadowRoot` property of its
 * host and the host moves to the end of <body>. It is absolutely placed from the page's corner in
 * both places, and the card's box is compared before and after, so axe checks the real rendered
 * badges and card with their own styles and colour scheme (a copy of the markup would lose both).
 * Returns what moved, or ''.
 */
export function handOverToAxe() {
  const box = () => JSON.stringify(this.querySelector('[role="dialog"]')?.getBoundingClientRect());
  const before = box();
  Object.defineProperty(this.host, 'shadowRoot', { value: this, configurable: true });
  document.body.append(this.host);
  return before === box() ? '' : `the card moved from ${before} to ${box()}`;
}

async function exposeOverlayRoot(page) {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { result: host } = await cdp.send('Runtime.evaluate', { expression: `[...document.documentElement.children].find((e) => e.localName.startsWith('evidence-lens-'))` });
    assert(host.objectId, 'no overlay host on the page');
    const { node } = await cdp.send('DOM.describeNode', { objectId: host.objectId, depth: 0, pierce: true });
    const [root] = node.shadowRoots ?? [];
    assert(root, 'the overlay host has no shadow root');
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: root.backendNodeId });
    const { result } = await cdp.send('Runtime.callFunctionOn', { objectId: object.objectId, functionDeclaration: String(handOverToAxe), returnByValue: true });
    assert(result.value === '', result.value);
  } finally {
    await cdp.detach();
  }
}

/** An extension page for the annotated test page, in the given scheme, once it has read the page. */
async function openForTab(env, path, scheme) {
  const view = await env.context.newPage();
  await view.emulateMedia({ colorScheme: scheme });
  await view.goto(`chrome-extension://${env.extensionId}/${path}?tab=${await tabIdOf(env)}`);
  await waitFor(() => view.evaluate(() => document.body.innerText.trim() && !document.body.innerText.includes('Reading this page')), `${path} to read the page`);
  return view;
}

/** Opens the card of the first badge by a real click, the folded population groups unfolded. */
async function openCard(env) {
  const overlay = await probeOverlay(env.page);
  const [badge] = await waitFor(async () => { const b = await (await probeOverlay(env.page)).all('button.badge'); return b.length ? b : undefined; }, 'a badge');
  const at = await overlay.center(badge.nodeId);
  await env.page.mouse.click(at.x, at.y);
  await waitFor(async () => (await (await probeOverlay(env.page)).all('[role="dialog"]')).length === 1, 'the evidence card');
  const unfold = await (await probeOverlay(env.page)).all('details.others:not([open]) > summary');
  for (const summary of unfold) {
    const where = await (await probeOverlay(env.page)).center(summary.nodeId);
    await env.page.mouse.click(where.x, where.y);
  }
  await overlay.detach();
}

const forScheme = (scheme) => [
  [`a11y (${scheme}): the popup has no WCAG A/AA violations and follows the scheme`, async (env) => {
    await env.page.emulateMedia({ colorScheme: scheme });
    await openAnnotated(env, '/column.html');
    const popup = await openForTab(env, 'src/popup/index.html', scheme);
    await popup.locator('button.claim').first().waitFor();
    assertNoViolations(await axeResults(popup), 'popup');
    assertScheme(await background(popup, 'body'), scheme, "the popup's background");
    await popup.close();
  }],

  [`a11y (${scheme}): the side panel has no WCAG A/AA violations and follows the scheme`, async (env) => {
    const path = await declaredSidePanel();
    if (!path) return console.log('    (this build declares no side panel: not checked)');
    await env.page.emulateMedia({ colorScheme: scheme });
    await openAnnotated(env, '/column.html');
    const panel = await openForTab(env, path, scheme);
    assertNoViolations(await axeResults(panel), 'side panel');
    assertScheme(await background(panel, 'body'), scheme, "the side panel's background");
    await panel.close();
  }],

  [`a11y (${scheme}): the options page, with medicines listed, has no WCAG A/AA violations and follows the scheme`, async (env) => {
    await env.worker.evaluate(() => chrome.storage.local.remove('reader'));
    await env.page.emulateMedia({ colorScheme: scheme });
    await env.page.goto(`chrome-extension://${env.extensionId}/src/options/index.html`);
    const name = env.page.getByLabel('Medicine (generic or brand name)');
    // A known medicine and one the knowledge base does not know, so the list shows both kinds of entry.
    for (const medicine of ['Zoloft', "grandma's tonic"]) {
      await name.fill(medicine);
      await env.page.getByRole('button', { name: 'Add', exact: true }).click();
      await env.page.locator('.medicine-list li', { hasText: medicine }).waitFor();
    }
    assertNoViolations(await axeResults(env.page), 'options page');
    assertScheme(await background(env.page, 'body'), scheme, "the options page's background");
    await env.worker.evaluate(() => chrome.storage.local.remove('reader'));
  }],

  [`a11y (${scheme}): open evidence cards have no WCAG A/AA violations and follow the scheme`, async (env) => {
    await env.worker.evaluate(() => chrome.storage.local.remove('reader'));
    await env.page.emulateMedia({ colorScheme: scheme });
    // A card with its other population groups and a known side effect; a card with "For you".
    for (const path of ['/pregnancy.html', '/named-drug.html']) {
      await openAnnotated(env, path);
      await openCard(env);
      await exposeOverlayRoot(env.page);
      const results = await axeResults(env.page, { inOverlay: true });
      assertExamined(results, /^<div[^>]*role="dialog"/, `the card on ${path}`);
      assertNoViolations(results, `the card on ${path}`);
      assertScheme(await background(env.page, '.card', { inOverlay: true }), scheme, `the card's background on ${path}`);
    }
  }],
];

export const tests = SCHEMES.flatMap(forScheme);
