/** The project's own fixture pages (tests/fixtures/pages), each analysed and scored against its gold. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readPageText } from '../../src/cli/read-page';
import { analyze } from '../../src/core/analyze';
import type { KnowledgeBase } from '../../src/core/knowledge-base-schema';
import { scoreAnalysis, type Gold } from './score-gold';

export const FIXTURE_PAGES = 'tests/fixtures/pages';

export function scoreFixturePages(kb: KnowledgeBase) {
  return readdirSync(FIXTURE_PAGES, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(FIXTURE_PAGES, d.name, 'gold.json')))
    .map((d) => {
      const gold = JSON.parse(readFileSync(join(FIXTURE_PAGES, d.name, 'gold.json'), 'utf8')) as Gold;
      const analysis = analyze(readPageText(join(FIXTURE_PAGES, d.name, 'page.html')), kb);
      return { name: d.name, gold, analysis, score: scoreAnalysis(gold, analysis) };
    });
}
