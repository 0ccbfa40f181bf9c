/** Options: the global switch, the sites where Evidence Lens is off, and the reader's medicines. */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { withSite, type Settings } from '../shared/settings';
import { loadSettings, onSettingsChanged, saveSettings } from '../shared/settings-store';
import { Switch } from '../shared/components/Switch';
import { MedicinesSection } from './MedicinesSection';

function Options() {
  const [settings, setSettings] = useState<Settings | undefined>();
  useEffect(() => {
    void loadSettings().then(setSettings);
    return onSettingsChanged(setSettings);
  }, []);
  if (!settings) return null;
  return (
    <main class="popup">
      <h1>Evidence Lens</h1>
      <p class="muted">Everything happens in your browser: no page you read is ever sent anywhere.</p>
      <div class="switches"><Switch label="Show evidence on every site" checked={settings.enabled} onChange={(on) => saveSettings({ ...settings, enabled: on })} /></div>
      <h2>Switched off on</h2>
      {settings.disabledSites.length === 0 ? <p class="muted">No sites.</p> : (
        <ul>
          {settings.disabledSites.map((site) => (
            <li key={site}>{site} <button type="button" onClick={() => saveSettings(withSite(settings, site, true))}>Turn back on</button></li>
          ))}
        </ul>
      )}
      <MedicinesSection />
    </main>
  );
}

render(<Options />, document.getElementById('app')!);
