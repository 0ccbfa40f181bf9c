/**
 * `npm run analyze -- [--json] [--meds "warfarin, Zoloft"] PAGE.html`: the extension's detection
 * on a saved page. With --json, prints the analyzer contract of the shared corpus README plus each
 * claim's `fit` to its evidence grade (src/core/claim-fit.ts), `interactions` (the page's
 * supplements with the listed medicines and those the page names) and the article `verdict`
 * (src/core/article-verdict.ts); otherwise tables.
 */
import '../shared/english-messages'; // first: the words below are read as modules load
import { analyze } from '../core/analyze';
import { articleVerdict } from '../core/article-verdict';
import { buildSupplementReports } from '../core/supplement-report';
import { pageInteractions } from '../core/for-you';
import { loadKnowledgeBase } from '../data/knowledge-base';
import { formatAnalysis } from './format-analysis';
import { resolveMedicines } from './medicines';
import { InputError, readPageText } from './read-page';
import { exitQuietlyOnClosedPipe } from './closed-pipe';

const USAGE = 'usage: npm run analyze -- [--json] [--meds "MEDICINE, …"] PAGE.html';

function main(argv: string[]): number {
  const json = argv.includes('--json');
  const medsAt = argv.indexOf('--meds');
  const meds = medsAt === -1 ? '' : argv[medsAt + 1];
  const files = argv.filter((a, i) => !a.startsWith('--') && (medsAt === -1 || i !== medsAt + 1));
  if (meds === undefined || files.length !== 1 || argv.some((a) => a.startsWith('--') && a !== '--json' && a !== '--meds')) {
    console.error(USAGE);
    return 2;
  }
  try {
    const kb = loadKnowledgeBase();
    const listed = resolveMedicines(kb, meds);
    if (!listed) return 2;
    const analysis = analyze(readPageText(files[0]!), kb);
    const interactions = pageInteractions(kb, analysis, listed);
    const verdict = articleVerdict(analysis.claims, buildSupplementReports(kb, analysis));
    console.log(json ? JSON.stringify({ ...analysis, interactions, verdict }) : formatAnalysis(analysis, interactions, verdict));
    return 0;
  } catch (e) {
    if (e instanceof InputError) {
      console.error(`analyze: ${e.message}`);
      return 1;
    }
    console.error(`analyze: unexpected failure: ${e instanceof Error ? e.message : String(e)}`);
    return 3;
  }
}

exitQuietlyOnClosedPipe();
process.exitCode = main(process.argv.slice(2));
