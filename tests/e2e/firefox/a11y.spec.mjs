// The accessibility checks of ../a11y.spec.mjs in headless Firefox ESR: axe-core, WCAG 2.0-2.2 A
// and AA, over the popup, the side panel (Firefox's sidebar), the options page and open evidence
// cards, in the light and the dark scheme. Neither puppeteer (through the DevTools protocol, which
// Firefox no longer speaks) nor WebDriver BiDi can switch the scheme of a running Firefox, so the
// dark run launches its own Firefox with the scheme set by preference (harness.mjs launchFirefox).
// Registered in run.mjs with the Firefox suite's setup.
import { assert, waitFor } from '../harness.mjs';
import { assertExamined, assertNoViolations, assertScheme, axeResults, background, handOverToAxe } from '../a11y.spec.mjs';
import { openExtensionPage } from './harness.mjs';
import { openAnnotated, tabIdOf } from './firefox.spec.mjs';
import { probeOverlay } from './overlay-probe.mjs';

/** An extension page for the annotated test page, once it has read the page. */
async function openForTab(env, path) {
  const view = await openExtensionPage(env, `${path}?tab=${await tabIdOf(env)}`);
  await waitFor(() => view.evaluate(() => document.body.innerText.trim() && !document.body.innerText.includes('Reading this page')), `${path} to read the page`);
  return view;
}

/** The overlay's closed root handed to axe through WebDriver BiDi (see handOverToAxe). */
async function exposeOverlayRoot(page) {
  const connection = page.browser().connection;
  const target = { context: page.mainFrame()._id };
  const { result: hosts } = await connection.send('script.evaluate', {
    target, awaitPromise: false,
    expression: '[...document.documentElement.children].filter((e) => e.localName.startsWith("evidence-lens-"))',
    serializationOptions: { includeShadowTree: 'all', maxDomDepth: 0, maxObjectDepth: 1 },
  });
  const root = hosts.result.value.find((node) => node.value.shadowRoot)?.value.shadowRoot;
  assert(root, 'no overlay with a shadow root on the page');
  const { result } = await connection.send('script.callFunction', { target, awaitPromise: false, functionDeclaration: String(handOverToAxe), this: { sharedId: root.sharedId } });
  assert(result.type === 'success' && result.result.value === '', JSON.stringify(result.result ?? result.exceptionDetails));
}

/** The checks for one colour scheme, which the browser was launched with. */
export const testsFor = (scheme) => [
  [`a11y (${scheme}): the popup has no WCAG A/AA violations`, async (env) => {
    await openAnnotated(env, '/column.html');
    const popup = await openForTab(env, '/src/popup/index.html');
    await waitFor(() => popup.$('button.claim'), 'the claims');
    assertNoViolations(await axeResults(popup), 'popup');
    assertScheme(await background(popup, 'body'), scheme, "the popup's background");
    await popup.close();
  }],

  [`a11y (${scheme}): the side panel has no WCAG A/AA violations`, async (env) => {
    const { sidebar_action: sidebar } = await env.ext.evaluate(() => browser.runtime.getManifest());
    if (!sidebar) return console.log('    (this build declares no sidebar: not checked)');
    await openAnnotated(env, '/column.html');
    // Firefox reports the panel as a full moz-extension:// URL.
    const panel = await openForTab(env, new URL(sidebar.default_panel).pathname);
    assertNoViolations(await axeResults(panel), 'side panel');
    assertScheme(await background(panel, 'body'), scheme, "the side panel's background");
    await panel.close();
  }],

  [`a11y (${scheme}): the options page, with medicines listed, has no WCAG A/AA violations`, async (env) => {
    await env.ext.evaluate(() => browser.storage.local.remove('reader'));
    const options = await openExtensionPage(env, '/src/options/index.html');
    await waitFor(() => options.$('#medicine-name'), 'the medicines form');
    for (const medicine of ['Zoloft', "grandma's tonic"]) {
      await options.type('#medicine-name', medicine);
      await options.click('form.add-medicine button[type="submit"]');
      await waitFor(() => options.evaluate((m) => [...document.querySelectorAll('.medicine-list li')].some((li) => li.innerText.includes(m)), medicine), `${medicine} in the list`);
    }
    assertNoViolations(await axeResults(options), 'options page');
    await env.ext.evaluate(() => browser.storage.local.remove('reader'));
    await options.close();
  }],

  [`a11y (${scheme}): open evidence cards have no WCAG A/AA violations`, async (env) => {
    await env.ext.evaluate(() => browser.storage.local.remove('reader'));
    for (const path of ['/pregnancy.html', '/named-drug.html']) {
      await openAnnotated(env, path);
      const [badge] = await waitFor(async () => { const b = await (await probeOverlay(env.page)).all('button.badge'); return b.length ? b : undefined; }, 'a badge');
      const at = (await probeOverlay(env.page)).center(badge);
      await env.page.mouse.click(at.x, at.y);
      await waitFor(async () => (await (await probeOverlay(env.page)).all('[role="dialog"]')).length === 1, 'the evidence card');
      for (const summary of await (await probeOverlay(env.page)).all('details.others:not([open]) > summary')) {
        const where = (await probeOverlay(env.page)).center(summary);
        await env.page.mouse.click(where.x, where.y);
      }
      await exposeOverlayRoot(env.page);
      const results = await axeResults(env.page, { inOverlay: true });
      assertExamined(results, /^<div[^>]*role="dialog"/, `the card on ${path}`);
      assertNoViolations(results, `the card on ${path}`);
      assertScheme(await background(env.page, '.card', { inOverlay: true }), scheme, `the card's background on ${path}`);
    }
  }],
];

export const tests = testsFor('light');
export const darkTests = testsFor('dark');
