// Runs the end-to-end suites against the built extension in dist/ (run `npm run build` first).
import { existsSync } from 'node:fs';
import { DIST, run } from './harness.mjs';
import * as chromiumSuite from './chromium.spec.mjs';
import * as robustnessSuite from './robustness.spec.mjs';
import * as badgesSuite from './badges.spec.mjs';
import * as a11ySuite from './a11y.spec.mjs';
import * as panelSuite from './panel.spec.mjs';

if (!existsSync(`${DIST}/manifest.json`)) {
  console.error('e2e: dist/ has no build; run `npm run build` first');
  process.exit(2);
}
const results = [
  await run('chromium', chromiumSuite.tests, chromiumSuite.setup),
  await run('robustness', robustnessSuite.tests, robustnessSuite.setup),
  await run('badges', badgesSuite.tests, badgesSuite.setup),
  await run('a11y', a11ySuite.tests, a11ySuite.setup),
  await run('panel', panelSuite.tests, panelSuite.setup),
];
const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
