/**
 * What the popup and the side panel show for a tab's page: the verdict, the "For you" risks, the
 * claims one sentence at a time, the two switches and the doctor reminder. `actions` go beside the
 * title (the popup's button that opens the side panel).
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { isActiveOn, withSite, type Settings } from '../settings';
import { loadSettings, onSettingsChanged, saveSettings } from '../settings-store';
import { Switch } from '../components/Switch';
import { plural, t } from '../i18n';
import { doctorReminder } from '../words';
import { revealClaim } from './page-client';
import { RiskList } from './RiskList';
import { SentenceList } from './SentenceList';
import { usePageState } from './use-page-state';
import { VerdictSummary } from './VerdictSummary';

function useSettings(): Settings | undefined {
  const [settings, setSettings] = useState<Settings | undefined>();
  useEffect(() => {
    void loadSettings().then(setSettings);
    return onSettingsChanged(setSettings);
  }, []);
  return settings;
}

export function PageView({ tabId, actions }: { tabId: number | undefined; actions?: ComponentChildren }) {
  const { page, failure } = usePageState(tabId);
  const settings = useSettings();
  const title = (
    <header>
      <div class="title-row"><h1>{t('extName')}</h1>{actions}</div>
      {page && settings ? (
        <p class="muted">{isActiveOn(settings, page.site) ? t(plural(page.claims.length, { one: 'popup_claimCount_one', other: 'popup_claimCount_other' }), page.claims.length) : t('popup_switchedOff')}</p>
      ) : null}
    </header>
  );

  if (failure) {
    return (
      <main class="page-view">
        {title}
        <p class="notice" role="alert">{t('popup_readFailed')}</p>
        <p class="muted">{failure}</p>
      </main>
    );
  }
  if (page === undefined || !settings) return <main class="page-view"><p class="muted">{t('popup_reading')}</p></main>;
  if (page === null) {
    return (
      <main class="page-view">
        {title}
        <p class="empty">{t('popup_cannotRead')}</p>
      </main>
    );
  }
  const onSite = isActiveOn(settings, page.site);
  return (
    <main class="page-view">
      {title}
      <div class="switches">
        <Switch label={t('popup_onSite', page.site || t('popup_thisSite'))} checked={!settings.disabledSites.includes(page.site)} onChange={(on) => saveSettings(withSite(settings, page.site, on))} />
        <Switch label={t('popup_everywhere')} checked={settings.enabled} onChange={(on) => saveSettings({ ...settings, enabled: on })} />
      </div>
      {onSite && !page.claims.length ? <p class="empty">{t('popup_noClaims')}</p> : null}
      {onSite && page.verdict ? <VerdictSummary verdict={page.verdict} /> : null}
      {onSite ? <RiskList risks={page.risks} /> : null}
      {onSite && page.claims.length ? <SentenceList claims={page.claims} onReveal={(id) => tabId !== undefined && revealClaim(tabId, id)} /> : null}
      <p class="reminder">{doctorReminder()}</p>
    </main>
  );
}
