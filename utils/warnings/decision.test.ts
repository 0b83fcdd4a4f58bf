import { describe, expect, it } from 'vitest';
import { decide, strongest, type ActionFor } from './decision';
import { defaultAction } from './taxonomy';
import type { Action, Finding } from './types';

const t = (trigger: string, modifier?: 'referenced' | 'past' | 'graphic' | 'attempted'): Finding => ({
  kind: 'trigger',
  trigger,
  source: 'header',
  ...(modifier ? { modifier } : {}),
});
const UNKNOWN_F: Finding = { kind: 'unknown', source: 'ao3-warning', reason: 'chose-not-to-warn' };
const OTHER_F: Finding = { kind: 'other', source: 'header', text: 'dark themes' };

/** A reader's settings: the listed actions, everything else from the taxonomy defaults. */
function settings(actions: Record<string, Action>): ActionFor {
  return (id) => actions[id] ?? defaultAction(id);
}

/** The decision in a compact form: `action: id, id…` (reasons in order). */
function summary(findings: Finding[], actions: Record<string, Action> = {}): string {
  const d = decide(findings, settings(actions));
  return `${d.action}: ${d.reasons.map((r) => `${r.id}=${r.action}`).join(', ')}`;
}

describe('strongest', () => {
  it.each<[Action, Action, Action]>([
    ['show', 'show', 'show'],
    ['show', 'warn', 'warn'],
    ['warn', 'show', 'warn'],
    ['warn', 'hide', 'hide'],
    ['hide', 'show', 'hide'],
    ['hide', 'hide', 'hide'],
  ])('%s + %s → %s', (a, b, expected) => {
    expect(strongest(a, b)).toBe(expected);
  });
});

describe('defaultAction: mild triggers show, the rest warn', () => {
  it.each<[string, Action]>([
    ['character_death', 'warn'],
    ['suicide', 'warn'],
    ['rape_non_con', 'warn'],
    ['underage_sex', 'warn'],
    ['violence', 'warn'],
    ['sexual_content', 'show'],
    ['alcohol', 'show'],
    ['mental_health', 'show'],
    ['unknown', 'warn'],
    ['other', 'warn'],
  ])('%s → %s', (id, expected) => {
    expect(defaultAction(id)).toBe(expected);
  });
});

describe('decide', () => {
  it.each<[string, Finding[], Record<string, Action>, string]>([
    ['nothing found', [], {}, 'show: '],
    ['a mild trigger by default', [t('alcohol')], {}, 'show: '],
    ['a trigger by default', [t('character_death')], {}, 'warn: character_death=warn'],
    ['the seed: character death allowed', [t('character_death')], { character_death: 'show' }, 'show: '],
    [
      'strongest action wins',
      [t('character_death'), t('suicide')],
      { suicide: 'hide' },
      'hide: suicide=hide, character_death=warn',
    ],
    ['reasons list only non-show triggers', [t('alcohol'), t('violence'), t('sexual_content')], {}, 'warn: violence=warn'],
    ['a shown trigger never raises the action', [t('violence')], { violence: 'show' }, 'show: '],
    ['one reason per trigger', [t('suicide'), t('suicide', 'referenced'), t('suicide')], {}, 'warn: suicide=warn'],
    ['unknown warns by default', [UNKNOWN_F], {}, 'warn: unknown=warn'],
    ['unknown may be shown', [UNKNOWN_F], { unknown: 'show' }, 'show: '],
    ['unknown may hide', [UNKNOWN_F, t('violence')], { unknown: 'hide' }, 'hide: unknown=hide, violence=warn'],
    ['other warns by default', [OTHER_F], {}, 'warn: other=warn'],
    ['other may be shown', [OTHER_F, t('gore')], { other: 'show' }, 'warn: gore=warn'],
    [
      'equal actions in taxonomy order, special triggers last',
      [OTHER_F, t('suicide'), UNKNOWN_F, t('violence'), t('character_death')],
      {},
      'warn: violence=warn, character_death=warn, suicide=warn, unknown=warn, other=warn',
    ],
    ['a user action for a mild trigger', [t('sexual_content')], { sexual_content: 'hide' }, 'hide: sexual_content=hide'],
  ])('%s', (_name, findings, actions, expected) => {
    expect(summary(findings, actions)).toBe(expected);
  });

  it('collects sources, severities, unknown reasons and the author\u2019s words', () => {
    const d = decide(
      [
        t('suicide', 'referenced'),
        { kind: 'trigger', trigger: 'suicide', source: 'ao3-tag', modifier: 'past' },
        t('suicide', 'referenced'),
        UNKNOWN_F,
        { kind: 'unknown', source: 'header', reason: 'pointer' },
        OTHER_F,
        { kind: 'other', source: 'note', text: 'sad ending' },
        OTHER_F,
      ],
      settings({}),
    );
    expect(d).toEqual({
      action: 'warn',
      reasons: [
        {
          id: 'suicide',
          name: 'Suicide',
          action: 'warn',
          sources: ['header', 'ao3-tag'],
          modifiers: ['referenced', 'past'],
          unknownReasons: [],
          declared: [],
        },
        {
          id: 'unknown',
          name: 'Unknown warnings',
          action: 'warn',
          sources: ['ao3-warning', 'header'],
          modifiers: [],
          unknownReasons: ['chose-not-to-warn', 'pointer'],
          declared: [],
        },
        {
          id: 'other',
          name: 'Other warnings',
          action: 'warn',
          sources: ['header', 'note'],
          modifiers: [],
          unknownReasons: [],
          declared: ['dark themes', 'sad ending'],
        },
      ],
    });
  });

  it('asks for each trigger\u2019s action once', () => {
    const asked: string[] = [];
    decide([t('suicide'), t('suicide'), t('gore')], (id) => {
      asked.push(id);
      return 'warn';
    });
    expect(asked).toEqual(['suicide', 'gore']);
  });
});
