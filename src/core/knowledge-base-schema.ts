/**
 * The knowledge base's shape, owned by the core that reads it: the file format (data/ produces
 * files of this shape) and the joined KnowledgeBase. The knowledge base's file format, checked at build time, in the tests and by `npm run kb`.
 * Structural rules live in the valibot schemas; rules that span entries (unique ids, one owner per
 * name, sources that exist) live in validate-kb.ts.
 */
import * as v from 'valibot';
import { GRADES, SEVERITIES } from './types';

/**
 * The file format's version; bump it when a field changes meaning. 2: evidence per population
 * (`appliesTo`), side effects and interactions as rows, evidence files, drugs and populations.
 */
export const KB_FORMAT_VERSION = 2;

const id = v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are kebab-case'));
const text = v.pipe(v.string(), v.trim(), v.minLength(1));
const name = v.pipe(text, v.check((s) => s === s.toLowerCase(), 'names are written in lower case'));
const isoDate = v.pipe(v.string(), v.isoDate());

/** A data file: the format version, then its own fields. */
const versioned = <E extends v.ObjectEntries>(entries: E) => v.strictObject({ version: v.literal(KB_FORMAT_VERSION), ...entries });

export const SourceSchema = v.strictObject({
  title: text,
  publisher: text,
  year: v.pipe(v.number(), v.integer(), v.minValue(1950), v.maxValue(2100)),
  url: v.pipe(v.string(), v.url(), v.startsWith('https://', 'source URLs must be https')),
});

/**
 * An abbreviation is matched case-sensitively. `defined`: only on a page that defines it, as in
 * "ankylosing spondylitis (AS)". `with-context`: also when the page names the entity in full
 * elsewhere. `with-cue`: also, without the full name, where words beside it say it is the
 * condition ("my RA", "MS flare"), but never in its other senses (abbreviations.ts).
 * `always`: distinctive enough to stand alone (CoQ10).
 */
export const AbbreviationSchema = v.strictObject({
  text: v.pipe(v.string(), v.minLength(2)),
  rule: v.picklist(['defined', 'with-context', 'with-cue', 'always']),
});

const sourceIds = v.pipe(v.array(id), v.minLength(1, 'cite at least one source'));

export const FormSchema = v.strictObject({
  id,
  label: text,
  /** Words that name this form together with the supplement ("magnesium chloride", "epsom salt"). */
  names: v.array(name),
  route: v.optional(v.picklist(['oral', 'topical'])),
  /**
   * The form's names are never the everyday food or material the supplement's own name may be
   * (everyday-sense.ts): "roasted ginkgo seeds" are a poisoning risk however they are cooked.
   */
  neverEveryday: v.optional(v.literal(true)),
  /** Where the form changes the evidence (absorption through skin, D2 vs D3). */
  note: v.optional(v.pipe(text, v.maxLength(300))),
  sources: v.optional(sourceIds),
});

export const EvidenceSchema = v.strictObject({
  condition: id,
  grade: v.picklist(GRADES),
  summary: v.pipe(text, v.maxLength(200, 'summaries are at most 200 characters')),
  /** Who the evidence is about, in words ("Older adults with night-time leg cramps"). */
  population: v.optional(text),
  /**
   * The population group (populations.json) this entry is for, where the pair has entries for
   * several groups; the analyzer picks it when the page is about that group. The entry without
   * one is the default.
   */
  appliesTo: v.optional(id),
  /** The evidence is about this form only, e.g. topical magnesium. */
  form: v.optional(id),
  sources: sourceIds,
});

export const SafetyNoteSchema = v.strictObject({
  text: v.pipe(text, v.maxLength(300)),
  sources: sourceIds,
});

export const DOSE_UNITS = ['mg', 'mcg', 'IU'] as const;

/** The adult upper limit as amounts a dose can be compared with; several where it differs by age or unit. */
export const UpperLimitSchema = v.strictObject({
  ...SafetyNoteSchema.entries,
  limits: v.optional(v.array(v.strictObject({
    value: v.pipe(v.number(), v.minValue(0)),
    unit: v.picklist(DOSE_UNITS),
    /** Who the amount is for, when it is not every adult ("adults 51 and older"). */
    who: v.optional(text),
  }))),
});

/** A known side effect, as a condition id ("diarrhea"), so a page's harm claim can be matched to it. */
export const SideEffectSchema = v.strictObject({
  condition: id,
  sources: sourceIds,
});

/** What a known risk says: how serious, what happens, what people do about it, and the source. */
const riskFields = {
  severity: v.picklist(SEVERITIES),
  /** What happens, in plain words. */
  effect: v.pipe(text, v.maxLength(200)),
  /** What people usually do about it ("take them 2 hours apart"), never an instruction to stop a medicine. */
  advice: v.pipe(text, v.maxLength(200)),
  sources: sourceIds,
};

/** One supplement–medicine interaction, as clinical references rate and describe it. */
export const InteractionSchema = v.strictObject({
  /** A drug or drug class id from drugs/*.json. */
  drug: id,
  ...riskFields,
});

/**
 * A situation in which the supplement is a known risk (pregnancy, kidney disease, surgery,
 * bleeding disorders), as a condition id.
 */
export const SituationSchema = v.strictObject({ condition: id, ...riskFields });

