// The sidebar (Firefox's side panel) opened as a page in a window of its own, as the popup's
// scenarios open the popup: the page's verdict, one entry per sentence, the kind filter, and a jump
// to a sentence from the keyboard that leaves the sidebar open. Uses the Firefox suite's setup.
import { assert, waitFor } from '../harness.mjs';
import { openExtensionPage, withExtensionErrorCheck } from './harness.mjs';
import { openAnnotated, tabIdOf } from './firefox.spec.mjs';

const COLUMN = '/fixtures/patient-column-magnesium/page.html';
const CONTRADICTS = 'Goes against the evidence';

/** The sidebar's page for the test's tab, once it lists the claims. */
async function openPanel(env) {
  const panel = await openExtensionPage(env, `/src/sidepanel/index.html?tab=${await tabIdOf(env)}`);
  await waitFor(() => panel.$('button.claim'), 'the claims in the sidebar');
  return panel;
}

const entries = (panel) => panel.$$eval('button.claim', (buttons) => buttons.map((b) => ({ text: b.innerText, sentence: b.querySelector('.sentence').innerText })));

export const tests = withExtensionErrorCheck([
  ['sidebar: the verdict, one entry per sentence with the contradicting claims first, and the kind filter', async (env) => {
    await openAnnotated(env, COLUMN);
    const panel = await openPanel(env);
    const magnesium = await panel.$eval('.supplement-verdict[data-supplement="magnesium"]', (li) => li.innerText);
    assert(/Against for [^.]*Muscle cramps/.test(magnesium), `the verdict does not say cramps are against: ${magnesium}`);
    const listed = await entries(panel);
    const sentences = listed.map((e) => e.sentence);
    assert(listed.length >= 5 && new Set(sentences).size === sentences.length, `sentences listed: ${sentences.join(' | ')}`);
    assert(listed[0].text.includes(CONTRADICTS), `the first entry does not go against the evidence: ${listed[0].text}`);
    const cramps = await panel.$$eval('.chip', (chips, word) => chips.filter((c) => c.innerText.includes('Muscle cramps') && c.innerText.includes(word)).length, CONTRADICTS);
    assert(cramps > 0, 'no cramps claim marked as going against the evidence');

    const filterName = await panel.$eval('.kind-filter', (g) => `${g.getAttribute('role')}: ${g.getAttribute('aria-label')}`);
    assert(filterName === 'group: Show claims of one kind', `the filter is ${filterName}`);
    const caution = await waitFor(async () => {
      const handle = await panel.evaluateHandle(() => [...document.querySelectorAll('.kind-filter button')].find((b) => /^Caution \(\d+\)$/.test(b.innerText)));
      return (await handle.evaluate((b) => !!b)) ? handle : undefined;
    }, 'the Caution filter');
    const cautions = Number((await caution.evaluate((b) => b.innerText)).match(/\d+/)[0]);
    await caution.click();
    const narrowed = await waitFor(async () => { const e = await entries(panel); return e.length === cautions ? e : undefined; }, `${cautions} caution entries`);
    assert(cautions < listed.length && narrowed.every((e) => /Caution/.test(e.text)), `the filter left ${narrowed.map((e) => e.text).join(' | ')}`);
    await panel.close();
  }],

  ['sidebar: Enter on an entry jumps to the sentence and the sidebar stays open', async (env) => {
    await openAnnotated(env, COLUMN);
    const panel = await openPanel(env);
    const before = await env.page.evaluate(() => window.scrollY);
    await panel.evaluate(() => [...document.querySelectorAll('button.claim')].find((b) => b.innerText.includes('can cause diarrhea')).focus());
    await panel.keyboard.press('Enter');
    await waitFor(() => env.page.evaluate(() => CSS.highlights.has('evidence-lens-flash')), 'the sentence to flash');
    await waitFor(async () => (await env.page.evaluate(() => window.scrollY)) > before + 300, 'the page to scroll to the sentence');
    const flashed = await env.page.evaluate(() => [...CSS.highlights.get('evidence-lens-flash')][0].toString());
    assert(flashed.includes('can cause diarrhea'), `flashed "${flashed}"`);
    assert((await entries(panel)).some((e) => e.sentence.includes('can cause diarrhea')), 'the sidebar no longer lists the claims');
    await panel.close();
  }],
]);
