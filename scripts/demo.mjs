// `npm run demo`: opens Chromium with the built extension on the bundled sample article.
// `npm run demo -- --screenshot DIR`: headless instead; writes the README's screenshots into DIR, in
// the light and the dark colour scheme: page-*.png, the article with a badge's evidence card open
// and whole, and panel-*.png, the article beside the side panel (when the build has one).
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DIST, launchWithExtension, waitFor } from '../tests/e2e/harness.mjs';
import { probeOverlay } from '../tests/e2e/overlay-probe.mjs';
import { startServer } from '../tests/e2e/serve.mjs';

const SAMPLE = '/fixtures/patient-column-magnesium/page.html';
const PAGE_WIDTH = 1200;
const PANEL_WIDTH = 400;
const SHOT_HEIGHT = 800;
/** Room kept above the badge and below the card in the page shot. */
const MARGIN = 90;
const args = process.argv.slice(2);
const shotAt = args.indexOf('--screenshot');
const shotDir = shotAt >= 0 ? args[shotAt + 1] : undefined;
if (shotAt >= 0 && (!shotDir || shotDir.endsWith('.png'))) {
  console.error('usage: npm run demo -- [--screenshot DIR]   (writes page-light.png, page-dark.png, panel-light.png, panel-dark.png into DIR)');
  process.exit(2);
}
if (!shotDir && !process.env.DISPLAY) {
  console.error('demo: no display to open a browser window on; run `npm run demo -- --screenshot docs/screenshots` instead');
  process.exit(2);
}

const server = await startServer();
const browser = await launchWithExtension({ headless: !!shotDir });
const page = browser.context.pages()[0] ?? (await browser.context.newPage());
const annotated = async () => {
  await page.goto(`${server.origin}${SAMPLE}`);
  await waitFor(() => page.evaluate(() => CSS.highlights.has('evidence-lens-supplement')), 'the extension to annotate the page', 15000);
};

if (!shotDir) {
  await annotated();
  console.log(`Evidence Lens is running on ${server.origin}${SAMPLE}. Hover a badge, or click the toolbar button. Close the window to stop.`);
  await new Promise((resolve) => browser.context.on('close', resolve));
  await server.close();
  process.exit(0);
}

/** The open card's border box in the viewport, read through the DevTools protocol (the overlay's shadow root is closed). */
async function cardBox() {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    const host = root.children.find((n) => n.nodeName === 'HTML').children.find((n) => n.nodeName.startsWith('EVIDENCE-LENS-') && n.shadowRoots?.length);
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: host.shadowRoots[0].nodeId, selector: '[role="dialog"]' });
    const [x1, y1, , , x2, y2] = (await cdp.send('DOM.getBoxModel', { nodeId })).model.border;
    return { top: y1, bottom: y2, left: x1, right: x2 };
  } finally {
    await cdp.detach();
  }
}

/**
 * The page with the second badge's card open ("magnesium oil", with its topical form note), the
 * badge near the top and the viewport tall enough that the card, which scrolls inside itself past
 * 70% of the viewport's height, shows whole.
 */
async function pageShot(file) {
  let height = SHOT_HEIGHT;
  for (;;) {
    await page.setViewportSize({ width: PAGE_WIDTH, height });
    await annotated();
    let overlay = await probeOverlay(page);
    const badges = await waitFor(async () => { const b = await overlay.all('button.badge'); return b.length > 1 ? b : undefined; }, 'the badges');
    const first = await overlay.center(badges[1].nodeId);
    await page.evaluate((by) => window.scrollBy(0, by), first.y - MARGIN);
    await overlay.detach();
    // Badges are drawn again for the part of the page in view: click the one now where it went.
    overlay = await probeOverlay(page);
    const centres = await Promise.all((await overlay.all('button.badge')).map((b) => overlay.center(b.nodeId)));
    const at = centres.reduce((best, c) => (Math.hypot(c.x - first.x, c.y - MARGIN) < Math.hypot(best.x - first.x, best.y - MARGIN) ? c : best));
    await page.mouse.click(at.x, at.y);
    await waitFor(async () => (await (await probeOverlay(page)).all('[role="dialog"]')).length === 1, 'the evidence card');
    await overlay.detach();
    const card = await cardBox();
    const needed = Math.ceil(card.bottom + MARGIN / 2);
    // A card as tall as its 70vh cap may be cut off inside: try again in a taller viewport.
    if (card.bottom - card.top < 0.7 * height - 2 && needed <= height) {
      await page.screenshot({ path: file, clip: { x: 0, y: 0, width: PAGE_WIDTH, height: Math.max(needed, SHOT_HEIGHT) } });
      return;
    }
    height = Math.max(needed, Math.ceil(height * 1.25));
  }
}

/**
 * The article beside the side panel, as Chrome shows them: the panel page is opened as a tab (a
 * headless browser draws no real side panel) for the article's tab, both are captured at the same
 * height, and a blank page puts the two images side by side for the final shot.
 */
async function panelShot(file, scheme) {
  const articleWidth = PAGE_WIDTH - PANEL_WIDTH;
  await page.setViewportSize({ width: articleWidth, height: SHOT_HEIGHT });
  await annotated();
  await page.bringToFront();
  const tabId = await waitFor(() => browser.worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id), 'the article tab');
  const article = await page.screenshot();
  const panel = await browser.context.newPage();
  await panel.emulateMedia({ colorScheme: scheme });
  await panel.setViewportSize({ width: PANEL_WIDTH, height: SHOT_HEIGHT });
  await panel.goto(`chrome-extension://${browser.extensionId}/${PANEL}?tab=${tabId}`);
  await waitFor(() => panel.evaluate(() => document.body.innerText.trim() && !document.body.innerText.includes('Reading this page')), 'the side panel to read the article');
  const side = await panel.screenshot();
  await panel.close();
  const frame = await browser.context.newPage();
  await frame.setViewportSize({ width: PAGE_WIDTH, height: SHOT_HEIGHT });
  await frame.setContent(`<body style="margin:0;display:flex;background:#888">
    <img style="width:${articleWidth}px" src="data:image/png;base64,${article.toString('base64')}">
    <img style="width:${PANEL_WIDTH - 1}px;border-left:1px solid #888" src="data:image/png;base64,${side.toString('base64')}"></body>`);
  await frame.evaluate(() => Promise.all([...document.images].map((img) => img.decode())));
  await frame.screenshot({ path: file });
  await frame.close();
}

await mkdir(shotDir, { recursive: true });
/** The side panel's page, when the build declares one. */
const PANEL = JSON.parse(await readFile(join(DIST, 'manifest.json'), 'utf8')).side_panel?.default_path;
for (const scheme of ['light', 'dark']) {
  await page.emulateMedia({ colorScheme: scheme });
  await pageShot(join(shotDir, `page-${scheme}.png`));
  console.log(`demo: saved ${join(shotDir, `page-${scheme}.png`)}`);
  if (!PANEL) continue;
  await panelShot(join(shotDir, `panel-${scheme}.png`), scheme);
  console.log(`demo: saved ${join(shotDir, `panel-${scheme}.png`)}`);
}
if (!PANEL) console.log('demo: this build declares no side panel; panel shots skipped');
await browser.close();
await server.close();
