/**
 * `npm run eval`: scores the analyzer on the project's own fixture pages (tests/fixtures/pages),
 * then, when ../shared is beside the repo, on the shared real-page corpora with the shared scorer.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { loadKnowledgeBase } from '../src/data/knowledge-base';
import { scoreFixturePages } from '../tests/support/fixture-pages';
import { summarize } from '../tests/support/score-gold';

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

const scores = scoreFixturePages(loadKnowledgeBase()).map(({ name, score }) => {
  const s = summarize([score]);
  console.log(`${name.padEnd(44)} mentions F1 ${pct(s.mentionF1).padStart(6)}  claims F1 ${pct(s.claimF1).padStart(6)}  kind ${pct(s.kindAccuracy).padStart(6)}  evidenced ${pct(s.evidenced).padStart(6)}  never-annotate ${s.neverAnnotateHits}  leaks ${s.leaks}`);
  for (const m of new Set(score.missedMentions)) console.log(`    missed mention: ${m}`);
  for (const m of new Set(score.falseMentions)) console.log(`    false mention: ${m}`);
  for (const m of score.missedClaims) console.log(`    missed claim: ${m.slice(0, 90)}`);
  if (score.unevidenced.length) console.log(`    no grade: ${score.unevidenced.join('; ')}`);
  return score;
});
const t = summarize(scores);
console.log(`\nown fixtures (${scores.length} pages): mentions P ${pct(t.mentionPrecision)} R ${pct(t.mentionRecall)} F1 ${pct(t.mentionF1)} | claims P ${pct(t.claimPrecision)} R ${pct(t.claimRecall)} F1 ${pct(t.claimF1)} kind ${pct(t.kindAccuracy)} | evidenced ${pct(t.evidenced)} | never-annotate ${t.neverAnnotateHits} | leaks ${t.leaks}`);

const shared = '../shared/eval/run-corpus.mjs';
if (existsSync(shared)) {
  const corpora = ['../shared/corpus', '../shared/corpus-news'].filter(existsSync).flatMap((c) => ['--corpus', c]);
  console.log('\n== shared corpora');
  const run = spawnSync('node', [shared, ...corpora, ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exitCode = run.status ?? 1;
} else {
  console.log('\n(../shared not found: shared corpora skipped)');
}
