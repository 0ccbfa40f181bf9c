// The Chromium suite's scenarios, as far as Firefox allows, in headless Firefox ESR with the built
// extension installed: marks, badges, the card by click and keyboard, the popup, the switches and
// exact restore, re-rendered and late text, a hostile page, no network and no extension errors.
// `setup` also serves the robustness suite (../robustness.spec.mjs) in Firefox.
import { assert, waitFor } from '../harness.mjs';
import { startServer } from '../serve.mjs';
import { EXTENSION_ORIGIN, FIREFOX_OWN_HOSTS, launchFirefox, openExtensionPage, withExtensionErrorCheck } from './harness.mjs';
import { probeOverlay } from './overlay-probe.mjs';
import { annotationsGone, assertAsBeforeExtension, openMarked, snapshotBeforeExtension } from '../page-checks.mjs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const REMINDER = 'Talk to your doctor before starting or stopping a supplement.';
const GRADE_WORDS = /Strong|Moderate|Limited|Insufficient|Against|Not graded/;
const POPUP = '/src/popup/index.html';

export async function setup(extensionDir, options) {
  const server = await startServer();
  const firefox = await launchFirefox(extensionDir, options);
  const env = { ...firefox, origin: server.origin };
  // An extension page kept open for the whole run, to call the extension's APIs as Chromium's suite
  // does from the service worker (Firefox has an event page instead, and BiDi does not reach it).
  env.ext = await openExtensionPage(env, POPUP);
  const setEnabled = (enabled) => env.ext.evaluate((enabled) => browser.storage.local.set({ settings: { enabled, disabledSites: [] } }), enabled);
  return { ...env, setEnabled, teardown: async () => { await firefox.close(); await server.close(); } };
}

const hasHighlights = (page) => page.evaluate(() => CSS.highlights.has('evidence-lens-supplement'));

/** Opens a test page, keeping a snapshot of it from before the extension ran, once it is marked. */
export async function openAnnotated(env, path = '/column.html') {
  await env.page.evaluateOnNewDocument(snapshotBeforeExtension);
  await openMarked(env.page, `${env.origin}${path}`);
}

/** The overlay once it is on the page. */
const overlayOf = (page) => waitFor(async () => { const o = await probeOverlay(page); return o.present ? o : undefined; }, 'the overlay');

/** The highlighted ranges of one kind: their text, and whether they sit in page chrome. */
const highlighted = (page, name) => page.evaluate((name) => [...(CSS.highlights.get(name) ?? [])].map((r) => ({
  text: r.toString(),
  inChrome: !!r.startContainer.parentElement?.closest('nav, aside, header.site, footer, textarea, [hidden], script, figure'),
})), name);

/** A test page's tab id, asked of the extension page the suite keeps open. */
export const tabIdOf = (env, page = env.page) => waitFor(() => env.ext.evaluate(async (url) =>
  (await browser.tabs.query({ url: 'http://127.0.0.1/*' })).find((t) => t.url === url)?.id, page.url()), 'the tab id');

const toolbarBadge = async (env) => env.ext.evaluate((tabId) => browser.action.getBadgeText({ tabId }), await tabIdOf(env, env.page));

/** The popup for the test's page, in a window of its own. */
async function openPopup(env) {
  const popup = await openExtensionPage(env, `${POPUP}?tab=${await tabIdOf(env, env.page)}`);
  await waitFor(() => popup.evaluate(() => !document.body.innerText.includes('Reading this page')), 'the popup to read the page');
  return popup;
}

/** Starts a scenario with no medicines stored, whatever an earlier one left. */
const forgetReader = (env) => env.ext.evaluate(() => browser.storage.local.remove('reader'));

/** The options page (with an empty list), in a window of its own. */
async function openOptions(env) {
  await forgetReader(env);
  const options = await openExtensionPage(env, '/src/options/index.html');
  await waitFor(() => options.$('#medicine-name'), 'the medicines form');
  return options;
}

async function addMedicine(options, name) {
  await options.type('#medicine-name', name);
  await options.click('form.add-medicine button[type="submit"]');
  await waitFor(() => options.evaluate((name) => [...document.querySelectorAll('.medicine-list li')].some((li) => li.innerText.includes(name)), name), `${name} in the list`);
}

