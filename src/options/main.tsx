/** Options: the global switch, the sites where Evidence Lens is off, and the reader's medicines. */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { withSite, type Settings } from '../shared/settings';
import { loadSettings, onSettingsChanged, saveSettings } from '../shared/settings-store';
import { Switch } from '../shared/components/Switch';
import { MedicinesSection } from './MedicinesSection';
import { localizeDocument, t } from '../shared/i18n';

function Options() {
  const [settings, setSettings] = useState<Settings | undefined>();
  useEffect(() => {
    void loadSettings().then(setSettings);
    return onSettingsChanged(setSettings);
  }, []);
  if (!settings) return null;
  return (
    <main class="popup">
      <h1>{t('extName')}</h1>
      <p class="muted">{t('options_privacy')}</p>
      <div class="switches"><Switch label={t('options_everySite')} checked={settings.enabled} onChange={(on) => saveSettings({ ...settings, enabled: on })} /></div>
      <h2>{t('options_offSites')}</h2>
      {settings.disabledSites.length === 0 ? <p class="muted">{t('options_noSites')}</p> : (
        <ul>
          {settings.disabledSites.map((site) => (
            <li key={site}>{site} <button type="button" onClick={() => saveSettings(withSite(settings, site, true))}>{t('options_turnBackOn')}</button></li>
          ))}
        </ul>
      )}
      <MedicinesSection />
    </main>
  );
}

localizeDocument('options_title');
render(<Options />, document.getElementById('app')!);
