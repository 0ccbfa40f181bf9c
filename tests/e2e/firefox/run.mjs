// Runs the Firefox end-to-end suites (Firefox's scenarios, then the robustness suite) in headless Firefox ESR. It builds its own copy of the Firefox
// extension with E2E=1 into a temporary folder (never dist-firefox, which is what gets linted and
// packaged), unless FIREFOX_EXTENSION_DIR names a build to use. Prints "N passed, N failed".
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { run } from '../harness.mjs';
import * as robustnessSuite from '../robustness.spec.mjs';
import { withExtensionErrorCheck } from './harness.mjs';
import * as firefoxSuite from './firefox.spec.mjs';
import * as firefoxBadgesSuite from './badges.spec.mjs';
import * as firefoxPanelSuite from './panel.spec.mjs';
import * as firefoxA11ySuite from './a11y.spec.mjs';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
if (!existsSync(FIREFOX)) {
  console.error(`e2e: no Firefox at ${FIREFOX}; install firefox-esr (apt-get install -y firefox-esr) or set FIREFOX_PATH`);
  process.exit(2);
}

let extensionDir = process.env.FIREFOX_EXTENSION_DIR;
const ownBuild = !extensionDir;
if (ownBuild) {
  extensionDir = await mkdtemp(join(tmpdir(), 'evidence-lens-firefox-e2e-'));
  process.env.E2E = '1';
  const { build } = await import('vite');
  await build({ root: fileURLToPath(new URL('../../..', import.meta.url)), mode: 'firefox', logLevel: 'warn', build: { outDir: extensionDir, emptyOutDir: true } });
}

try {
  const setup = () => firefoxSuite.setup(extensionDir);
  const results = [
    await run('firefox', firefoxSuite.tests, setup),
    await run('firefox robustness', withExtensionErrorCheck(robustnessSuite.tests), setup),
    await run('firefox badges', withExtensionErrorCheck(firefoxBadgesSuite.tests), setup),
    await run('firefox a11y', withExtensionErrorCheck(firefoxA11ySuite.tests), setup),
    await run('firefox a11y (dark)', withExtensionErrorCheck(firefoxA11ySuite.darkTests), () => firefoxSuite.setup(extensionDir, { colorScheme: 'dark' })),
    await run('firefox panel', firefoxPanelSuite.tests, setup),
  ];
  const passed = results.reduce((n, r) => n + r.passed, 0);
  const failed = results.reduce((n, r) => n + r.failed, 0);
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed ? 1 : 0;
} finally {
  if (ownBuild) await rm(extensionDir, { recursive: true, force: true });
}
