/**
 * The one protocol between the extension's parts, named by direction. Every message is checked
 * against its schema when it arrives; anything else is ignored with a console warning.
 */
import * as v from 'valibot';
import { CLAIM_KINDS, GRADES } from '../core/types';
import type { Analysis } from '../core/types';
import type { SupplementReport } from '../core/supplement-report';

/** Page text sent for analysis is capped so a pathological page cannot stall the worker. */
export const MAX_ANALYZED_CHARS = 2_000_000;

const text = v.pipe(v.string(), v.maxLength(MAX_ANALYZED_CHARS));

/** Content scripts → background. */
export const ContentToBackground = v.variant('type', [
  /** The page may be about health: load the annotator into the sending frame. */
  v.strictObject({ type: v.literal('loadAnnotator') }),
  /**
   * Analyse the page's text; the reply is an AnalyzeReply. With `contextLength`, the text's first
   * characters are only context (the article's opening, for its definitions and topic) and the
   * reply holds what starts after them.
   */
  v.strictObject({ type: v.literal('analyze'), text, contextLength: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))) }),
  /** How many claims the tab shows now, for the toolbar badge. */
  v.strictObject({ type: v.literal('claimCount'), count: v.pipe(v.number(), v.integer(), v.minValue(0)) }),
]);

/** Popup → content script. */
export const PopupToContent = v.variant('type', [
  /** What the page shows now; the reply is a PageState. */
  v.strictObject({ type: v.literal('getPageState') }),
  /** Scroll to a claim's sentence and flash it; the reply is { ok }. */
  v.strictObject({ type: v.literal('revealClaim'), index: v.pipe(v.number(), v.integer(), v.minValue(0)) }),
]);

export type ContentToBackgroundMessage = v.InferOutput<typeof ContentToBackground>;
export type PopupToContentMessage = v.InferOutput<typeof PopupToContent>;

export type AnalyzeReply = { ok: true; analysis: Omit<Analysis, 'text'>; reports: SupplementReport[] } | { ok: false; error: string };

export const ClaimSummarySchema = v.strictObject({
  index: v.number(),
  supplement: v.string(),
  condition: v.string(),
  kind: v.picklist(CLAIM_KINDS),
  direction: v.picklist(['helps', 'does-not-help', 'harms', 'unclear']),
  grade: v.optional(v.picklist(GRADES)),
  /** Who the grade is about, when the knowledge base says. */
  population: v.optional(v.string()),
  /** The harm the sentence warns of is a known side effect. */
  knownHarm: v.optional(v.literal(true)),
  sentence: v.string(),
});

export const PageStateSchema = v.strictObject({
  site: v.string(),
  claims: v.array(ClaimSummarySchema),
  mentionCount: v.number(),
});

export type ClaimSummary = v.InferOutput<typeof ClaimSummarySchema>;
export type PageState = v.InferOutput<typeof PageStateSchema>;

/** Parses a message, or warns and returns undefined. */
export function parseMessage<T>(schema: v.GenericSchema<unknown, T>, message: unknown, where: string): T | undefined {
  const result = v.safeParse(schema, message);
  if (result.success) return result.output;
  console.warn(`Evidence Lens (${where}): ignored a malformed message`, result.issues[0]?.message);
  return undefined;
}
