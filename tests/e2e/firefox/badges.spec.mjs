// Badges that cover no text and say their claim's fit, and the card that leads with the claim, in
// headless Firefox: the Chromium suite's checks (../badges.spec.mjs), with badges read over BiDi.
import { assert, waitFor } from '../harness.mjs';
import { BADGE_PAGES, CRAMPS_CARD_OPENING, CRAMPS_FIT_WORDS, WIDTHS, assertNoBadgeCoversText, beginsWith, crampsMentionBox } from '../badges.spec.mjs';
import { probeOverlay } from './overlay-probe.mjs';

const firefox = {
  resize: (page, width, height) => page.setViewport({ width, height }),
  readBadges: async (page) => (await probeOverlay(page)).all('button.badge').then((badges) => badges.map((b) => ({ label: b.attr('aria-label'), ...b.box }))),
};

export const tests = [
  ...BADGE_PAGES.map((p) => [`no badge covers text on ${p.path}, at ${WIDTHS.join(' and ')} px`, (env) => assertNoBadgeCoversText(env.page, env.origin, p, firefox)]),

  ['the cramps sentence\'s badge says its claim goes against the evidence, and its card leads with that claim', async (env) => {
    await env.page.goto(`${env.origin}/column.html`);
    const mention = await waitFor(() => env.page.evaluate(crampsMentionBox), 'the cramps sentence');
    const badges = await waitFor(async () => { const b = await (await probeOverlay(env.page)).all('button.badge[data-supplement="magnesium"]'); return b.length ? b : undefined; }, 'magnesium badges');
    const beside = badges.filter((b) => b.box.bottom > mention.top && b.box.top < mention.bottom); // after it, or in a margin at its height
    assert(beside.length === 1, `${beside.length} badges beside the cramps sentence's "magnesium" at ${JSON.stringify(mention)}: ${JSON.stringify(badges.map((b) => b.box))}`);
    const [badge] = beside;
    assert(badge.attr('data-fit') === 'contradicts' && badge.attr('aria-label').includes(CRAMPS_FIT_WORDS), `the cramps badge says ${badge.attr('aria-label')} (${badge.attr('data-fit')})`);
    assert(/^✕\s?Against$/.test(badge.text) && /\bfit-contradicts\b/.test(badge.html), `the cramps badge shows "${badge.text}" without the contradicts shape: ${badge.html}`);
    const at = (await probeOverlay(env.page)).center(badge);
    await env.page.mouse.click(at.x, at.y);
    const [card] = await waitFor(async () => { const c = await (await probeOverlay(env.page)).all('[role="dialog"]'); return c.length ? c : undefined; }, 'the cramps card');
    assert(beginsWith(card.text, CRAMPS_CARD_OPENING), `the card begins: ${card.text.slice(0, 200)}`);
    assert(card.text.includes(`This claim: ${CRAMPS_FIT_WORDS}.`), 'the card does not say the claim\'s fit in words');
  }],
];
