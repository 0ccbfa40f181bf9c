/**
 * The one protocol between the extension's parts: a table of requests, each with the schema of
 * its payload and of its reply. `call` checks both directions, `serve` checks every request it
 * answers; anything malformed is refused with a console warning, never acted on.
 */
import * as v from 'valibot';
import { CLAIM_FITS } from '../core/claim-fit';
import { CLAIM_KINDS, GRADES, SEVERITIES } from '../core/types';
import type { Analysis, Claim, Grade, Mention } from '../core/types';
import type { SupplementReport } from '../core/supplement-report';
import type { ArticleVerdict } from '../core/article-verdict';

/** Page text sent for analysis is capped so a pathological page cannot stall the worker. */
export const MAX_ANALYZED_CHARS = 2_000_000;

const text = v.pipe(v.string(), v.maxLength(MAX_ANALYZED_CHARS));
const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const offset = count;
const ref = v.strictObject({ id: v.string(), label: v.string() });
const grade = v.picklist(GRADES);
const direction = v.picklist(['helps', 'does-not-help', 'harms', 'unclear']);
const route = v.picklist(['oral', 'topical']);
const fit = v.picklist(CLAIM_FITS);

const MentionSchema: v.GenericSchema<unknown, Mention> = v.variant('type', [
  v.strictObject({ type: v.literal('supplement'), start: offset, end: offset, id: v.string(), label: v.string(),
    form: v.optional(v.string()), route: v.optional(route), dose: v.optional(v.string()) }),
  v.strictObject({ type: v.literal('condition'), start: offset, end: offset, id: v.string(), label: v.string() }),
  v.strictObject({ type: v.literal('drug'), start: offset, end: offset, id: v.string(), label: v.string() }),
]);

const ClaimSchema: v.GenericSchema<unknown, Claim> = v.strictObject({
  start: offset, end: offset, supplement: ref, condition: ref, kind: v.picklist(CLAIM_KINDS), direction,
  grade: v.optional(grade), population: v.optional(v.string()), knownHarm: v.optional(v.literal(true)), fit,
});

const CitedSourceSchema = v.strictObject({ id: v.string(), title: v.string(), publisher: v.string(), year: v.number(), url: v.string() });
const cited = v.array(CitedSourceSchema);
const EntryViewSchema = v.strictObject({ grade, summary: v.string(), population: v.optional(v.string()), form: v.optional(v.string()), sources: cited });
const NoteSchema = v.strictObject({ text: v.string(), sources: cited });

const severity = v.picklist(SEVERITIES);
const ForYouSchema = v.variant('kind', [
  v.strictObject({ kind: v.literal('medicine'), medicine: ref, via: ref, from: v.picklist(['list', 'page']), severity, effect: v.string(), advice: v.string(), sources: cited }),
  v.strictObject({ kind: v.literal('situation'), situation: ref, severity, effect: v.string(), advice: v.string(), sources: cited }),
]);

const SupplementReportSchema = v.strictObject({
  id: v.string(), label: v.string(), routes: v.array(route), doses: v.array(v.string()),
  formNotes: v.array(v.strictObject({ label: v.string(), note: v.string(), sources: cited })),
  evidence: v.array(v.strictObject({
    condition: ref, grade: v.optional(grade), summary: v.optional(v.string()), population: v.optional(v.string()), form: v.optional(v.string()),
    sources: cited, others: v.array(EntryViewSchema), knownSideEffect: v.optional(v.strictObject({ sources: cited })),
  })),
  upperLimit: v.optional(NoteSchema),
  doseNotes: v.array(v.strictObject({ verdict: v.picklist(['above', 'within', 'not-compared']), text: v.string() })),
  safety: v.array(NoteSchema),
  forYou: v.array(ForYouSchema),
  reviewedOn: v.string(),
});

/**
 * A supplement report as the analysis reply carries it: what its badges need (id, label, grades,
 * whether it has "For you" items) is checked with the reply; the rest when a card or the popup first reads
 * the report in full (`checkReport`). A page's reports are most of its reply, and most are never opened.
 */
export type UncheckedReport = { id: string; label: string; evidence: Array<{ grade?: Grade }>; forYou: unknown[] };
const UncheckedReportSchema: v.GenericSchema<unknown, UncheckedReport> = v.looseObject({
  id: v.string(), label: v.string(), evidence: v.array(v.looseObject({ grade: v.optional(grade) })), forYou: v.array(v.unknown()),
});

const checkedReports = new WeakMap<UncheckedReport, SupplementReport>();

/** The whole report, checked once; a malformed one is refused (ProtocolError). */
export function checkReport(report: UncheckedReport): SupplementReport {
  let checked = checkedReports.get(report);
  if (!checked) {
    const result = v.safeParse(SupplementReportSchema, report);
    if (!result.success) throw new ProtocolError(`analyze: malformed report for ${report.id} (${result.issues[0].message})`);
    checkedReports.set(report, (checked = result.output));
  }
  return checked;
}

