/**
 * One trigger's setting: a radio group named after the trigger, with radios named exactly
 * Show, Warn and Hide (native radios: arrow keys move within the group).
 */
import { triggerDescription } from '../utils/warnings/descriptions';
import type { Trigger } from '../utils/warnings/taxonomy';
import { ACTIONS, type Action } from '../utils/warnings/types';

export const ACTION_LABEL: Record<Action, string> = { show: 'Show', warn: 'Warn', hide: 'Hide' };

export interface TriggerActionsProps {
  trigger: Trigger;
  value: Action;
  defaultValue: Action;
  onChange: (action: Action) => void;
}

export function TriggerActions({ trigger, value, defaultValue, onChange }: TriggerActionsProps) {
  const nameId = `trigger-${trigger.id}-name`;
  const descId = `trigger-${trigger.id}-desc`;
  return (
    <div class="trigger" role="radiogroup" aria-labelledby={nameId} aria-describedby={descId}>
      <div class="trigger-text">
        <span class="trigger-name" id={nameId}>
          {trigger.name}
        </span>
        <span class="trigger-desc" id={descId}>
          {triggerDescription(trigger.id)} <span class="default">Default: {ACTION_LABEL[defaultValue]}.</span>
        </span>
      </div>
      <div class="choices">
        {ACTIONS.map((action) => (
          <label key={action} class={`choice ${action}`}>
            <input
              type="radio"
              name={`action-${trigger.id}`}
              value={action}
              checked={value === action}
              onChange={() => onChange(action)}
            />
            {ACTION_LABEL[action]}
          </label>
        ))}
      </div>
    </div>
  );
}
