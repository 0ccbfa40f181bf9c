/** Runs the core on a page's text and gathers what the tooltips need, for this reader. */
import { analyze } from '../core/analyze';
import type { ReaderContext } from '../core/for-you';
import { findDrug } from '../core/interactions';
import { buildSupplementReports } from '../core/supplement-report';
import type { KnowledgeBase } from '../core/knowledge-base-schema';
import { loadKnowledgeBase } from '../data/knowledge-base';
import type { AnalyzeReply } from '../shared/messages';
import type { ReaderProfile } from '../shared/reader-profile';

/** The reader's medicines resolved to knowledge-base drugs; names it does not know are left out here. */
export function readerContext(kb: KnowledgeBase, profile: ReaderProfile): ReaderContext {
  return {
    medicines: profile.medicines.flatMap((name) => findDrug(kb, name) ?? []),
    situations: profile.situations,
    ...(profile.ageGroup === 'under-18' ? { under18: true } : {}),
  };
}

/** Analyses `text`; what starts before `contextLength` only informs and is not returned. */
export function analyzePageText(text: string, contextLength: number, profile: ReaderProfile): AnalyzeReply {
  try {
    const kb = loadKnowledgeBase();
    const analysis = analyze(text, kb);
    const mentions = analysis.mentions.filter((m) => m.start >= contextLength);
    const claims = analysis.claims.filter((c) => c.start >= contextLength);
    const reports = buildSupplementReports(kb, { text, mentions, claims }, readerContext(kb, profile));
    return { ok: true, analysis: { mentions, claims }, reports };
  } catch (e) {
    console.error('Evidence Lens: analysis failed', e);
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}
