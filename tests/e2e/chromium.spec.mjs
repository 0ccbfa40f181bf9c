// What a person sees and clicks, in real headless Chromium with the built extension loaded.
import { assert, launchWithExtension, waitFor } from './harness.mjs';
import { probeOverlay } from './overlay-probe.mjs';
import { annotationsGone, assertAsBeforeExtension, hasOverlayHost, openMarked, snapshotBeforeExtension } from './page-checks.mjs';
import { startServer } from './serve.mjs';
import { readFile } from 'node:fs/promises';

const REMINDER = 'Talk to your doctor before starting or stopping a supplement.';
const CHROME_SELECTOR = 'nav, aside, header.site, footer, textarea, [hidden], script, figure';

export async function setup() {
  const server = await startServer();
  const browser = await launchWithExtension();
  const offsite = [];
  // Every request the browser makes, from pages or the extension, must stay on this machine.
  browser.context.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(server.origin) && !/^(?:chrome-extension|data|blob|about):/.test(url)) offsite.push(url);
  });
  return { ...browser, origin: server.origin, offsite, teardown: async () => { await browser.close(); await server.close(); } };
}

/** Opens a test page, keeping a snapshot of it from before the extension ran, once it is marked. */
export async function openAnnotated(env, path = '/column.html', page = env.page) {
  await page.addInitScript(snapshotBeforeExtension);
  await openMarked(page, `${env.origin}${path}`);
}

const highlighted = (page, name) => page.evaluate(([name, chrome]) =>
  [...(CSS.highlights.get(name) ?? [])].map((r) => ({ text: r.toString(), inChrome: !!r.startContainer.parentElement?.closest(chrome) })), [name, CHROME_SELECTOR]);

/** The page's tab id, found as the real popup finds it: the active tab once the page is in front. */
export async function tabIdOf(env, page = env.page) {
  await page.bringToFront();
  return waitFor(() => env.worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id), 'the active tab');
}

/** The popup for the test's page, once it has read the page. */
async function openPopup(env) {
  const tabId = await tabIdOf(env);
  const popup = await env.context.newPage();
  await popup.goto(`chrome-extension://${env.extensionId}/src/popup/index.html?tab=${tabId}`);
  await waitFor(() => popup.evaluate(() => !document.body.innerText.includes('Reading this page')), 'the popup to read the page');
  return popup;
}

/** Starts a scenario with no medicines stored, whatever an earlier one left. */
const forgetReader = (env) => env.worker.evaluate(() => chrome.storage.local.remove('reader'));

/** The options page (with an empty list), once it shows the medicines form. */
async function openOptions(env) {
  await forgetReader(env);
  const options = await env.context.newPage();
  await options.goto(`chrome-extension://${env.extensionId}/src/options/index.html`);
  await options.getByLabel('Medicine (generic or brand name)').waitFor();
  return options;
}

async function addMedicine(options, name) {
  await options.getByLabel('Medicine (generic or brand name)').fill(name);
  await options.getByRole('button', { name: 'Add', exact: true }).click();
  await options.locator('.medicine-list li', { hasText: name }).waitFor();
}

/** The URLs of the scripts the page's renderer parses from now on (extension scripts included), as the debugger reports them. */
async function watchParsedScripts(page) {
  const parsed = [];
  const cdp = await page.context().newCDPSession(page);
  cdp.on('Debugger.scriptParsed', (e) => parsed.push(e.url));
  await cdp.send('Debugger.enable');
  return { parsed, stop: () => cdp.detach() };
}

