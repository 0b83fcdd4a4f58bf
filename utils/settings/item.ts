/**
 * The versioned settings item (WXT storage). Migrations go here, one per version; the
 * background runs them at startup, so every other reader sees the current layout.
 */
import { storage } from 'wxt/utils/storage';
import { repairSettings, type StoredSettings } from './schema';
import { SETTINGS_KEY } from './storage';

export const settingsItem = storage.defineItem<StoredSettings>(`sync:${SETTINGS_KEY}`, {
  fallback: { actions: {} },
  version: 1,
});

export async function saveSettings(settings: StoredSettings): Promise<void> {
  await settingsItem.setValue(settings);
}

/** For the options page: valid settings plus what was wrong with the stored value. */
export async function loadSettingsWithProblems(): Promise<{ settings: StoredSettings; problems: string[] }> {
  try {
    return repairSettings(await settingsItem.getValue());
  } catch (error) {
    return { settings: { actions: {} }, problems: [`Could not read settings: ${String(error)}`] };
  }
}
