/**
 * The settings item in storage.sync: the browser's own sync carries it to the reader's
 * other devices.
 *
 * Two ways in, on purpose:
 * - `settingsItem` (WXT storage, versioned with migrations) is used by the background,
 *   which runs migrations once at startup, and by the options page, which writes.
 * - `readSettings` / `onSettingsChanged` read the raw value through the polyfill for the
 *   content script, which never writes and never migrates; it repairs whatever it reads.
 *   This keeps the storage library out of the content script (a fifth of its size).
 */
import { browser } from 'wxt/browser';
import { repairSettings, type StoredSettings } from './schema';

export const SETTINGS_KEY = 'settings';

function report(problems: string[]) {
  if (problems.length) console.warn('Heed: repaired stored settings:', problems);
}

/** Valid settings, whatever is stored. Never throws: storage errors fall back to defaults. */
export async function readSettings(): Promise<StoredSettings> {
  try {
    const stored = await browser.storage.sync.get(SETTINGS_KEY);
    const { settings, problems } = repairSettings(stored[SETTINGS_KEY]);
    report(problems);
    return settings;
  } catch (error) {
    console.warn('Heed: could not read settings, using defaults', error);
    return { actions: {} };
  }
}

export function onSettingsChanged(callback: (settings: StoredSettings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const change = changes[SETTINGS_KEY];
    if (area === 'sync' && change) callback(repairSettings(change.newValue).settings);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
