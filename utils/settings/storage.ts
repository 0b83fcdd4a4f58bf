/**
 * The settings item in storage.sync: the browser's own sync carries it to the reader's
 * other devices. Versioned so later layouts migrate instead of resetting.
 */
import { storage } from 'wxt/utils/storage';
import { repairSettings, type StoredSettings } from './schema';

export const settingsItem = storage.defineItem<StoredSettings>('sync:settings', {
  fallback: { actions: {} },
  version: 1,
});

/** Valid settings, whatever is stored. Never throws: storage errors fall back to defaults. */
export async function loadSettings(): Promise<StoredSettings> {
  try {
    const { settings, problems } = repairSettings(await settingsItem.getValue());
    if (problems.length) console.warn('Heed: repaired stored settings:', problems);
    return settings;
  } catch (error) {
    console.warn('Heed: could not read settings, using defaults', error);
    return { actions: {} };
  }
}

export async function saveSettings(settings: StoredSettings): Promise<void> {
  await settingsItem.setValue(settings);
}

export function watchSettings(callback: (settings: StoredSettings) => void): () => void {
  return settingsItem.watch((value) => callback(repairSettings(value).settings));
}
