/**
 * What the reader tells us about themselves, for the "For you" check: their medicines as typed,
 * their situation and age group. It lives in extension storage only (reader-profile-store.ts),
 * is never logged, and only the background reads it; pages and content scripts never see it.
 * The export file carries a format name and version so an import can say exactly what is wrong.
 */
import * as v from 'valibot';

export const READER_KEY = 'reader';

/** Situations the reader can tick, as knowledge-base condition ids, with the words the options page shows. */
export const SITUATIONS = {
  pregnancy: 'Pregnant or trying to conceive',
  breastfeeding: 'Breastfeeding',
  'chronic-kidney-disease': 'Kidney disease',
  'liver-disease': 'Liver disease',
  'bleeding-disorders': 'A bleeding disorder',
  surgery: 'Surgery planned',
} as const;
export type SituationId = keyof typeof SITUATIONS;

export const AGE_GROUPS = { 'under-18': 'Under 18', adult: '18 to 64', 'over-64': '65 or older' } as const;

const MAX_MEDICINES = 100;
const medicineName = v.pipe(v.string(), v.trim(), v.minLength(1, 'a medicine name is empty'), v.maxLength(100, 'a medicine name is over 100 characters'));

const ReaderProfileSchema = v.strictObject({
  medicines: v.pipe(v.array(medicineName), v.maxLength(MAX_MEDICINES, `more than ${MAX_MEDICINES} medicines`)),
  situations: v.array(v.picklist(Object.keys(SITUATIONS) as SituationId[], 'an unknown situation')),
  ageGroup: v.optional(v.picklist(Object.keys(AGE_GROUPS) as Array<keyof typeof AGE_GROUPS>, 'an unknown age group')),
});

export type ReaderProfile = v.InferOutput<typeof ReaderProfileSchema>;

export const EMPTY_PROFILE: ReaderProfile = { medicines: [], situations: [] };

/** The stored profile; anything unreadable counts as empty (with a warning that holds none of it). */
export function parseReaderProfile(raw: unknown): ReaderProfile {
  if (raw === undefined) return EMPTY_PROFILE;
  const result = v.safeParse(ReaderProfileSchema, raw);
  if (result.success) return result.output;
  console.warn('Evidence Lens: the stored medicines list was unreadable; checking without it.');
  return EMPTY_PROFILE;
}

/** Adds a medicine as typed, once (case and spacing aside). */
export function withMedicine(profile: ReaderProfile, name: string): ReaderProfile {
  const typed = name.trim().replace(/\s+/g, ' ');
  if (!typed || profile.medicines.some((m) => m.toLowerCase() === typed.toLowerCase())) return profile;
  return { ...profile, medicines: [...profile.medicines, typed].slice(0, MAX_MEDICINES) };
}

export const EXPORT_FORMAT = 'evidence-lens-reader-profile';
export const EXPORT_VERSION = 1;

export function exportProfile(profile: ReaderProfile, now = new Date()): string {
  return `${JSON.stringify({ format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedOn: now.toISOString().slice(0, 10), ...profile }, null, 2)}\n`;
}

export class ImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportError';
  }
}

/** Reads an exported file, or throws an ImportError that names the problem in the reader's words. */
export function importProfile(fileText: string): ReaderProfile {
  let data: unknown;
  try {
    data = JSON.parse(fileText);
  } catch {
    throw new ImportError('This file is damaged or is not an Evidence Lens export: it is not readable JSON.');
  }
  const head = v.safeParse(v.object({ format: v.string(), version: v.number() }), data);
  if (!head.success || head.output.format !== EXPORT_FORMAT) {
    throw new ImportError('This file was not exported by Evidence Lens, so it was not imported.');
  }
  if (head.output.version > EXPORT_VERSION) {
    throw new ImportError(`This file comes from a newer version of Evidence Lens (format ${head.output.version}); update the extension to import it.`);
  }
  const { format: _format, version: _version, exportedOn: _on, ...rest } = data as Record<string, unknown>;
  const body = v.safeParse(ReaderProfileSchema, rest);
  if (!body.success) throw new ImportError(`This file is damaged (${body.issues[0].message}), so it was not imported.`);
  return body.output;
}
