/**
 * The project's own varied test pages (tests/fixtures/pages, see its README) scored against their
 * gold files: the same floors the shared real-page corpora must meet.
 */
import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../src/data/knowledge-base';
import { scoreFixturePages } from '../support/fixture-pages';
import { summarize } from '../support/score-gold';

const pages = scoreFixturePages(loadKnowledgeBase());

describe('own fixture pages', { timeout: 60_000 }, () => {
  it('has at least 24 pages', () => {
    expect(pages.length).toBeGreaterThanOrEqual(24);
  });

  it.each(pages.map((p) => [p.name, p] as const))('%s: nothing in never-annotate, nothing hidden leaks into the text', (_, page) => {
    expect(page.score.neverAnnotateHits).toEqual([]);
    expect(page.score.leaks).toEqual([]);
  });

  it('pages that are not about health get no annotations at all', () => {
    const notHealth = pages.filter((p) => Object.values(p.gold.mentions ?? {}).every((f) => !f.required?.length) && !p.gold.claims?.length);
    expect(notHealth.length).toBeGreaterThanOrEqual(3);
    for (const p of notHealth) expect(p.analysis.mentions, p.name).toEqual([]);
  });

  it('meets the floors over all pages: mention F1 0.95, claim F1 0.9, kind accuracy 0.85', () => {
    const total = summarize(pages.map((p) => p.score));
    expect(total.mentionF1).toBeGreaterThanOrEqual(0.95);
    expect(total.claimF1).toBeGreaterThanOrEqual(0.9);
    expect(total.kindAccuracy).toBeGreaterThanOrEqual(0.85);
    expect(total.evidenced).toBeGreaterThanOrEqual(0.95);
  });
});
