// Runs the end-to-end suites against the built extension in dist/ (run `npm run build` first).
import { existsSync } from 'node:fs';
import { DIST, run } from './harness.mjs';
import * as chromiumSuite from './chromium.spec.mjs';

if (!existsSync(`${DIST}/manifest.json`)) {
  console.error('e2e: dist/ has no build; run `npm run build` first');
  process.exit(2);
}
const result = await run('chromium', chromiumSuite.tests, chromiumSuite.setup);
console.log(`${result.passed} passed, ${result.failed} failed`);
process.exit(result.failed ? 1 : 0);
