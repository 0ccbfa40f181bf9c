// Re-renders the extension icons (icons/16.png, 32.png, 48.png, 128.png) from the SVG sources.
//
// Run from the project root:
//   node scripts/render-icons.mjs
//
// Uses playwright-core driving Debian's Chromium (/usr/bin/chromium). 16 px is rendered from
// icons/icon-small.svg (a pixel-fitted simplified variant) when it exists; all other sizes use
// icons/icon.svg. Backgrounds are transparent.
//
// The 128 px icon follows the Chrome Web Store guideline: 96x96 artwork centred in the
// 128x128 canvas with 16 px of transparent padding per side. Smaller sizes are full-bleed.
import { readFile, writeFile, access } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const iconsDir = join(root, 'icons');
const SIZES = [16, 32, 48, 128];
const PADDING = { 128: 16 };

async function exists(path) {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

const mainSvg = await readFile(join(iconsDir, 'icon.svg'), 'utf8');
const smallPath = join(iconsDir, 'icon-small.svg');
const smallSvg = (await exists(smallPath)) ? await readFile(smallPath, 'utf8') : mainSvg;

const browser = await chromium.launch({
  headless: true,
  executablePath: '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});

try {
  const context = await browser.newContext({ deviceScaleFactor: 1, viewport: { width: 256, height: 256 } });
  const page = await context.newPage();
  for (const size of SIZES) {
    const svg = size <= 16 ? smallSvg : mainSvg;
    const pad = PADDING[size] ?? 0;
    const art = size - 2 * pad;
    const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
    await page.setContent(
      `<!doctype html><html><head><style>
        html, body { margin: 0; padding: 0; background: transparent; }
        #icon { box-sizing: border-box; width: ${size}px; height: ${size}px; padding: ${pad}px; }
        img { display: block; width: ${art}px; height: ${art}px; }
      </style></head><body><div id="icon"><img src="${src}" width="${art}" height="${art}" alt=""></div></body></html>`,
    );
    await page.locator('#icon img').evaluate((el) =>
      el.complete ? el.decode() : new Promise((r) => el.addEventListener('load', r, { once: true })),
    );
    const icon = page.locator('#icon');
    const box = await icon.boundingBox();
    if (!box || box.width !== size || box.height !== size) {
      throw new Error(`icon element is ${box?.width}x${box?.height}, expected ${size}x${size}`);
    }
    const png = await icon.screenshot({ omitBackground: true });
    const out = join(iconsDir, `${size}.png`);
    await writeFile(out, png);
    console.log(`wrote ${out}`);
  }
} finally {
  await browser.close();
}
