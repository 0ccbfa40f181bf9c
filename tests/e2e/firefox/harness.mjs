// Headless Firefox ESR with the extension installed, driven over WebDriver BiDi by puppeteer-core
// (Playwright cannot drive stock Firefox). One browser for the run; the test runner is ../harness.mjs.
import puppeteer from 'puppeteer-core';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { assert, waitFor } from '../harness.mjs';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** A fixed internal UUID, so the extension's pages have an origin the tests know in advance. */
const EXTENSION_UUID = '4b1e1d5c-6a0e-4d6b-9a53-2f1c0e7a9b11';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

/**
 * A proxy that forwards nothing: Firefox is told to send every request that is not for this machine
 * (127.0.0.1 and localhost never go through a proxy) here, so any attempt by the extension, its
 * pages or the test pages to reach the network is recorded, and refused.
 */
async function startNetworkSink() {
  const attempts = [];
  const sink = createServer((req, res) => { attempts.push(req.url); res.writeHead(403).end(); });
  sink.on('connect', (req, socket) => { attempts.push(`https://${req.url}`); socket.end('HTTP/1.1 403 Forbidden\r\n\r\n'); });
  await new Promise((resolve) => sink.listen(0, '127.0.0.1', resolve));
  return { port: sink.address().port, attempts, close: () => new Promise((r) => sink.close(r)) };
}

/** Firefox's own update service for its block lists and settings, which it calls on start-up whatever the prefs say. */
export const FIREFOX_OWN_HOSTS = ['firefox.settings.services.mozilla.com'];

/** `colorScheme` sets what pages see as prefers-color-scheme (a preference: BiDi cannot emulate it). */
export async function launchFirefox(extensionDir, { colorScheme } = {}) {
  const manifest = JSON.parse(await readFile(join(extensionDir, 'manifest.json'), 'utf8'));
  const geckoId = manifest.browser_specific_settings.gecko.id;
  const sink = await startNetworkSink();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    defaultViewport: { width: 1200, height: 800 },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: EXTENSION_UUID }),
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': sink.port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': sink.port,
      // Firefox's own checks for a captive portal and for connectivity, which some versions run on start-up.
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      ...(colorScheme ? { 'layout.css.prefers-color-scheme.content-override': colorScheme === 'dark' ? 0 : 1 } : {}),
    },
  });
  // Firefox writes the uncaught errors of every context to its output, the extension's pages and
  // scripts included, which BiDi does not report: "JavaScript error: moz-extension://<uuid>/…".
  const extensionErrors = [];
  for (const stream of [browser.process()?.stdout, browser.process()?.stderr]) {
    createInterface({ input: stream }).on('line', (line) => {
      if (line.startsWith(`JavaScript error: ${EXTENSION_ORIGIN}`)) extensionErrors.push(line);
    });
  }
  const installed = await browser.installExtension(extensionDir);
  if (installed !== geckoId) throw new Error(`installed ${installed}, expected ${geckoId}`);
  return {
    browser,
    context: browser.defaultBrowserContext(),
    networkAttempts: sink.attempts,
    extensionErrors,
    close: async () => { await browser.close(); await sink.close(); },
  };
}

/**
 * Opens one of the extension's pages in a window of its own, so that, like the real popup, it
 * leaves the test's page visible (Firefox does not run a hidden tab's smooth scrolling). BiDi
 * refuses to navigate to moz-extension:// URLs, so a served page navigates itself there; the
 * Firefox e2e build (E2E=1) makes the popup web-accessible to 127.0.0.1 for this, and the packaged
 * build does not.
 */
export async function openExtensionPage(env, path) {
  const page = await env.context.newPage({ type: 'window' });
  await page.goto(`${env.origin}/plain.html`);
  await page.evaluate((url) => { location.href = url; }, `${EXTENSION_ORIGIN}${path}`);
  // puppeteer does not follow the page to moz-extension://, so ask the page where it is.
  const here = () => page.evaluate(() => document.readyState === 'complete' && location.href).catch(() => false);
  await waitFor(async () => (await here()) === `${EXTENSION_ORIGIN}${path}`, `${path} to open`);
  return page;
}

/**
 * Each test also fails on an uncaught error in any of the extension's own contexts (background,
 * popup, content script), which Firefox reports in its output rather than over BiDi; the page's own
 * errors are caught by the shared runner.
 */
export const withExtensionErrorCheck = (tests) => tests.map(([name, fn, options]) => [name, async (env) => {
  const before = env.extensionErrors.length;
  await fn(env);
  assert(env.extensionErrors.length === before, `errors in the extension: ${env.extensionErrors.slice(before).join('; ')}`);
}, options]);
