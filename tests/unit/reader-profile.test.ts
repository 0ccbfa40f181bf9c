import { describe, expect, it, vi } from 'vitest';
import { EMPTY_PROFILE, ImportError, exportProfile, importProfile, parseReaderProfile, withMedicine } from '../../src/shared/reader-profile';

const profile = { medicines: ['Coumadin', 'my herbal tea pills'], situations: ['surgery' as const], ageGroup: 'over-64' as const };

describe('reader profile', () => {
  it('round-trips through export and import, keeping names it does not know as typed', () => {
    const text = exportProfile(profile, new Date('2026-12-06T10:00:00Z'));
    expect(JSON.parse(text)).toMatchObject({ format: 'evidence-lens-reader-profile', version: 1, exportedOn: '2026-12-06' });
    expect(importProfile(text)).toEqual(profile);
  });
  it('refuses a damaged file, a file from another program and one from a newer version, naming the problem', () => {
    const good = JSON.parse(exportProfile(profile));
    const refusal = (text: string) => { try { importProfile(text); return undefined; } catch (e) { expect(e).toBeInstanceOf(ImportError); return (e as Error).message; } };
    expect(refusal('{"format": "evidence-lens-reader-prof')).toMatch(/damaged.*not readable JSON/);
    expect(refusal(JSON.stringify({ bookmarks: [] }))).toMatch(/not exported by Evidence Lens/);
    expect(refusal(JSON.stringify({ ...good, version: 3 }))).toMatch(/newer version.*format 3/);
    expect(refusal(JSON.stringify({ ...good, situations: ['space travel'] }))).toMatch(/damaged \(an unknown situation\)/);
    expect(refusal(JSON.stringify({ ...good, medicines: 'warfarin' }))).toMatch(/damaged/);
  });
  it('reads a corrupt stored profile as empty, with a warning that does not repeat its contents', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(parseReaderProfile({ medicines: [42], situations: [] })).toEqual(EMPTY_PROFILE);
    expect(JSON.stringify(warn.mock.calls)).not.toMatch(/42/);
    warn.mockRestore();
    expect(parseReaderProfile(undefined)).toEqual(EMPTY_PROFILE);
  });
  it('adds a medicine once, whatever its case and spacing', () => {
    const once = withMedicine(EMPTY_PROFILE, '  Coumadin ');
    expect(withMedicine(once, 'coumadin').medicines).toEqual(['Coumadin']);
    expect(withMedicine(once, '   ').medicines).toEqual(['Coumadin']);
  });
});
