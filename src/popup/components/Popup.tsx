/** The toolbar popup: the page's claims grouped by supplement, and the two switches. */
import { useEffect, useState } from 'preact/hooks';
import type { PageState } from '../../shared/messages';
import { isActiveOn, withSite, type Settings } from '../../shared/settings';
import { loadSettings, onSettingsChanged, saveSettings } from '../../shared/settings-store';
import { fetchPageState, onPageChanged, revealClaim } from '../page-client';
import { ClaimList } from './ClaimList';
import { RiskList } from './RiskList';
import { DOCTOR_REMINDER } from '../../shared/words';
import { plural, t } from '../../shared/i18n';
import { Switch } from '../../shared/components/Switch';

export function Popup({ tabId }: { tabId: number | undefined }) {
  const [page, setPage] = useState<PageState | null | undefined>(undefined);
  const [settings, setSettings] = useState<Settings | undefined>();
  const [failure, setFailure] = useState<string | undefined>();

  const refresh = () => (tabId === undefined ? setPage(null) : fetchPageState(tabId).then((p) => {
    setFailure(undefined);
    setPage(p ?? null);
  }, (e: unknown) => setFailure(e instanceof Error ? e.message : String(e))));
  useEffect(() => {
    void loadSettings().then(setSettings);
    void refresh();
    const stopSettings = onSettingsChanged(setSettings);
    // The page reports every re-read (a switch flipped, comments loaded), and the list follows.
    const stopPage = tabId === undefined ? () => {} : onPageChanged(tabId, () => void refresh());
    return () => { stopSettings(); stopPage(); };
  }, []);

  if (failure) {
    return (
      <main class="popup">
        <h1>{t('extName')}</h1>
        <p class="notice" role="alert">{t('popup_readFailed')}</p>
        <p class="muted">{failure}</p>
      </main>
    );
  }
  if (page === undefined || !settings) return <main class="popup"><p class="muted">{t('popup_reading')}</p></main>;
  if (page === null) {
    return (
      <main class="popup">
        <h1>{t('extName')}</h1>
        <p class="empty">{t('popup_cannotRead')}</p>
      </main>
    );
  }
  const onSite = isActiveOn(settings, page.site);
  const personal = page.claims.filter((c) => c.kind === 'personal').length;
  const count = page.claims.length;
  return (
    <main class="popup">
      <header>
        <h1>{t('extName')}</h1>
        <p class="muted">{onSite ? t(plural(count, { one: 'popup_claimCount_one', other: 'popup_claimCount_other' }), count) : t('popup_switchedOff')}</p>
      </header>
      <div class="switches">
        <Switch label={t('popup_onSite', page.site || t('popup_thisSite'))} checked={!settings.disabledSites.includes(page.site)} onChange={(on) => saveSettings(withSite(settings, page.site, on))} />
        <Switch label={t('popup_everywhere')} checked={settings.enabled} onChange={(on) => saveSettings({ ...settings, enabled: on })} />
      </div>
      {onSite && count > 0 && personal / count >= 0.6 ? (
        <p class="notice" role="note">{t('popup_mostlyPersonal')}</p>
      ) : null}
      {onSite && count === 0 ? (
        <p class="empty">{t('popup_noClaims')}</p>
      ) : null}
      {onSite ? <RiskList risks={page.risks} /> : null}
      {onSite ? <ClaimList claims={page.claims} onReveal={(id) => tabId !== undefined && revealClaim(tabId, id)} /> : null}
      <p class="reminder">{DOCTOR_REMINDER}</p>
    </main>
  );
}
