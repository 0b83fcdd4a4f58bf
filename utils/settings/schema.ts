/**
 * The reader's settings and how bad stored values are repaired. Only what differs from the
 * defaults is stored, so new triggers and changed defaults need no migration, and the
 * synced item stays far below storage.sync's 8 KB per-item quota.
 */
import { defaultAction, isKnownTrigger } from '../warnings/taxonomy';
import { ACTIONS, type Action } from '../warnings/types';

export interface StoredSettings {
  /** Trigger id → action, only where it differs from the default. */
  actions: Record<string, Action>;
}

export const EMPTY_SETTINGS: StoredSettings = { actions: {} };

export interface Repaired {
  settings: StoredSettings;
  /** What was wrong, in words a reader can act on. Empty when the value was fine. */
  problems: string[];
}

function isAction(value: unknown): value is Action {
  return typeof value === 'string' && (ACTIONS as readonly string[]).includes(value);
}

/**
 * Accepts anything read from storage and returns valid settings. Entries for trigger ids
 * this build does not know are kept (a newer version on another device may have written
 * them); entries with an invalid action are dropped and reported.
 */
export function repairSettings(raw: unknown): Repaired {
  const problems: string[] = [];
  if (raw === undefined || raw === null) return { settings: { actions: {} }, problems };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return { settings: { actions: {} }, problems: ['Stored settings were not an object; defaults are used.'] };
  }
  const actionsRaw = (raw as { actions?: unknown }).actions;
  const actions: Record<string, Action> = {};
  if (actionsRaw !== undefined && (typeof actionsRaw !== 'object' || actionsRaw === null || Array.isArray(actionsRaw))) {
    problems.push('Stored trigger actions were not a list of trigger settings; defaults are used.');
  } else if (actionsRaw) {
    for (const [id, value] of Object.entries(actionsRaw)) {
      if (isAction(value)) {
        if (!isKnownTrigger(id) || value !== defaultAction(id)) actions[id] = value;
      } else {
        problems.push(`The setting for "${id}" was not Show, Warn or Hide; its default is used.`);
      }
    }
  }
  return { settings: { ...(raw as object), actions } as StoredSettings, problems };
}

export function actionFor(settings: StoredSettings, id: string): Action {
  return settings.actions[id] ?? defaultAction(id);
}

/** Settings with one trigger changed, storing nothing for a trigger set back to its default. */
export function withAction(settings: StoredSettings, id: string, action: Action): StoredSettings {
  const actions = { ...settings.actions };
  if (action === defaultAction(id)) delete actions[id];
  else actions[id] = action;
  return { ...settings, actions };
}
