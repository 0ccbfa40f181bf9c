/** The user's switches in extension storage; the one place that touches them. */
import { SETTINGS_KEY, parseSettings } from './settings';
import { storedValue } from './stored-value';

const settings = storedValue(SETTINGS_KEY, parseSettings, 'settings');

export const loadSettings = settings.load;
export const saveSettings = settings.save;
export const onSettingsChanged = settings.onChanged;