/** Opens the card of a supplement's first badge by a real click; returns the badge and the card's text. */
async function openCardFor(env, supplementId) {
  const [badge] = await waitFor(async () => { const b = await (await overlayOf(env.page)).all(`button.badge[data-supplement="${supplementId}"]`); return b.length ? b : undefined; }, `a ${supplementId} badge`);
  const at = (await probeOverlay(env.page)).center(badge);
  await env.page.mouse.click(at.x, at.y);
  const [card] = await waitFor(async () => { const c = await (await probeOverlay(env.page)).all('[role="dialog"]'); return c.length ? c : undefined; }, `the ${supplementId} card`);
  await env.page.keyboard.press('Escape');
  await waitFor(async () => (await (await probeOverlay(env.page)).all('[role="dialog"]')).length === 0, 'the card to close');
  return { badge, card: card.text };
}

/** Waits until the popup's text says `words` (a case-insensitive pattern). */
const popupSays = (popup, words) => waitFor(() => popup.evaluate((w) => new RegExp(w, 'i').test(document.body.innerText), words), `"${words}" in the popup`);

const claimTexts = (popup) => popup.$$eval('button.claim', (buttons) => buttons.map((b) => b.innerText));

/** Clicks a popup control found by its visible text, as a person would. */
async function clickInPopup(popup, selector, text) {
  const control = await waitFor(async () => {
    const handle = await popup.evaluateHandle((selector, text) =>
      [...document.querySelectorAll(selector)].find((e) => new RegExp(text).test(e.closest('label, button')?.innerText ?? '')), selector, text.source);
    return (await handle.evaluate((e) => !!e)) ? handle : undefined;
  }, `"${text}" in the popup`);
  await control.click();
}

async function openAndSwitchOff(env, name) {
  await openAnnotated(env);
  const popup = await openPopup(env);
  await clickInPopup(popup, 'input[role="switch"]', name);
  await waitFor(() => env.page.evaluate(annotationsGone), 'annotations to go');
  return popup;
}

