// The side panel, opened as a page (headless Chromium cannot show a real side panel): the page's
// verdict, one entry per sentence, the kind filter, the keyboard, and following the active tab.
import { assert, waitFor } from './harness.mjs';
import { openAnnotated, setup, tabIdOf } from './chromium.spec.mjs';

export { setup };

const COLUMN = '/fixtures/patient-column-magnesium/page.html';
const CONTRADICTS = 'Goes against the evidence';

/** The side panel's page for the tab, in front, once it lists the claims. */
async function openPanel(env, tabId) {
  const panel = await env.context.newPage();
  await panel.goto(`chrome-extension://${env.extensionId}/src/sidepanel/index.html?tab=${tabId}`);
  await panel.locator('button.claim').first().waitFor();
  return panel;
}

const sentences = (panel) => panel.locator('button.claim .sentence').allInnerTexts();

export const tests = [
  ['side panel: the verdict, one entry per sentence with the contradicting claims first, and the kind filter', async (env) => {
    await openAnnotated(env, COLUMN);
    const panel = await openPanel(env, await tabIdOf(env, env.page));
    const magnesium = await panel.locator('.supplement-verdict[data-supplement="magnesium"]').innerText();
    assert(/^Magnesium: this page says it helps .*cramps/.test(magnesium), `the magnesium verdict: ${magnesium}`);
    assert(/Against for [^.]*Muscle cramps/.test(magnesium), `the verdict does not say cramps are against: ${magnesium}`);
    assert(/\d+ of \d+ claims are personal experience/.test(await panel.locator('.verdict .argues').innerText()), 'how the page argues');

    const listed = await sentences(panel);
    assert(listed.length >= 5, `only ${listed.length} sentences listed`);
    assert(new Set(listed).size === listed.length, `a sentence is listed twice: ${listed.join(' | ')}`);
    const cramps = panel.locator('.chip', { hasText: 'Muscle cramps' }).filter({ hasText: CONTRADICTS });
    assert(await cramps.count() > 0, 'no cramps claim marked as going against the evidence');
    const first = await panel.locator('button.claim').first().innerText();
    assert(first.includes(CONTRADICTS), `the first entry does not go against the evidence: ${first}`);

    const filter = panel.getByRole('group', { name: 'Show claims of one kind' });
    const caution = filter.getByRole('button', { name: /^Caution \(\d+\)$/ });
    const cautions = Number((await caution.innerText()).match(/\d+/)[0]);
    await caution.click();
    assert(await caution.getAttribute('aria-pressed') === 'true', 'the chosen kind is not pressed');
    const narrowed = await panel.locator('button.claim').allInnerTexts();
    assert(narrowed.length === cautions && cautions < listed.length, `the filter left ${narrowed.length} of ${listed.length} (button says ${cautions})`);
    assert(narrowed.every((t) => /Caution/.test(t)), `an entry of another kind: ${narrowed.join(' | ')}`);
    await filter.getByRole('button', { name: /^All \(\d+\)$/ }).click();
    assert((await sentences(panel)).length === listed.length, 'All does not list every sentence again');
    await panel.close();
  }],

  ['side panel: the keyboard reaches the filter and the entries, and Enter jumps to the sentence while the panel stays', async (env) => {
    await openAnnotated(env, COLUMN);
    const panel = await openPanel(env, await tabIdOf(env, env.page));
    await panel.bringToFront();
    const focused = () => panel.evaluate(() => ({ kind: document.activeElement?.closest('[role="group"]')?.getAttribute('aria-label'), claim: document.activeElement?.matches('button.claim') }));
    const seen = { filter: false, claim: false };
    for (let i = 0; i < 15 && !seen.claim; i++) {
      await panel.keyboard.press('Tab');
      const now = await focused();
      seen.filter ||= now.kind === 'Show claims of one kind';
      seen.claim ||= now.claim;
    }
    assert(seen.filter && seen.claim, `Tab reached the filter: ${seen.filter}, an entry: ${seen.claim}`);

    const before = await env.page.evaluate(() => window.scrollY);
    await panel.locator('button.claim', { hasText: 'can cause diarrhea' }).focus();
    await panel.keyboard.press('Enter');
    await env.page.bringToFront();
    await waitFor(() => env.page.evaluate(() => CSS.highlights.has('evidence-lens-flash')), 'the sentence to flash');
    await waitFor(async () => (await env.page.evaluate(() => window.scrollY)) > before + 300, 'the page to scroll to the sentence');
    const flashed = await env.page.evaluate(() => [...CSS.highlights.get('evidence-lens-flash')][0].toString());
    assert(flashed.includes('can cause diarrhea'), `flashed "${flashed}"`);
    assert(!panel.isClosed(), 'the panel closed');
    assert((await sentences(panel)).some((s) => s.includes('can cause diarrhea')), 'the panel no longer lists the claims');
    await panel.close();
  }],

  ['side panel: follows the tab the reader brings to the front', async (env) => {
    await openAnnotated(env, COLUMN);
    const panel = await openPanel(env, await tabIdOf(env, env.page));
    const other = await env.context.newPage();
    try {
      await openAnnotated(env, '/pregnancy.html', other);
      await other.bringToFront();
      await waitFor(async () => (await sentences(panel)).some((s) => s.includes('ease my leg cramps')), 'the panel to show the second tab');
      assert(!(await sentences(panel)).some((s) => s.includes('can cause diarrhea')), 'the first tab\'s claims are still listed');
      await env.page.bringToFront();
      await waitFor(async () => (await sentences(panel)).some((s) => s.includes('can cause diarrhea')), 'the panel to follow back to the first tab');
    } finally {
      await other.close();
      await panel.close();
    }
  }],
];