/** Opens the card of a supplement's first badge by a real click and returns the badge and the card's text. */
async function openCardFor(env, supplementId) {
  const overlay = await probeOverlay(env.page);
  const [badge] = await waitFor(async () => { const b = await (await probeOverlay(env.page)).all(`button.badge[data-supplement="${supplementId}"]`); return b.length ? b : undefined; }, `a ${supplementId} badge`);
  const at = await overlay.center(badge.nodeId);
  await env.page.mouse.click(at.x, at.y);
  const [card] = await waitFor(async () => { const c = await (await probeOverlay(env.page)).all('[role="dialog"]'); return c.length ? c : undefined; }, `the ${supplementId} card`);
  await env.page.keyboard.press('Escape');
  await waitFor(async () => (await (await probeOverlay(env.page)).all('[role="dialog"]')).length === 0, 'the card to close');
  return { badge, card: card.text };
}

export const tests = [
  ['marks supplement and condition mentions, never the word "as", never page chrome', async (env) => {
    await openAnnotated(env);
    const supplements = await highlighted(env.page, 'evidence-lens-supplement');
    const conditions = await highlighted(env.page, 'evidence-lens-condition');
    const words = (list) => list.map((h) => h.text);
    for (const expected of ['liquid magnesium', 'magnesium oil', 'magnesium citrate', 'magnesium chloride']) {
      assert(words(supplements).some((w) => w.toLowerCase() === expected), `"${expected}" is not marked; marked: ${words(supplements)}`);
    }
    for (const expected of ['ankylosing spondylitis', 'AS', 'foot cramps', 'insomnia', 'stiffness']) {
      assert(words(conditions).includes(expected), `"${expected}" is not marked; marked: ${words(conditions)}`);
    }
    assert(![...supplements, ...conditions].some((h) => h.text === 'as' || h.text === 'As'), 'the word "as" was marked');
    const leaked = [...supplements, ...conditions].filter((h) => h.inChrome);
    assert(leaked.length === 0, `marks in page chrome: ${leaked.map((h) => h.text)}`);
    assert(!words(supplements).some((w) => /gummies|glycinate|turmeric/i.test(w)), 'hidden, form or alt text was marked');
  }],

  ['shows a badge beside supplement mentions that says its fit by shape and its grade in words', async (env) => {
    await openAnnotated(env);
    const overlay = await probeOverlay(env.page);
    assert(overlay.mode === 'closed', `overlay shadow root is ${overlay.mode}, not closed`);
    const badges = await waitFor(async () => { const b = await overlay.all('button.badge'); return b.length ? b : undefined; }, 'badges');
    assert(badges.every((b) => b.attr('data-supplement') === 'magnesium'), 'a badge for something other than magnesium');
    assert(badges.every((b) => /^[✕▲✓–]\s?(Strong|Moderate|Limited|Insufficient|Against|Not graded)$/.test(b.text)), `badge shape and words: ${badges.map((b) => b.text)}`);
    // The first badge sits beside the heading's "liquid magnesium", at its line's height (badges.spec.mjs checks it covers no text).
    const box = await overlay.center(badges[0].nodeId);
    const word = await env.page.evaluate(() => [...CSS.highlights.get('evidence-lens-supplement')][0].getBoundingClientRect().toJSON());
    assert(box.y > word.top && box.y < word.bottom, `badge at ${JSON.stringify(box)}, word at ${JSON.stringify(word)}`);
    await overlay.detach();
  }],

  ['opens the evidence card on click; Escape and a click outside close it', async (env) => {
    await openAnnotated(env);
    let overlay = await probeOverlay(env.page);
    const [badge] = await overlay.all('button.badge');
    const at = await overlay.center(badge.nodeId);
    await env.page.mouse.click(at.x, at.y);
    overlay = await probeOverlay(env.page);
    const [card] = await waitFor(async () => { const c = await (await probeOverlay(env.page)).all('[role="dialog"]'); return c.length ? c : undefined; }, 'the evidence card');
    assert(card.text.includes('Magnesium'), 'card names the supplement');
    assert(card.text.includes(REMINDER), 'card has the doctor reminder');
    assert(/Insufficient|Limited|Against|Moderate|Strong/.test(card.text), 'card gives grades in words');
    assert(/Cochrane|Office of Dietary Supplements|Nutrients/.test(card.text), 'card cites sources');
    assert(card.text.includes('skin'), 'card carries the topical form note');
    const links = await overlay.all('[role="dialog"] a[href^="https://"]');
    assert(links.length > 0, 'sources are links');
    await env.page.keyboard.press('Escape');
    await waitFor(async () => (await (await probeOverlay(env.page)).all('[role="dialog"]')).length === 0, 'Escape to close the card');
    await env.page.mouse.click(at.x, at.y);
    await waitFor(async () => (await (await probeOverlay(env.page)).all('[role="dialog"]')).length === 1, 'card to reopen');
    await env.page.mouse.click(5, 790);
    await waitFor(async () => (await (await probeOverlay(env.page)).all('[role="dialog"]')).length === 0, 'an outside click to close the card');
  }],

  ['opens the evidence card from the keyboard', async (env) => {
    await openAnnotated(env);
    await env.page.locator('footer.site').evaluate(() => 0); // page is ready
    let reached = false;
    for (let i = 0; i < 40 && !reached; i++) {
      await env.page.keyboard.press('Tab');
      reached = await env.page.evaluate(() => document.activeElement?.localName.startsWith('evidence-lens-'));
    }
    assert(reached, 'Tab never reached a badge');
    const overlay = await probeOverlay(env.page);
    const expanded = await overlay.all('button.badge[aria-expanded="true"]');
    assert(expanded.length === 1, 'the focused badge is expanded');
    const cards = await overlay.all('[role="dialog"]');
    assert(cards.length === 1 && cards[0].text.includes(REMINDER), 'focus opened the card');
    assert(expanded[0].attr('aria-controls') === cards[0].attr('id'), 'badge points screen readers at the card');
  }],

  ['popup lists the claims with kind and grade, and a click jumps to the sentence', async (env) => {
    await openAnnotated(env);
    const popup = await openPopup(env);
    await popup.getByRole('region', { name: 'This page in short' }).getByText(/^Magnesium:/).waitFor();
    const claims = popup.locator('button.claim');
    const texts = await claims.allInnerTexts();
    assert(texts.length >= 4, `only ${texts.length} claims listed`);
    assert(texts.some((t) => /Personal experience/.test(t) && /cramp/i.test(t)), 'a personal cramp claim');
    assert(texts.some((t) => /Caution/.test(t) && /Insomnia/.test(t)), 'a caution about insomnia');
    assert(texts.some((t) => /warns of harm/.test(t) && /gave me diarrhea/.test(t)), 'a side effect is a harm claim');
    assert(texts.every((t) => /Strong|Moderate|Limited|Insufficient|Against|Not graded|Known side effect/.test(t)), 'every claim shows a grade or a known side effect');
    assert(await popup.getByText(REMINDER).isVisible(), 'popup carries the reminder');
    const target = claims.filter({ hasText: 'gave me diarrhea' }).first();
    const before = await env.page.evaluate(() => window.scrollY);
    await target.click();
    await env.page.bringToFront();
    await waitFor(() => env.page.evaluate(() => CSS.highlights.has('evidence-lens-flash')), 'the sentence to flash');
    await waitFor(async () => (await env.page.evaluate(() => window.scrollY)) > before + 300, 'the page to scroll to the sentence');
    const flashed = await env.page.evaluate(() => [...CSS.highlights.get('evidence-lens-flash')][0].toString());
    assert(flashed.includes('gave me diarrhea'), `flashed "${flashed}"`);
    await popup.close();
  }],

  ['on a page about pregnancy, the card and popup show the pregnancy evidence, the other groups folded, and a known side effect', async (env) => {
    await openAnnotated(env, '/pregnancy.html');
    const popup = await openPopup(env);
    await popup.getByRole('region', { name: 'This page in short' }).getByText(/^Magnesium:/).waitFor();
    const texts = await popup.locator('button.claim').allInnerTexts();
    assert(texts.some((t) => /ease my leg cramps/.test(t) && /Evidence for: .*pregnan/i.test(t)), `no cramp claim with the pregnancy evidence: ${texts.join(' | ')}`);
    assert(texts.some((t) => /gave me diarrhoea/.test(t) && /Known side effect/.test(t)), `the diarrhoea claim is not a known side effect: ${texts.join(' | ')}`);
    await popup.close();
    let overlay = await probeOverlay(env.page);
    const [badge] = await waitFor(async () => { const b = await overlay.all('button.badge'); return b.length ? b : undefined; }, 'a badge');
    const at = await overlay.center(badge.nodeId);
    await env.page.mouse.click(at.x, at.y);
    const [card] = await waitFor(async () => { const c = await (await probeOverlay(env.page)).all('[role="dialog"]'); return c.length ? c : undefined; }, 'the evidence card');
    assert(/Applies to: [^.]*pregnan/i.test(card.text), `the card does not lead with the pregnancy evidence: ${card.text}`);
    assert(/Known side effect/.test(card.text), 'the card does not mark diarrhoea as a known side effect');
    overlay = await probeOverlay(env.page);
    const [folded] = await overlay.all('details.others');
    assert(folded && folded.attr('open') === undefined, 'the other groups are not folded');
    const [summary] = await overlay.all('details.others > summary');
    const where = await overlay.center(summary.nodeId);
    await env.page.mouse.click(where.x, where.y);
    const [unfolded] = await waitFor(async () => { const d = await (await probeOverlay(env.page)).all('details.others[open]'); return d.length ? d : undefined; }, 'the other groups to unfold');
    assert(/older adults/i.test(unfolded.text), `unfolded groups: ${unfolded.text}`);
  }],

  ['the toolbar icon shows the number of claims on the tab', async (env) => {
    await openAnnotated(env);
    const tabId = await tabIdOf(env);
    const popup = await openPopup(env);
    // The popup lists sentences, several of which make more than one claim: its heading counts the claims.
    const listed = (await popup.getByText(/^\d+ health claims? on this page$/).innerText()).match(/\d+/)[0];
    const badge = await waitFor(() => env.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId), 'badge text');
    assert(badge === listed, `toolbar says ${badge}, popup lists ${listed}`);
    await popup.close();
  }],

  ['switching off for the site restores the page exactly, and on again re-annotates', async (env) => {
    await openAnnotated(env);
    const popup = await openPopup(env);
    await popup.getByRole('switch', { name: /^On 127\.0\.0\.1/ }).click();
    await waitFor(() => env.page.evaluate(annotationsGone), 'annotations to go');
    await assertAsBeforeExtension(env.page, 'page not restored');
    const badgeText = await env.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), await tabIdOf(env));
    assert(badgeText === '', `toolbar still shows "${badgeText}"`);
    await popup.getByRole('switch', { name: /^On 127\.0\.0\.1/ }).click();
    await waitFor(() => env.page.evaluate(() => CSS.highlights.has('evidence-lens-supplement')), 're-annotation');
    await popup.close();
  }],

  ["the card's script loads the first time a reader opens a card, and only then", async (env) => {
    const card = `chrome-extension://${env.extensionId}/src/content/evidence-card.js`;
    const { parsed, stop } = await watchParsedScripts(env.page);
    try {
      await openAnnotated(env);
      await waitFor(async () => (await (await probeOverlay(env.page)).all('button.badge')).length > 0, 'the badges');
      await env.page.waitForTimeout(300);
      assert(parsed.some((url) => url.endsWith('/src/content/annotate-page.js')), 'the debugger never saw the annotator'); // the control
      assert(!parsed.includes(card), 'the card script was loaded before any card was opened');
      await openCardFor(env, 'magnesium');
      await openCardFor(env, 'magnesium');
      assert(parsed.filter((url) => url === card).length === 1, `the card script loaded ${parsed.filter((url) => url === card).length} times for two cards`);
    } finally {
      await stop();
    }
  }],

  ['on a site switched off the annotator is not even loaded; switching the site on loads it and marks the page', async (env) => {
    const annotator = `chrome-extension://${env.extensionId}/src/content/annotate-page.js`;
    const { parsed, stop } = await watchParsedScripts(env.page);
    await env.worker.evaluate(() => {
      globalThis.annotatorRequests = 0;
      chrome.runtime.onMessage.addListener((m) => { if (m?.type === 'loadAnnotator') globalThis.annotatorRequests++; });
      return chrome.storage.local.set({ settings: { enabled: true, disabledSites: ['127.0.0.1'] } });
    });
    try {
      await env.page.goto(`${env.origin}/column.html`);
      await waitFor(() => env.worker.evaluate(() => globalThis.annotatorRequests > 0), 'the sentinel to ask for the annotator');
      await waitFor(() => parsed.some((url) => url.endsWith('/src/content/sentinel.js')), 'the sentinel to be seen by the debugger'); // the control
      await env.page.waitForTimeout(500);
      assert(!parsed.includes(annotator), 'the annotator was loaded into a page on a switched-off site');
      const popup = await openPopup(env);
      await popup.getByRole('switch', { name: /^On 127\.0\.0\.1/ }).click();
      await waitFor(() => env.page.evaluate(() => CSS.highlights.has('evidence-lens-supplement')), 'marks once the site is switched on');
      assert(parsed.includes(annotator), 'marks without the annotator script?');
      await popup.close();
    } finally {
      await env.worker.evaluate(() => chrome.storage.local.remove('settings'));
      await stop();
    }
  }],

  ['switching off everywhere clears the page', async (env) => {
    await openAnnotated(env);
    const popup = await openPopup(env);
    await popup.getByRole('switch', { name: 'Everywhere' }).click();
    await waitFor(() => env.page.evaluate(annotationsGone), 'annotations to go');
    await popup.getByRole('switch', { name: 'Everywhere' }).click();
    await waitFor(() => env.page.evaluate(() => CSS.highlights.has('evidence-lens-supplement')), 're-annotation');
    await popup.close();
  }],

  ['a page with nothing health-related gets no annotations and a friendly popup', async (env) => {
    await env.page.goto(`${env.origin}/plain.html`);
    const popup = await openPopup(env);
    await popup.getByText(/No supplement claims found/).waitFor();
    const left = { overlay: await env.page.evaluate(hasOverlayHost), highlights: await env.page.evaluate(() => [...CSS.highlights.keys()]) };
    assert(!left.overlay && left.highlights.length === 0, `plain page was annotated: ${JSON.stringify(left)}`);
    await popup.close();
  }],

  ['a single-page app that moves from a plain view to a health article gets annotated, and an open popup follows', async (env) => {
    await env.page.goto(`${env.origin}/spa.html`);
    const popup = await openPopup(env);
    await popup.getByText(/No supplement claims found/).waitFor();
    await env.page.evaluate(() => window.openArticle());
    await waitFor(async () => (await highlighted(env.page, 'evidence-lens-supplement')).some((h) => h.text === 'magnesium'), 'a mark on the article');
    await popup.getByText(/foot cramps/i).first().waitFor();
    await popup.close();
  }],

  ['annotations follow a paragraph that a Preact app keeps re-rendering', async (env) => {
    await env.page.goto(`${env.origin}/rerender.html?renders=41`);
    await waitFor(() => env.page.evaluate(() => window.__renders >= 41), 'renders to finish');
    const story = await env.page.locator('p.story').innerText();
    assert(story.startsWith('My sister says fish oil') || story.startsWith('I take magnesium'), `page text broken: ${story}`);
    const expected = story.includes('fish oil') ? 'fish oil' : 'magnesium';
    await waitFor(async () => (await highlighted(env.page, 'evidence-lens-supplement')).some((h) => h.text === expected), `a mark on "${expected}"`);
    assert((await env.page.locator('p.story').count()) === 1, 'the app still renders one story');
  }],

  ['text added later is annotated on its own, without re-reading the page, and an open popup follows', async (env) => {
    await openAnnotated(env, '/comments.html');
    await env.page.evaluate(() => { window.__firstMark = [...CSS.highlights.get('evidence-lens-supplement')][0]; });
    const popup = await openPopup(env);
    await popup.getByText(/foot cramps/i).first().waitFor();
    await env.page.evaluate(() => window.loadComments());
    await waitFor(async () => (await highlighted(env.page, 'evidence-lens-supplement')).some((h) => h.text.startsWith('Fish oil')), 'a mark on the new comment');
    const kept = await env.page.evaluate(() => [...CSS.highlights.get('evidence-lens-supplement')].includes(window.__firstMark));
    assert(kept, 'the article was read again: its marks were replaced');
    await popup.getByText(/dry eye/i).first().waitFor();
    await popup.close();
  }],

  ['a page with globals, a custom element and styles named like ours cannot reach or hide the badges', async (env) => {
    await openAnnotated(env, '/hostile.html');
    const overlay = await probeOverlay(env.page);
    const badges = await waitFor(async () => { const b = await overlay.all('button.badge'); return b.length ? b : undefined; }, 'a badge on the hostile page');
    const box = await overlay.center(badges[0].nodeId);
    assert(box.x > 0 && box.y > 0, 'the badge is not laid out');
    const host = await env.page.evaluate(() => {
      const el = [...document.documentElement.children].find((e) => e.localName.startsWith('evidence-lens-'));
      return { name: el?.localName, shadowVisibleToPage: el?.shadowRoot !== null, patched: window.__patchedAppendCalls ?? 0 };
    });
    assert(host.name && host.name !== 'evidence-lens-overlay', `the host took a name the page could predict: ${host.name}`);
    assert(!host.shadowVisibleToPage, 'the page can see into our shadow root');
    assert(host.patched === 0, 'our code ran through the page\'s patched DOM methods');
  }],

  ['a page cannot load or probe for the extension\'s scripts', async (env) => {
    const exposed = await env.worker.evaluate(() => chrome.runtime.getManifest().web_accessible_resources);
    assert(exposed === undefined, `web-accessible resources: ${JSON.stringify(exposed)}`);
    // A page of its own: the refused fetches are logged as errors there, which is the point.
    const prober = await env.context.newPage();
    await prober.goto(`${env.origin}/plain.html`);
    const probe = (url) => fetch(url).then((r) => r.ok, () => false);
    for (const file of ['src/content/sentinel.js', 'src/content/annotate-page.js']) {
      const url = `chrome-extension://${env.extensionId}/${file}`;
      // The control: the same probe from the extension's own worker reaches the file, so the address is right.
      assert(await env.worker.evaluate(probe, url), `the control probe cannot reach ${file}`);
      assert(!(await prober.evaluate(probe, url)), `a page could fetch ${file}`);
    }
    await prober.close();
  }],


  ['medicines set on the options page bring "For you" to the right cards, with a warning mark on the badge', async (env) => {
    const options = await openOptions(env);
    for (const name of ['the pill', 'Zoloft', 'Fosamax', 'Coumadin', 'Onfi', "grandma's tonic"]) await addMedicine(options, name);
    const unknown = options.locator('.medicine-list li', { hasText: "grandma's tonic" });
    assert(/not checked/.test(await unknown.innerText()), 'an unknown medicine is not marked "not checked"');
    assert(/= Sertraline/.test(await options.locator('.medicine-list li', { hasText: 'Zoloft' }).innerText()), 'Zoloft is not resolved to sertraline');
    await env.page.goto(`${env.origin}/medicines.html`);
    await waitFor(() => env.page.evaluate(() => CSS.highlights.has('evidence-lens-supplement')), 'supplement highlights');
    const expected = {
      'st-johns-wort': [/For you/, /Major/, /Hormonal contraceptives, on your list/i, /Sertraline \(ssri antidepressants\), on your list/i],
      magnesium: [/For you/, /Magnesium with Alendronate \(bisphosphonates\), on your list/],
      turmeric: [/For you/, /with Warfarin, on your list/],
      cbd: [/For you/, /with Clobazam, on your list/],
    };
    for (const [id, patterns] of Object.entries(expected)) {
      const { badge, card } = await openCardFor(env, id);
      assert(/\bfor-you\b/.test(badge.attr('class')), `the ${id} badge has no warning mark`);
      assert(/Check for you/.test(badge.attr('aria-label')), `the ${id} badge does not say so to screen readers`);
      for (const p of patterns) assert(p.test(card), `the ${id} card does not say ${p}: ${card}`);
      assert(card.indexOf('For you') < card.indexOf('Evidence for the conditions'), `the ${id} card does not lead with For you`);
      assert(card.includes(REMINDER), `the ${id} card lost the doctor reminder`);
    }
    const { card: vitaminD } = await openCardFor(env, 'vitamin-d');
    assert(/5,000 IU is above the 4,000 IU a day upper limit for adults/.test(vitaminD), `no dose note: ${vitaminD}`);
    const popup = await openPopup(env);
    const risks = await popup.getByRole('region', { name: 'For you' }).innerText();
    assert(/Major\s+St John's wort with Sertraline \(on your list\)/.test(risks) && /Magnesium with Alendronate/.test(risks), `the popup's For you: ${risks}`);
    await popup.close();
    await options.getByRole('button', { name: 'Forget everything' }).click();
    await options.getByText('No medicines listed.').waitFor();
    await options.close();
  }],

  ['without a list, a medicine the page names is flagged on the card', async (env) => {
    await forgetReader(env);
    await openAnnotated(env, '/named-drug.html');
    const marked = await highlighted(env.page, 'evidence-lens-drug');
    assert(marked.some((h) => h.text === 'warfarin'), `warfarin is not marked as a medicine: ${JSON.stringify(marked)}`);
    const overlay = await probeOverlay(env.page);
    assert((await overlay.all('button.badge')).every((b) => b.attr('data-supplement') === 'turmeric'), 'a medicine got a badge');
    const { card } = await openCardFor(env, 'turmeric');
    assert(/For you[\s\S]*with Warfarin, named on this page/.test(card), `the page's warfarin is not flagged: ${card}`);
  }],

  ['the medicines list exports, forgets and imports; a damaged file is refused and the list kept', async (env) => {
    const options = await openOptions(env);
    await addMedicine(options, 'Coumadin');
    await options.getByLabel('Surgery planned').check();
    const [download] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Export…' }).click()]);
    const exported = JSON.parse(await readFile(await download.path(), 'utf8'));
    assert(exported.format === 'evidence-lens-reader-profile' && exported.medicines[0] === 'Coumadin' && exported.situations[0] === 'surgery', `exported ${JSON.stringify(exported)}`);
    await options.getByRole('button', { name: 'Forget everything' }).click();
    await options.getByText('No medicines listed.').waitFor();
    const stored = await env.worker.evaluate(() => chrome.storage.local.get(null));
    assert(!('reader' in stored), `something is still stored: ${Object.keys(stored)}`);
    const file = options.locator('input[type="file"]');
    await file.setInputFiles({ name: 'medicines.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(exported)) });
    await options.locator('.medicine-list li', { hasText: 'Coumadin' }).waitFor();
    assert(await options.getByLabel('Surgery planned').isChecked(), 'the situation did not come back');
    await file.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "evidence-lens-reader-prof') });
    await options.getByRole('alert').filter({ hasText: /damaged/ }).waitFor();
    await file.setInputFiles({ name: 'newer.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ ...exported, version: 9, medicines: [] })) });
    await options.getByRole('alert').filter({ hasText: /newer version/ }).waitFor();
    assert(await options.locator('.medicine-list li', { hasText: 'Coumadin' }).isVisible(), 'a refused import changed the list');
    await options.getByRole('button', { name: 'Forget everything' }).click();
    await options.close();
  }],
  ['a paragraph rewritten every 100 ms for 3 s is read while it changes, and its final text is annotated', async (env) => {
    await openAnnotated(env, '/ticker.html');
    await env.page.evaluate(() => window.startTicker());
    const live = () => env.page.evaluate(() => [...(CSS.highlights.get('evidence-lens-supplement') ?? [])]
      .filter((r) => r.startContainer.isConnected && document.getElementById('live').contains(r.startContainer)).map((r) => r.toString()));
    // The settle time (400 ms) never passes while it changes; the maximum wait (2 s) must still let it be read.
    await waitFor(async () => (await live()).length > 0 && !(await env.page.evaluate(() => window.__tickerDone)), 'a mark in the live paragraph while it still changes', 2900);
    await waitFor(() => env.page.evaluate(() => window.__tickerDone), 'the ticker to stop');
    const final = await env.page.locator('#live').innerText();
    const expected = /fish oil/i.test(final) ? 'fish oil' : /zinc/i.test(final) ? 'zinc' : 'melatonin';
    await waitFor(async () => (await live()).some((t) => t.toLowerCase().startsWith(expected)), `a mark on "${expected}" in the final text "${final}"`);
  }],

  ['the extension makes no network requests', async (env) => {
    // The controls: a request that leaves the machine is seen, and so is a fetch by the worker.
    const prober = await env.context.newPage();
    const offsiteControl = 'http://offsite.invalid/control';
    await prober.evaluate((url) => fetch(url).catch(() => undefined), offsiteControl);
    assert(env.offsite.includes(offsiteControl), 'the network check did not see a request leave');
    env.offsite.splice(env.offsite.indexOf(offsiteControl), 1);
    await prober.close();
    const workerControl = `${env.origin}/plain.html?control`;
    const workerResources = () => performance.getEntriesByType('resource').map((e) => e.name).filter((n) => !n.startsWith('chrome-extension:'));
    await env.worker.evaluate((url) => fetch(url).then((r) => r.text()).then(() => undefined), workerControl);
    await waitFor(async () => (await env.worker.evaluate(workerResources)).includes(workerControl), "the worker's fetch in its resource timing");

    await openAnnotated(env);
    const workerFetches = (await env.worker.evaluate(workerResources)).filter((n) => n !== workerControl);
    assert(workerFetches.length === 0, `the worker fetched ${workerFetches}`);
    assert(env.offsite.length === 0, `requests left the machine: ${env.offsite.join(', ')}`);
  }],
  ['reloading the extension under an open page leaves no orphaned marks, badges or errors', async (env) => {
    await openAnnotated(env);
    assert(await env.page.evaluate(hasOverlayHost), 'no overlay before the reload');
    // The worker goes away mid-call, and env.worker with it: this test runs last.
    await env.worker.evaluate(() => chrome.runtime.reload()).catch(() => undefined);
    await waitFor(() => env.page.evaluate(annotationsGone), 'the old annotator to clean the page up');
    const left = { highlights: await env.page.evaluate(() => [...CSS.highlights.keys()]), overlay: await env.page.evaluate(hasOverlayHost) };
    assert(left.highlights.length === 0 && !left.overlay, `left behind: ${JSON.stringify(left)}`);
    // The old script keeps no observer running: text arriving now is not marked, and nothing throws.
    await env.page.evaluate(() => { const p = document.createElement('p'); p.textContent = 'Fish oil capsules helped my dry eye symptoms.'; document.querySelector('article').append(p); });
    await new Promise((r) => setTimeout(r, 2500));
    assert((await env.page.evaluate(() => [...CSS.highlights.keys()])).length === 0, 'a mark appeared after the reload');
    assert(env.offsite.length === 0, `requests left the machine: ${env.offsite.join(', ')}`);
  }],
];