export const SupplementSchema = v.strictObject({
  id,
  label: text,
  category: v.picklist(['vitamin', 'mineral', 'fatty-acid', 'herb', 'amino-acid', 'probiotic', 'hormone', 'joint', 'fibre', 'other']),
  reviewedOn: isoDate,
  names: v.pipe(v.array(name), v.minLength(1)),
  misspellings: v.optional(v.array(name)),
  abbreviations: v.optional(v.array(AbbreviationSchema)),
  forms: v.optional(v.array(FormSchema)),
  upperLimit: v.optional(UpperLimitSchema),
  safety: v.pipe(v.array(SafetyNoteSchema), v.minLength(1, 'every supplement has safety notes')),
  sideEffects: v.optional(v.array(SideEffectSchema)),
  interactions: v.optional(v.array(InteractionSchema)),
  situations: v.optional(v.array(SituationSchema)),
  evidence: v.array(EvidenceSchema),
});

export const SupplementFileSchema = versioned({
  sources: v.record(id, SourceSchema),
  supplements: v.array(SupplementSchema),
});

/**
 * Rows kept apart from the supplement they are about (evidence, situations, interactions), each
 * naming its supplement; the validator joins them to it.
 */
function rowsFile<K extends string, E extends v.ObjectEntries>(key: K, row: E) {
  const rows = v.array(v.strictObject({ supplement: id, ...row }));
  return versioned({ sources: v.record(id, SourceSchema), ...({ [key]: rows } as Record<K, typeof rows>) });
}

/** Graded evidence grouped by the readers it serves (evidence/rheumatic-gut.json …). */
export const EvidenceFileSchema = rowsFile('evidence', EvidenceSchema.entries);
/** Situation rows (situations/*.json). */
export const SituationFileSchema = rowsFile('situations', SituationSchema.entries);
/** Interaction rows grouped by supplement family (interactions/*.json). */
export const InteractionFileSchema = rowsFile('interactions', InteractionSchema.entries);

/** A medicine or a class of medicines, for interactions and drug mentions. */
export const DrugSchema = v.strictObject({
  id,
  label: text,
  kind: v.picklist(['drug', 'class']),
  /** Generic names and everyday names ("blood thinners"), lower case. */
  names: v.pipe(v.array(name), v.minLength(1)),
  /** Common brand names as written on the pack ("Coumadin"). */
  brands: v.optional(v.array(text)),
  /** The classes this drug belongs to, so an interaction with the class reaches it. */
  classes: v.optional(v.array(id)),
});

export const DrugFileSchema = versioned({
  drugs: v.array(DrugSchema),
});

/** A group of people whose evidence can differ (pregnancy, care homes), with the words that name them. */
export const PopulationSchema = v.strictObject({
  id,
  label: text,
  cues: v.pipe(v.array(name), v.minLength(1)),
});

export const PopulationFileSchema = versioned({
  populations: v.array(PopulationSchema),
});

export const ConditionSchema = v.strictObject({
  id,
  label: text,
  category: v.picklist(['rheumatic', 'autoimmune', 'chronic', 'acute', 'symptom', 'mental-health', 'womens-health', 'life-stage', 'other']),
  names: v.pipe(v.array(name), v.minLength(1)),
  misspellings: v.optional(v.array(name)),
  /**
   * Broader conditions this one is a form of (rheumatoid arthritis: arthritis, joint pain). A claim
   * the page files under one of them moves here when the passage is about this one.
   */
  broader: v.optional(v.array(id)),
  /** Words that, in a sentence naming a broader condition, mean this one ("time zones" for jet lag). */
  cues: v.optional(v.array(name)),
  abbreviations: v.optional(v.array(AbbreviationSchema)),
});

export const ConditionFileSchema = versioned({
  conditions: v.array(ConditionSchema),
});

export type Source = v.InferOutput<typeof SourceSchema>;
export type Abbreviation = v.InferOutput<typeof AbbreviationSchema>;
export type SupplementForm = v.InferOutput<typeof FormSchema>;
export type Evidence = v.InferOutput<typeof EvidenceSchema>;
export type SafetyNote = v.InferOutput<typeof SafetyNoteSchema>;
export type UpperLimit = v.InferOutput<typeof UpperLimitSchema>;
export type DoseUnit = (typeof DOSE_UNITS)[number];
export type Supplement = v.InferOutput<typeof SupplementSchema>;
export type SupplementFile = v.InferOutput<typeof SupplementFileSchema>;
export type Condition = v.InferOutput<typeof ConditionSchema>;
export type SideEffect = v.InferOutput<typeof SideEffectSchema>;
export type Interaction = v.InferOutput<typeof InteractionSchema>;
export type Situation = v.InferOutput<typeof SituationSchema>;
export type Drug = v.InferOutput<typeof DrugSchema>;
export type Population = v.InferOutput<typeof PopulationSchema>;
export type ConditionFile = v.InferOutput<typeof ConditionFileSchema>;

/** The joined, checked knowledge base the core works with (data/validate-kb.ts builds it). */
export type KnowledgeBase = {
  /** Each supplement with the evidence from every file joined into its `evidence`. */
  supplements: Supplement[];
  conditions: Condition[];
  sources: Record<string, Source>;
  drugs: Drug[];
  populations: Population[];
};