export type AnalyzeReply = { ok: true; analysis: Omit<Analysis, 'text'>; reports: UncheckedReport[] } | { ok: false; error: string };
/** The analysis as `call` returns it: the envelope and the reports' headers checked, not the two long lists, which `checkAnalysis` checks. */
export type UncheckedAnalysis = { ok: true; analysis: { mentions: unknown[]; claims: unknown[] }; reports: UncheckedReport[] } | { ok: false; error: string };

const AnalyzeEnvelopeSchema: v.GenericSchema<unknown, UncheckedAnalysis> = v.variant('ok', [
  v.strictObject({ ok: v.literal(true), analysis: v.strictObject({ mentions: v.array(v.unknown()), claims: v.array(v.unknown()) }), reports: v.array(UncheckedReportSchema) }),
  v.strictObject({ ok: v.literal(false), error: v.string() }),
]);

/** Items checked between two chances to pause: a few milliseconds of work even before the JIT warms up. */
const ITEMS_PER_SLICE = 200;

/**
 * Checks an analysis's mentions and claims a slice at a time, with `pause` between slices: a long
 * page has thousands, and checking them at once held its main thread for one 40 ms task.
 */
export async function checkAnalysis(reply: UncheckedAnalysis, pause: () => Promise<void>): Promise<AnalyzeReply> {
  if (!reply.ok) return reply;
  const checkList = async <T>(schema: v.GenericSchema<unknown, T>, items: unknown[], what: string): Promise<T[]> => {
    const sliceSchema = v.array(schema);
    const checked: T[] = [];
    for (let from = 0; from < items.length; from += ITEMS_PER_SLICE) {
      if (from) await pause();
      const slice = v.safeParse(sliceSchema, items.slice(from, from + ITEMS_PER_SLICE));
      if (!slice.success) throw new ProtocolError(`analyze: malformed reply (${what}: ${slice.issues[0].message})`);
      checked.push(...slice.output);
    }
    return checked;
  };
  const mentions = await checkList(MentionSchema, reply.analysis.mentions, 'mentions');
  const claims = await checkList(ClaimSchema, reply.analysis.claims, 'claims');
  return { ...reply, analysis: { mentions, claims } };
}

export const ClaimSummarySchema = v.strictObject({
  /** Stable while the claim's sentence stays on the page, whatever else arrives or is re-sorted. */
  id: v.string(),
  supplement: v.string(),
  condition: v.string(),
  /** The condition's id: an interaction with a medicine has one of its own (core/interaction-claims.ts). */
  conditionId: v.string(),
  kind: v.picklist(CLAIM_KINDS),
  direction,
  grade: v.optional(grade),
  /** Who the grade is about, when the knowledge base says. */
  population: v.optional(v.string()),
  /** The harm the sentence warns of is a known side effect. */
  knownHarm: v.optional(v.literal(true)),
  /** How the claim sits with its grade: contradicts it, goes beyond it, in line, or no grade. */
  fit,
  sentence: v.string(),
  /** The claim's sentence, numbered in page order: the claims of one sentence share it. */
  sentenceIndex: count,
});

/** So many claims for each of `keys`. */
const countsOf = <K extends string>(keys: readonly K[]) => v.strictObject(Object.fromEntries(keys.map((k) => [k, count])) as Record<K, typeof count>);
const conditionVerdicts = v.array(v.strictObject({ condition: ref, grade: v.optional(grade), fit }));

/** The page's verdict (src/core/article-verdict.ts), for the top of the popup and the side panel. */
const ArticleVerdictSchema: v.GenericSchema<unknown, ArticleVerdict> = v.strictObject({
  supplements: v.array(v.strictObject({
    supplement: ref, helps: conditionVerdicts, doesNotHelp: conditionVerdicts, harms: conditionVerdicts, interactsWith: conditionVerdicts,
    formNote: v.optional(v.string()), dosesAbove: v.array(v.string()), overclaims: count,
  })),
  claimCount: count,
  kinds: countsOf(CLAIM_KINDS),
  fits: countsOf(CLAIM_FITS),
});

/** One "For you" risk on the page, for the popup's summary: which supplement meets what, how seriously. */
export const RiskSummarySchema = v.strictObject({
  supplement: v.string(),
  severity,
  /** The medicine or situation, by its label. */
  meets: v.string(),
  from: v.picklist(['list', 'page', 'situation']),
});

export const PageStateSchema = v.strictObject({
  site: v.string(),
  claims: v.array(ClaimSummarySchema),
  risks: v.array(RiskSummarySchema),
  mentionCount: count,
  /** Absent while the page is not annotated (switched off, or not yet read). */
  verdict: v.optional(ArticleVerdictSchema),
});