const scenarios = [
  ['marks supplement and condition mentions, never the word "as", never page chrome', async (env) => {
    await openAnnotated(env);
    const expected = {
      'evidence-lens-supplement': ['liquid magnesium', 'magnesium oil', 'magnesium citrate', 'magnesium chloride'],
      'evidence-lens-condition': ['ankylosing spondylitis', 'AS', 'foot cramps', 'insomnia', 'stiffness'],
    };
    const marks = [];
    for (const [name, words] of Object.entries(expected)) {
      const found = await highlighted(env.page, name);
      marks.push(...found);
      const missing = words.filter((w) => !found.some((h) => h.text === w || h.text.toLowerCase() === w));
      assert(missing.length === 0, `not marked: ${missing}; marked: ${found.map((h) => h.text)}`);
    }
    assert(!marks.some((h) => h.text === 'as' || h.text === 'As'), 'the word "as" was marked');
    assert(!marks.some((h) => h.inChrome), `marks in page chrome: ${marks.filter((h) => h.inChrome).map((h) => h.text)}`);
    assert(!marks.some((h) => /gummies|glycinate|turmeric/i.test(h.text)), 'hidden, form or alt text was marked');
  }],

  ['shows a badge beside supplement mentions that says its fit by shape and its grade in words', async (env) => {
    await openAnnotated(env);
    const overlay = await overlayOf(env.page);
    assert(overlay.mode === 'closed', `overlay shadow root is ${overlay.mode}, not closed`);
    const badges = await waitFor(async () => { const b = await overlay.all('button.badge'); return b.length ? b : undefined; }, 'badges');
    assert(badges.every((b) => b.attr('data-supplement') === 'magnesium'), 'a badge for something other than magnesium');
    assert(badges.every((b) => new RegExp(`^[✕▲✓–]\\s?(${GRADE_WORDS.source})$`).test(b.text)), `badge shape and words: ${badges.map((b) => b.text)}`);
    // The first badge sits beside the heading's "liquid magnesium", at its line's height (badges.spec.mjs checks it covers no text).
    const at = overlay.center(badges[0]);
    const word = await env.page.evaluate(() => [...CSS.highlights.get('evidence-lens-supplement')][0].getBoundingClientRect().toJSON());
    assert(at.y > word.top && at.y < word.bottom, `badge at ${JSON.stringify(at)}, word at ${JSON.stringify(word)}`);
  }],

  ['opens the evidence card on click; Escape and a click outside close it', async (env) => {
    await openAnnotated(env);
    const overlay = await overlayOf(env.page);
    const [badge] = await overlay.all('button.badge');
    const at = overlay.center(badge);
    const cards = async () => (await probeOverlay(env.page)).all('[role="dialog"]');
    await env.page.mouse.click(at.x, at.y);
    const [card] = await waitFor(async () => { const c = await cards(); return c.length ? c : undefined; }, 'the evidence card');
    assert(card.text.includes('Magnesium') && card.text.includes(REMINDER), `card text: ${card.text}`);
    assert(GRADE_WORDS.test(card.text), 'card gives grades in words');
    assert(/Cochrane|Office of Dietary Supplements|Nutrients/.test(card.text), 'card cites sources');
    assert(card.text.includes('skin'), 'card carries the topical form note');
    assert((await (await probeOverlay(env.page)).all('[role="dialog"] a[href^="https://"]')).length > 0, 'sources are links');
    await env.page.keyboard.press('Escape');
    await waitFor(async () => (await cards()).length === 0, 'Escape to close the card');
    await env.page.mouse.click(at.x, at.y);
    await waitFor(async () => (await cards()).length === 1, 'card to reopen');
    await env.page.mouse.click(5, 790);
    await waitFor(async () => (await cards()).length === 0, 'an outside click to close the card');
  }],

  ['opens the evidence card from the keyboard', async (env) => {
    await openAnnotated(env);
    await overlayOf(env.page);
    let reached = false;
    for (let i = 0; i < 40 && !reached; i++) {
      await env.page.keyboard.press('Tab');
      reached = await env.page.evaluate(() => document.activeElement?.localName.startsWith('evidence-lens-'));
    }
    assert(reached, 'Tab never reached a badge');
    const overlay = await probeOverlay(env.page);
    const expanded = await waitFor(async () => { const e = await overlay.all('button.badge[aria-expanded="true"]'); return e.length ? e : undefined; }, 'an expanded badge');
    const cards = await overlay.all('[role="dialog"]');
    assert(expanded.length === 1 && cards.length === 1 && cards[0].text.includes(REMINDER), 'focus opened one card');
    assert(expanded[0].attr('aria-controls') === cards[0].attr('id'), 'badge points screen readers at the card');
  }],

  ['popup lists the claims with kind and grade, and a click jumps to the sentence', async (env) => {
    await openAnnotated(env);
    const popup = await openPopup(env);
    const texts = await waitFor(async () => { const t = await claimTexts(popup); return t.length >= 4 ? t : undefined; }, 'four claims or more');
    assert(await popup.evaluate(() => [...document.querySelectorAll('.verdict li')].some((li) => li.innerText.startsWith('Magnesium:'))), 'a Magnesium verdict');
    assert(texts.some((t) => /Personal experience/.test(t) && /cramp/i.test(t)), 'a personal cramp claim');
    assert(texts.some((t) => /Caution/.test(t) && /Insomnia/.test(t)), 'a caution about insomnia');
    assert(texts.some((t) => /warns of harm/.test(t) && /gave me diarrhea/.test(t)), 'a side effect is a harm claim');
    assert(texts.every((t) => GRADE_WORDS.test(t) || /Known side effect/.test(t)), 'every claim shows a grade or a known side effect');
    assert(await popup.evaluate((r) => document.body.innerText.includes(r), REMINDER), 'popup carries the reminder');
    const before = await env.page.evaluate(() => window.scrollY);
    await clickInPopup(popup, 'button.claim', /gave me diarrhea/);
    await waitFor(() => env.page.evaluate(() => CSS.highlights.has('evidence-lens-flash')), 'the sentence to flash');
    await waitFor(async () => (await env.page.evaluate(() => window.scrollY)) > before + 300, 'the page to scroll to the sentence');
    const flashed = await env.page.evaluate(() => [...CSS.highlights.get('evidence-lens-flash')][0].toString());
    assert(flashed.includes('gave me diarrhea'), `flashed "${flashed}"`);
    await popup.close();
  }],

  ['on a page about pregnancy, the card and popup show the pregnancy evidence, the other groups folded, and a known side effect', async (env) => {
    await openAnnotated(env, '/pregnancy.html');
    const popup = await openPopup(env);
    const texts = await waitFor(async () => { const t = await claimTexts(popup); return t.some((x) => /gave me diarrhoea/.test(x)) ? t : undefined; }, 'the claims');
    assert(texts.some((t) => /ease my leg cramps/.test(t) && /Evidence for: .*pregnan/i.test(t)), `no cramp claim with the pregnancy evidence: ${texts.join(' | ')}`);
    assert(texts.some((t) => /gave me diarrhoea/.test(t) && /Known side effect/.test(t)), `the diarrhoea claim is not a known side effect: ${texts.join(' | ')}`);
    await popup.close();
    const overlay = await overlayOf(env.page);
    const [badge] = await waitFor(async () => { const b = await overlay.all('button.badge'); return b.length ? b : undefined; }, 'a badge');
    const at = overlay.center(badge);
    await env.page.mouse.click(at.x, at.y);
    const [card] = await waitFor(async () => { const c = await (await probeOverlay(env.page)).all('[role="dialog"]'); return c.length ? c : undefined; }, 'the evidence card');
    assert(/Applies to: [^.]*pregnan/i.test(card.text), `the card does not lead with the pregnancy evidence: ${card.text}`);
    assert(/Known side effect/.test(card.text), 'the card does not mark diarrhoea as a known side effect');
    const [folded] = await (await probeOverlay(env.page)).all('details.others');
    assert(folded && folded.attr('open') === undefined, 'the other groups are not folded');
    const [summary] = await (await probeOverlay(env.page)).all('details.others > summary');
    const where = (await probeOverlay(env.page)).center(summary);
    await env.page.mouse.click(where.x, where.y);
    const [unfolded] = await waitFor(async () => { const d = await (await probeOverlay(env.page)).all('details.others[open]'); return d.length ? d : undefined; }, 'the other groups to unfold');
    assert(/older adults/i.test(unfolded.text), `unfolded groups: ${unfolded.text}`);
  }],

  ['the toolbar icon shows the number of claims on the tab', async (env) => {
    await openAnnotated(env);
    const popup = await openPopup(env);
    // The popup lists sentences, several of which make more than one claim: its heading counts the claims.
    const listed = await popup.evaluate(() => document.querySelector('header .muted').innerText.match(/^(\d+) health claims? on this page$/)?.[1]);
    const badge = await waitFor(() => toolbarBadge(env), 'badge text');
    assert(badge === listed, `toolbar says ${badge}, popup lists ${listed}`);
    await popup.close();
  }],

  ['switching off for the site restores the page exactly, and on again re-annotates', async (env) => {
    const popup = await openAndSwitchOff(env, /^On 127\.0\.0\.1/);
    await assertAsBeforeExtension(env.page, 'page not restored');
    await waitFor(async () => (await toolbarBadge(env)) === '', 'the toolbar count to clear');
    await clickInPopup(popup, 'input[role="switch"]', /^On 127\.0\.0\.1/);
    await waitFor(() => hasHighlights(env.page), 're-annotation');
    await popup.close();
  }],

  ['switching off everywhere clears the page', async (env) => {
    const popup = await openAndSwitchOff(env, /^Everywhere/);
    await clickInPopup(popup, 'input[role="switch"]', /^Everywhere/);
    await waitFor(() => hasHighlights(env.page), 're-annotation');
    await popup.close();
  }],

  ['a page with nothing health-related gets no annotations and a friendly popup', async (env) => {
    await env.page.goto(`${env.origin}/plain.html`);
    const popup = await openPopup(env);
    await waitFor(() => popup.evaluate(() => /No supplement claims found/.test(document.body.innerText)), 'the friendly message');
    assert(await env.page.evaluate(annotationsGone), 'the plain page was annotated');
    await popup.close();
  }],

  ['a single-page app that moves from a plain view to a health article gets annotated, and an open popup follows', async (env) => {
    await env.page.goto(`${env.origin}/spa.html`);
    const popup = await openPopup(env);
    await popupSays(popup, 'No supplement claims found');
    await env.page.evaluate(() => window.openArticle());
    await waitFor(async () => (await highlighted(env.page, 'evidence-lens-supplement')).some((h) => h.text === 'magnesium'), 'a mark on the article');
    await popupSays(popup, 'foot cramps');
    await popup.close();
  }],

  ['annotations follow a paragraph that a Preact app keeps re-rendering', async (env) => {
    await env.page.goto(`${env.origin}/rerender.html?renders=41`);
    await waitFor(() => env.page.evaluate(() => window.__renders >= 41), 'renders to finish');
    const story = await env.page.$eval('p.story', (p) => p.innerText);
    assert(/^(My sister says fish oil|I take magnesium)/.test(story), `page text broken: ${story}`);
    const expected = story.includes('fish oil') ? 'fish oil' : 'magnesium';
    await waitFor(async () => (await highlighted(env.page, 'evidence-lens-supplement')).some((h) => h.text === expected), `a mark on "${expected}"`);
    assert((await env.page.$$('p.story')).length === 1, 'the app still renders one story');
  }],

  ['text added later is annotated on its own, without re-reading the page, and an open popup follows', async (env) => {
    await openAnnotated(env, '/comments.html');
    await env.page.evaluate(() => { window.__firstMark = [...CSS.highlights.get('evidence-lens-supplement')][0]; });
    const popup = await openPopup(env);
    await popupSays(popup, 'foot cramps');
    await env.page.evaluate(() => window.loadComments());
    await waitFor(async () => (await highlighted(env.page, 'evidence-lens-supplement')).some((h) => h.text.startsWith('Fish oil')), 'a mark on the new comment');
    assert(await env.page.evaluate(() => [...CSS.highlights.get('evidence-lens-supplement')].includes(window.__firstMark)), 'the article was read again: its marks were replaced');
    await popupSays(popup, 'dry eye');
    await popup.close();
  }],

  ['a page with globals, a custom element and styles named like ours cannot reach or hide the badges', async (env) => {
    await openAnnotated(env, '/hostile.html');
    const overlay = await overlayOf(env.page);
    const badges = await waitFor(async () => { const b = await overlay.all('button.badge'); return b.length ? b : undefined; }, 'a badge on the hostile page');
    assert(badges[0].box.width > 0 && badges[0].box.x > 0 && badges[0].box.y > 0, 'the badge is not laid out');
    const host = await env.page.evaluate(() => {
      const el = [...document.documentElement.children].find((e) => e.localName.startsWith('evidence-lens-'));
      return { name: el?.localName, shadowVisibleToPage: el?.shadowRoot !== null, patched: window.__patchedAppendCalls ?? 0 };
    });
    assert(host.name && host.name !== 'evidence-lens-overlay', `the host took a name the page could predict: ${host.name}`);
    assert(!host.shadowVisibleToPage, 'the page can see into our shadow root');
    assert(host.patched === 0, "our code ran through the page's patched DOM methods");
  }],

  ['a page cannot load or probe for the extension\'s scripts', async (env) => {
    // A page of its own: the refused fetches are logged as errors there, which is the point.
    const prober = await env.context.newPage();
    await prober.goto(`${env.origin}/plain.html`);
    const reachable = (path) => prober.evaluate((url) => fetch(url).then((r) => r.ok, () => false), `${EXTENSION_ORIGIN}/${path}`);
    // The control: this test build makes the popup web-accessible to 127.0.0.1, so a fetch can succeed.
    assert(await reachable(POPUP.slice(1)), 'the probe cannot reach even a web-accessible file');
    for (const file of ['src/content/sentinel.js', 'src/content/annotate-page.js']) assert(!(await reachable(file)), `a page could fetch ${file}`);
    await prober.close();
  }],

  ['medicines set on the options page bring "For you" to the right cards, with a warning mark on the badge', async (env) => {
    const options = await openOptions(env);
    for (const name of ['the pill', 'Zoloft', 'Fosamax', 'Coumadin', 'Onfi', "grandma's tonic"]) await addMedicine(options, name);
    const listed = await options.$$eval('.medicine-list li', (items) => items.map((li) => li.innerText));
    assert(listed.some((t) => /grandma's tonic/.test(t) && /not checked/.test(t)), `an unknown medicine is not marked "not checked": ${listed}`);
    assert(listed.some((t) => /Zoloft/.test(t) && /= Sertraline/.test(t)), `Zoloft is not resolved to sertraline: ${listed}`);
    await options.close();
    await env.page.goto(`${env.origin}/medicines.html`);
    await waitFor(() => hasHighlights(env.page), 'supplement highlights');
    const expected = {
      'st-johns-wort': [/Major/, /Hormonal contraceptives, on your list/i, /Sertraline \(ssri antidepressants\), on your list/i],
      magnesium: [/Magnesium with Alendronate \(bisphosphonates\), on your list/],
      turmeric: [/with Warfarin, on your list/],
      cbd: [/with Clobazam, on your list/],
    };
    for (const [id, patterns] of Object.entries(expected)) {
      const { badge, card } = await openCardFor(env, id);
      assert(/\bfor-you\b/.test(badge.attr('class')), `the ${id} badge has no warning mark`);
      assert(card.indexOf('For you') !== -1 && card.indexOf('For you') < card.indexOf('Evidence for the conditions'), `the ${id} card does not lead with For you: ${card}`);
      for (const p of patterns) assert(p.test(card), `the ${id} card does not say ${p}: ${card}`);
      assert(card.includes(REMINDER), `the ${id} card lost the doctor reminder`);
    }
    const { card: vitaminD } = await openCardFor(env, 'vitamin-d');
    assert(/5,000 IU is above the 4,000 IU a day upper limit for adults/.test(vitaminD), `no dose note: ${vitaminD}`);
    await forgetReader(env);
  }],

  ['without a list, a medicine the page names is flagged on the card', async (env) => {
    await forgetReader(env);
    await openAnnotated(env, '/named-drug.html');
    const marked = await highlighted(env.page, 'evidence-lens-drug');
    assert(marked.some((h) => h.text === 'warfarin'), `warfarin is not marked as a medicine: ${JSON.stringify(marked)}`);
    assert((await (await overlayOf(env.page)).all('button.badge')).every((b) => b.attr('data-supplement') === 'turmeric'), 'a medicine got a badge');
    const { card } = await openCardFor(env, 'turmeric');
    assert(/For you[\s\S]*with Warfarin, named on this page/.test(card), `the page's warfarin is not flagged: ${card}`);
  }],

  ['the medicines list exports, forgets and imports; a damaged file is refused and the list kept', async (env) => {
    const options = await openOptions(env);
    await addMedicine(options, 'Coumadin');
    // Firefox's download prompt is out of reach here; the exported file is read from the link the page would follow.
    await options.evaluate(() => { HTMLAnchorElement.prototype.click = function () { window.__exported = this.href; }; });
    await clickInPopup(options, 'button', /^Export/);
    const exported = JSON.parse(await waitFor(() => options.evaluate(() => window.__exported && fetch(window.__exported).then((r) => r.text())), 'the exported file'));
    assert(exported.format === 'evidence-lens-reader-profile' && exported.medicines[0] === 'Coumadin', `exported ${JSON.stringify(exported)}`);
    await clickInPopup(options, 'button', /^Forget everything/);
    await waitFor(() => options.evaluate(() => document.body.innerText.includes('No medicines listed.')), 'the list to empty');
    const dir = await mkdtemp(join(tmpdir(), 'evidence-lens-import-'));
    const upload = async (name, text) => {
      await writeFile(join(dir, name), text);
      await (await options.$('input[type="file"]')).uploadFile(join(dir, name));
    };
    await upload('medicines.json', JSON.stringify(exported));
    await waitFor(() => options.evaluate(() => /Coumadin/.test(document.querySelector('.medicine-list')?.innerText ?? '')), 'the import to restore the list');
    await upload('broken.json', '{"format": "evidence-lens-reader-prof');
    await waitFor(() => options.evaluate(() => /damaged/.test(document.querySelector('[role="alert"]')?.innerText ?? '')), 'the damaged file to be refused');
    assert(await options.evaluate(() => /Coumadin/.test(document.querySelector('.medicine-list')?.innerText ?? '')), 'a refused import changed the list');
    await forgetReader(env);
    await options.close();
  }],

  ['the extension makes no network requests', async (env) => {
    // The sink must really catch what leaves: a request from an extension page has to show up in it.
    await env.ext.evaluate(() => fetch('http://sink-check.invalid/').catch(() => undefined));
    await waitFor(() => env.networkAttempts.some((u) => u.startsWith('http://sink-check.invalid/')), 'the network sink to see a request');
    await openAnnotated(env);
    await (await openPopup(env)).close();
    const fromBackground = await env.ext.evaluate(async (own) => (await browser.runtime.getBackgroundPage()).performance
      .getEntriesByType('resource').map((e) => e.name).filter((n) => !n.startsWith(own)), EXTENSION_ORIGIN);
    assert(fromBackground.length === 0, `the background page fetched ${fromBackground}`);
    const left = env.networkAttempts.filter((u) => !u.startsWith('http://sink-check.invalid/') && !FIREFOX_OWN_HOSTS.includes(new URL(u).hostname));
    assert(left.length === 0, `requests tried to leave the machine: ${left.join(', ')}`);
  }],
];

export const tests = [
  ...withExtensionErrorCheck(scenarios),
  ['no uncaught error in the extension during the whole run', async (env) => {
    await new Promise((r) => setTimeout(r, 500)); // Firefox's output arrives a little after the fact
    assert(env.extensionErrors.length === 0, `errors in the extension: ${env.extensionErrors.join('; ')}`);
    // And the check is live: an error thrown in an extension page shows up.
    await env.ext.evaluate(() => { setTimeout(() => { throw new Error('error-check canary'); }); });
    await waitFor(() => env.extensionErrors.some((l) => l.includes('error-check canary')), 'the canary error in Firefox\'s output');
  }],
];
