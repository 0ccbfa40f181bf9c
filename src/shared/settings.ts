/**
 * The user's switches, kept in extension storage. Anything unreadable (an old format, a value
 * written by hand) falls back to the defaults with a console warning, never an error.
 */
import * as v from 'valibot';

export const SETTINGS_KEY = 'settings';

const SettingsSchema = v.object({
  enabled: v.boolean(),
  disabledSites: v.pipe(v.array(v.pipe(v.string(), v.maxLength(253))), v.maxLength(10_000)),
});

export type Settings = v.InferOutput<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = { enabled: true, disabledSites: [] };

export function parseSettings(raw: unknown): Settings {
  if (raw === undefined) return DEFAULT_SETTINGS;
  const result = v.safeParse(SettingsSchema, raw);
  if (result.success) return { enabled: result.output.enabled, disabledSites: result.output.disabledSites };
  console.warn('Evidence Lens: stored settings were unreadable; using the defaults.');
  return DEFAULT_SETTINGS;
}

export function isActiveOn(settings: Settings, site: string): boolean {
  return settings.enabled && !settings.disabledSites.includes(site);
}

export function withSite(settings: Settings, site: string, on: boolean): Settings {
  const others = settings.disabledSites.filter((s) => s !== site);
  return { ...settings, disabledSites: on ? others : [...others, site] };
}
