/**
 * The trigger taxonomy, shipped as data (data/triggers.json) so adding a trigger or a
 * phrase is a data change. See README "Adding a trigger".
 */
import data from 'virtual:heed/compiled-data';
import type { RuntimeVocabulary, TriggerInfo } from './compile-data';
import { OTHER, UNKNOWN, type Action } from './types';

export type Trigger = TriggerInfo;

export interface TriggerGroup {
  id: string;
  name: string;
  triggers: Trigger[];
}

export type Vocabulary = RuntimeVocabulary;

export const TRIGGERS: readonly Trigger[] = data.triggers;
export const vocabulary: Vocabulary = data.vocabulary;

/** The two triggers that are not topics but states of a work's warnings. */
export const SPECIAL_TRIGGERS: readonly Trigger[] = [
  {
    id: UNKNOWN,
    group: 'special',
    name: 'Unknown warnings',
    mild: false,
  },
  {
    id: OTHER,
    group: 'special',
    name: 'Other warnings',
    mild: false,
  },
];

const byId = new Map<string, Trigger>([...TRIGGERS, ...SPECIAL_TRIGGERS].map((t) => [t.id, t]));

export function getTrigger(id: string): Trigger | undefined {
  return byId.get(id);
}

export function triggerName(id: string): string {
  return byId.get(id)?.name ?? id;
}

export function isKnownTrigger(id: string): boolean {
  return byId.has(id);
}

/** The groups in display order, the special triggers last. */
export const TRIGGER_GROUPS: readonly TriggerGroup[] = [
  ...data.groups.map((g) => ({ ...g, triggers: TRIGGERS.filter((t) => t.group === g.id) })),
  { id: 'special', name: 'When warnings are missing or unfamiliar', triggers: [...SPECIAL_TRIGGERS] },
];

export function defaultAction(id: string): Action {
  return byId.get(id)?.mild ? 'show' : 'warn';
}
