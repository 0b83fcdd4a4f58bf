/**
 * Turns what a unit declares into what Heed does with it: the strongest action among the
 * matched triggers wins, and the reasons list only the triggers that made the gate.
 */
import { TRIGGER_GROUPS, triggerName } from './taxonomy';
import { ACTIONS, OTHER, UNKNOWN, type Action, type Finding, type Modifier, type Source, type UnknownReason } from './types';

export interface Reason {
  /** Trigger id, or 'unknown' / 'other'. */
  id: string;
  name: string;
  action: Action;
  sources: Source[];
  modifiers: Modifier[];
  unknownReasons: UnknownReason[];
  /** For Other: the author's own words, shown only on request. */
  declared: string[];
}

export interface Decision {
  action: Action;
  /** Triggers whose action is not Show, strongest first, then in taxonomy order. */
  reasons: Reason[];
}

export type ActionFor = (triggerId: string) => Action;

/** The order the options page lists triggers in, so the gate reads the same way every time. */
const TAXONOMY_ORDER = new Map(TRIGGER_GROUPS.flatMap((g) => g.triggers).map((t, i) => [t.id, i]));

function taxonomyIndex(id: string): number {
  return TAXONOMY_ORDER.get(id) ?? TAXONOMY_ORDER.size;
}

export function strongest(a: Action, b: Action): Action {
  return ACTIONS.indexOf(a) >= ACTIONS.indexOf(b) ? a : b;
}

export function decide(findings: readonly Finding[], actionFor: ActionFor): Decision {
  const byId = new Map<string, Reason>();
  for (const f of findings) {
    const id = f.kind === 'trigger' ? f.trigger : f.kind === 'unknown' ? UNKNOWN : OTHER;
    let r = byId.get(id);
    if (!r) {
      r = { id, name: triggerName(id), action: actionFor(id), sources: [], modifiers: [], unknownReasons: [], declared: [] };
      byId.set(id, r);
    }
    if (!r.sources.includes(f.source)) r.sources.push(f.source);
    if (f.kind === 'trigger' && f.modifier && !r.modifiers.includes(f.modifier)) r.modifiers.push(f.modifier);
    if (f.kind === 'unknown' && !r.unknownReasons.includes(f.reason)) r.unknownReasons.push(f.reason);
    if (f.kind === 'other' && !r.declared.includes(f.text)) r.declared.push(f.text);
  }
  const reasons = [...byId.values()].filter((r) => r.action !== 'show');
  reasons.sort((a, b) => ACTIONS.indexOf(b.action) - ACTIONS.indexOf(a.action) || taxonomyIndex(a.id) - taxonomyIndex(b.id));
  const action = reasons.reduce<Action>((acc, r) => strongest(acc, r.action), 'show');
  return { action, reasons };
}
