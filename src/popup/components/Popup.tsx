/** The toolbar popup: the page's claims grouped by supplement, and the two switches. */
import { useEffect, useState } from 'preact/hooks';
import type { PageState } from '../../shared/messages';
import { isActiveOn, withSite, type Settings } from '../../shared/settings';
import { loadSettings, onSettingsChanged, saveSettings } from '../../shared/settings-store';
import { fetchPageState, onPageChanged, revealClaim } from '../page-client';
import { ClaimList } from './ClaimList';
import { RiskList } from './RiskList';
import { DOCTOR_REMINDER } from '../../shared/words';
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
        <h1>Evidence Lens</h1>
        <p class="notice" role="alert">Evidence Lens could not read what it found on this page. Reloading the page usually fixes this.</p>
        <p class="muted">{failure}</p>
      </main>
    );
  }
  if (page === undefined || !settings) return <main class="popup"><p class="muted">Reading this page…</p></main>;
  if (page === null) {
    return (
      <main class="popup">
        <h1>Evidence Lens</h1>
        <p class="empty">Evidence Lens can't read this page. It works on ordinary web pages (http and https).</p>
      </main>
    );
  }
  const onSite = isActiveOn(settings, page.site);
  const personal = page.claims.filter((c) => c.kind === 'personal').length;
  return (
    <main class="popup">
      <header>
        <h1>Evidence Lens</h1>
        <p class="muted">{onSite ? `${page.claims.length} health claim${page.claims.length === 1 ? '' : 's'} on this page` : 'Switched off for this page'}</p>
      </header>
      <div class="switches">
        <Switch label={`On ${page.site || 'this site'}`} checked={!settings.disabledSites.includes(page.site)} onChange={(on) => saveSettings(withSite(settings, page.site, on))} />
        <Switch label="Everywhere" checked={settings.enabled} onChange={(on) => saveSettings({ ...settings, enabled: on })} />
      </div>
      {onSite && page.claims.length > 0 && personal / page.claims.length >= 0.6 ? (
        <p class="notice" role="note">Most claims here are personal experience, not research findings.</p>
      ) : null}
      {onSite && page.claims.length === 0 ? (
        <p class="empty">No supplement claims found on this page. Nothing to check here — enjoy your reading.</p>
      ) : null}
      {onSite ? <RiskList risks={page.risks} /> : null}
      {onSite ? <ClaimList claims={page.claims} onReveal={(id) => tabId !== undefined && revealClaim(tabId, id)} /> : null}
      <p class="reminder">{DOCTOR_REMINDER}</p>
    </main>
  );
}
