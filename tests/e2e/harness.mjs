// A small test runner for the end-to-end suites: real headless Chromium with the built extension
// loaded, one browser for the whole run, a fresh page per test. Prints "N passed, N failed".
import { chromium } from 'playwright-core';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// EXTENSION_DIR lets a bench or a second suite use its own build without racing the default one.
export const DIST = process.env.EXTENSION_DIR ?? fileURLToPath(new URL('../../dist', import.meta.url));
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchWithExtension({ headless = true } = {}) {
  if (!existsSync(CHROMIUM)) {
    console.error(`no Chromium at ${CHROMIUM}: install it with \`apt-get install -y chromium\` (Debian, as root) or set CHROMIUM_PATH to a Chromium binary`);
    process.exit(2);
  }
  const profile = await mkdtemp(join(tmpdir(), 'evidence-lens-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless,
    viewport: { width: 1200, height: 800 },
    args: [
      `--disable-extensions-except=${DIST}`, `--load-extension=${DIST}`, '--no-sandbox', '--disable-gpu',
      '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return { context, worker, extensionId, close: async () => { await context.close(); await rm(profile, { recursive: true, force: true }); } };
}

export function assert(condition, message) {
  if (!condition) throw new Error(message);
}

export async function waitFor(predicate, what, timeoutMs = 8000) {
  const until = Date.now() + timeoutMs;
  let last;
  while (Date.now() < until) {
    last = await predicate();
    if (last) return last;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

const fromExtension = (text) => /chrome-extension:|moz-extension:|Evidence Lens/.test(text);

/**
 * Runs tests in order; each gets a fresh page and fails on any uncaught page error. A test marked
 * `{ ownErrorsAllowed: true }` (a real saved page whose scripts fail offline) fails only on errors
 * that come from the extension.
 */
export async function run(suiteName, allTests, setup) {
  // E2E_ONLY="words" runs the scenarios whose names hold them, for working on one scenario.
  const only = process.env.E2E_ONLY;
  const tests = only ? allTests.filter(([name]) => name.includes(only)) : allTests;
  if (!tests.length) return { passed: 0, failed: 0 };
  const env = await setup();
  let passed = 0;
  let failed = 0;
  for (const [name, fn, options = {}] of tests) {
    const page = await env.context.newPage();
    const pageErrors = [];
    const record = (text) => { if (!options.ownErrorsAllowed || fromExtension(text)) pageErrors.push(text); };
    page.on('pageerror', (e) => record(`${e.message} ${e.stack ?? ''}`));
    page.on('console', (m) => { if (m.type() === 'error') record(`console: ${m.text()} ${m.location().url ?? ''}`); });
    const started = Date.now();
    try {
      await fn({ ...env, page });
      assert(pageErrors.length === 0, `errors in the page: ${pageErrors.join('; ')}`);
      passed++;
      console.log(`  ✓ ${name} (${Date.now() - started} ms)`);
    } catch (e) {
      failed++;
      console.log(`  ✗ ${name}\n      ${String(e.stack ?? e).split('\n').slice(0, 3).join('\n      ')}`);
    } finally {
      await page.close().catch(() => {});
    }
  }
  await env.teardown();
  console.log(`${suiteName}: ${passed} passed, ${failed} failed`);
  return { passed, failed };
}
