/** Runs the core on a page's text and gathers what the tooltips need. */
import { analyze } from '../core/analyze';
import { buildSupplementReports } from '../core/supplement-report';
import { loadKnowledgeBase } from '../data/knowledge-base';
import type { AnalyzeReply } from '../shared/messages';

export function analyzePageText(text: string): AnalyzeReply {
  try {
    const kb = loadKnowledgeBase();
    const analysis = analyze(text, kb);
    return { ok: true, analysis: { mentions: analysis.mentions, claims: analysis.claims }, reports: buildSupplementReports(kb, analysis) };
  } catch (e) {
    console.error('Evidence Lens: analysis failed', e);
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}
