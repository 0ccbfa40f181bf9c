/**
 * The reader's medicines and situation, for the private "For you" check. Kept in extension
 * storage only; exported, imported and forgotten here. A name we do not know stays as typed,
 * marked "not checked".
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { findDrug } from '../core/interactions';
import { loadDrugsOnly } from '../data/drugs';
import { AGE_GROUPS, EMPTY_PROFILE, SITUATIONS, exportProfile, importProfile, withMedicine, type ReaderProfile, type SituationId } from '../shared/reader-profile';
import { readerProfileStore } from '../shared/reader-profile-store';
import { t, type MessageKey } from '../shared/i18n';

const SITUATION_WORDS: Record<SituationId, MessageKey> = {
  pregnancy: 'situation_pregnancy',
  breastfeeding: 'situation_breastfeeding',
  'chronic-kidney-disease': 'situation_kidneyDisease',
  'liver-disease': 'situation_liverDisease',
  'bleeding-disorders': 'situation_bleedingDisorder',
  surgery: 'situation_surgery',
};

const AGE_GROUP_WORDS: Record<keyof typeof AGE_GROUPS, MessageKey> = { 'under-18': 'age_under18', adult: 'age_adult', 'over-64': 'age_over64' };

const EXPORT_FILE = 'evidence-lens-medicines.json';

type Status = { kind: 'ok' | 'error'; text: string } | undefined;

export function MedicinesSection() {
  const drugs = useMemo(loadDrugsOnly, []);
  const names = useMemo(() => [...new Set(drugs.drugs.flatMap((d) => [...d.names, ...(d.brands ?? [])]))].sort(), [drugs]);
  const [profile, setProfile] = useState<ReaderProfile | undefined>();
  const [typed, setTyped] = useState('');
  const [status, setStatus] = useState<Status>();
  const fileInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    void readerProfileStore.load().then(setProfile);
    return readerProfileStore.onChanged(setProfile);
  }, []);
  if (!profile) return null;

  const save = async (next: ReaderProfile, done?: string) => {
    setProfile(next);
    await readerProfileStore.save(next);
    setStatus(done ? { kind: 'ok', text: done } : undefined);
  };
  const add = (e: Event) => {
    e.preventDefault();
    if (!typed.trim()) return;
    void save(withMedicine(profile, typed), t('options_added', typed.trim()));
    setTyped('');
  };
  const toggleSituation = (id: SituationId, on: boolean) =>
    save({ ...profile, situations: on ? [...profile.situations, id] : profile.situations.filter((s) => s !== id) });
  const download = () => {
    const url = URL.createObjectURL(new Blob([exportProfile(profile)], { type: 'application/json' }));
    const link = Object.assign(document.createElement('a'), { href: url, download: EXPORT_FILE });
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    setStatus({ kind: 'ok', text: t('options_exported', EXPORT_FILE) });
  };
  const upload = async (file: File | undefined) => {
    if (!file) return;
    try {
      await save(importProfile(await file.text()), t('options_imported', file.name));
    } catch (e) {
      setStatus({ kind: 'error', text: t('options_importRefused', e instanceof Error ? e.message : String(e)) });
    } finally {
      if (fileInput.current) fileInput.current.value = '';
    }
  };

  return (
    <section class="medicines" aria-labelledby="medicines-title">
      <h2 id="medicines-title">{t('options_medicinesTitle')}</h2>
      <p class="muted">{t('options_medicinesPrivacy')}</p>
      <form class="add-medicine" onSubmit={add}>
        <label for="medicine-name">{t('options_medicineName')}</label>
        <input id="medicine-name" list="medicine-names" autocomplete="off" value={typed} onInput={(e) => setTyped(e.currentTarget.value)} />
        <datalist id="medicine-names">{names.map((n) => <option key={n} value={n} />)}</datalist>
        <button type="submit">{t('options_add')}</button>
      </form>
      {profile.medicines.length === 0 ? <p class="muted">{t('options_noMedicines')}</p> : (
        <ul class="medicine-list">
          {profile.medicines.map((name) => {
            const drug = findDrug(drugs, name);
            return (
              <li key={name}>
                <span class="medicine-name">{name}</span>
                {drug ? (drug.label.toLowerCase() !== name.toLowerCase() ? <span class="muted"> = {drug.label}</span> : null)
                  : <span class="pill not-checked" title={t('options_notCheckedWhy')}>{t('options_notChecked')}</span>}
                <button type="button" aria-label={t('options_removeNamed', name)} onClick={() => save({ ...profile, medicines: profile.medicines.filter((m) => m !== name) })}>{t('options_remove')}</button>
              </li>
            );
          })}
        </ul>
      )}
      <fieldset>
        <legend>{t('options_situation')}</legend>
        {(Object.keys(SITUATIONS) as SituationId[]).map((id) => (
          <label key={id} class="check">
            <input type="checkbox" checked={profile.situations.includes(id)} onChange={(e) => toggleSituation(id, e.currentTarget.checked)} />
            {t(SITUATION_WORDS[id])}
          </label>
        ))}
      </fieldset>
      <label class="age">
        {t('options_ageGroup')}{' '}
        <select value={profile.ageGroup ?? ''} onChange={(e) => {
          const value = e.currentTarget.value as keyof typeof AGE_GROUPS | '';
          const { ageGroup: _old, ...rest } = profile;
          void save(value ? { ...rest, ageGroup: value } : rest);
        }}>
          <option value="">{t('options_ageNotGiven')}</option>
          {(Object.keys(AGE_GROUPS) as Array<keyof typeof AGE_GROUPS>).map((g) => <option key={g} value={g}>{t(AGE_GROUP_WORDS[g])}</option>)}
        </select>
      </label>
      <div class="file-actions">
        <button type="button" onClick={download}>{t('options_export')}</button>
        <label class="button">{t('options_import')}<input ref={fileInput} type="file" accept="application/json,.json" class="visually-hidden" onChange={(e) => void upload(e.currentTarget.files?.[0])} /></label>
        <button type="button" class="danger" onClick={() => { void readerProfileStore.remove().then(() => { setProfile(EMPTY_PROFILE); setStatus({ kind: 'ok', text: t('options_forgotten') }); }); }}>{t('options_forget')}</button>
      </div>
      <p class={`status ${status?.kind ?? ''}`} role={status?.kind === 'error' ? 'alert' : 'status'}>{status?.text ?? ''}</p>
    </section>
  );
}