export type ClaimSummary = v.InferOutput<typeof ClaimSummarySchema>;
export type PageState = v.InferOutput<typeof PageStateSchema>;
export type RiskSummary = v.InferOutput<typeof RiskSummarySchema>;

const Ok = v.strictObject({ ok: v.literal(true) });

/** Every request, by name: who sends it, what it carries and what comes back. */
export const PROTOCOL = {
  /**
   * Content script → background: the page may be about health; load the annotator into the sending
   * frame, unless the reader switched the site off (`loaded: false`: ask again when the switches change).
   */
  loadAnnotator: { request: v.strictObject({}), reply: v.strictObject({ loaded: v.boolean() }) },
  /** Content script → background: load the card's script into the sending frame (a reader opened its first card there). */
  loadCard: { request: v.strictObject({}), reply: Ok },
  /**
   * Content script → background: analyse the page's text. With `contextLength`, the text's first
   * characters are only context (the article's opening, for its definitions and topic) and the
   * reply holds what starts after them.
   */
  analyze: { request: v.strictObject({ text, contextLength: v.optional(count) }), reply: AnalyzeEnvelopeSchema },
  /** Content script → background: what the tab shows changed; `claimCount` goes on the toolbar. */
  pageChanged: { request: v.strictObject({ claimCount: count }), reply: Ok },
  /** Popup or side panel → content script: what the page shows now. */
  getPageState: { request: v.strictObject({}), reply: PageStateSchema },
  /** Popup or side panel → content script: scroll to a claim's sentence and flash it. */
  revealClaim: { request: v.strictObject({ claimId: v.pipe(v.string(), v.maxLength(40)) }), reply: v.strictObject({ ok: v.boolean() }) },
} satisfies Record<string, { request: v.StrictObjectSchema<v.ObjectEntries, undefined>; reply: v.GenericSchema }>;

export type RequestType = keyof typeof PROTOCOL;
export type Request<T extends RequestType> = v.InferOutput<(typeof PROTOCOL)[T]['request']>;
export type Reply<T extends RequestType> = v.InferOutput<(typeof PROTOCOL)[T]['reply']>;
export type Message<T extends RequestType> = { type: T } & Request<T>;

/** The requests each part answers. */
export const BACKGROUND_REQUESTS = ['loadAnnotator', 'loadCard', 'analyze', 'pageChanged'] as const satisfies readonly RequestType[];
export const CONTENT_REQUESTS = ['getPageState', 'revealClaim'] as const satisfies readonly RequestType[];

const messageSchemas = new Map<RequestType, v.GenericSchema>();
const messageSchema = (type: RequestType) => {
  let schema = messageSchemas.get(type);
  if (!schema) messageSchemas.set(type, (schema = v.strictObject({ type: v.literal(type), ...PROTOCOL[type].request.entries })));
  return schema;
};

/** Background → the extension's own pages: a tab's page changed; read it again if you show it. */
export const TabChangedSchema = v.strictObject({ type: v.literal('tabChanged'), tabId: count });
export type TabChanged = v.InferOutput<typeof TabChangedSchema>;

export class ProtocolError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ProtocolError';
  }
}

/** Sends a request through `send` (runtime or tabs.sendMessage) and returns its checked reply. */
export async function call<T extends RequestType>(send: (message: unknown) => Promise<unknown>, type: T, request: Request<T>): Promise<Reply<T>> {
  const message = { type, ...request };
  const sent = v.safeParse(messageSchema(type), message);
  if (!sent.success) throw new ProtocolError(`${type}: refused to send a malformed request (${sent.issues[0].message})`);
  const reply = v.safeParse(PROTOCOL[type].reply, await send(message));
  if (!reply.success) throw new ProtocolError(`${type}: malformed reply (${reply.issues[0].message})`);
  return reply.output as Reply<T>;
}

export type Handlers<T extends RequestType> = { [K in T]: (request: Message<K>) => Promise<Reply<K>> | Reply<K> };

/**
 * A runtime.onMessage listener that answers the requests in `types`, each checked against its
 * schema, from senders `accept` lets in. Anything else gets no answer (another part may own it).
 */
export function serve<T extends RequestType>(
  where: string,
  types: readonly T[],
  accept: (sender: { id?: string; url?: string; tab?: { id?: number } }) => boolean,
  handlers: Handlers<T>,
) {
  return (message: unknown, sender: { id?: string; url?: string; tab?: { id?: number } }): Promise<unknown> | undefined => {
    const type = (message as { type?: unknown } | null)?.type;
    if (typeof type !== 'string' || !(types as readonly string[]).includes(type) || !accept(sender)) return undefined;
    const parsed = v.safeParse(messageSchema(type as T), message);
    if (!parsed.success) {
      console.warn(`Evidence Lens (${where}): ignored a malformed "${type}" request`, parsed.issues[0].message);
      return undefined;
    }
    const handler = handlers[type as T] as (request: unknown) => unknown;
    return Promise.resolve(handler(parsed.output));
  };
}
