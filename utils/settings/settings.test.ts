import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { actionFor, repairSettings, withAction } from './schema';
import { loadSettingsWithProblems, saveSettings } from './item';
import { onSettingsChanged, readSettings } from './storage';

describe('repairSettings: anything stored becomes valid settings', () => {
  test.each<[string, unknown, Record<string, string>, number]>([
    ['nothing stored', undefined, {}, 0],
    ['null', null, {}, 0],
    ['valid', { actions: { suicide: 'hide', alcohol: 'warn' } }, { suicide: 'hide', alcohol: 'warn' }, 0],
    ['a string', 'garbage', {}, 1],
    ['an array', [1, 2], {}, 1],
    ['actions is not an object', { actions: 'hide' }, {}, 1],
    ['one invalid action among valid ones', { actions: { suicide: 'hide', gore: 'BLUR', rape_non_con: 3 } }, { suicide: 'hide' }, 2],
    ['default values are not kept', { actions: { suicide: 'warn', alcohol: 'show' } }, {}, 0],
    ['unknown trigger ids from a newer version are kept', { actions: { future_trigger: 'hide' } }, { future_trigger: 'hide' }, 0],
  ])('%s', (_name, raw, actions, problems) => {
    const r = repairSettings(raw);
    expect(r.settings.actions).toEqual(actions);
    expect(r.problems).toHaveLength(problems);
  });

  test('fields this version does not know are kept as they are', () => {
    expect(repairSettings({ actions: {}, futureField: { x: 1 } }).settings).toMatchObject({ futureField: { x: 1 } });
  });
});

describe('actions', () => {
  test.each([
    ['suicide', 'warn'],
    ['character_death', 'warn'],
    ['unknown', 'warn'],
    ['other', 'warn'],
    ['sexual_content', 'show'],
    ['alcohol', 'show'],
    ['mental_health', 'show'],
    ['pregnancy', 'show'],
    ['medical', 'show'],
  ])('default for %s is %s', (id, action) => {
    expect(actionFor({ actions: {} }, id)).toBe(action);
  });

  test('only differences from the defaults are stored', () => {
    let s = withAction({ actions: {} }, 'suicide', 'hide');
    expect(s.actions).toEqual({ suicide: 'hide' });
    s = withAction(s, 'suicide', 'warn');
    expect(s.actions).toEqual({});
  });
});

describe('stored in storage.sync, versioned', () => {
  beforeEach(() => fakeBrowser.reset());

  test('round trip', async () => {
    await saveSettings({ actions: { suicide: 'hide' } });
    expect(await readSettings()).toEqual({ actions: { suicide: 'hide' } });
    expect(await fakeBrowser.storage.sync.get('settings')).toEqual({ settings: { actions: { suicide: 'hide' } } });
  });

  test('a corrupted stored value is repaired on read, never thrown', async () => {
    await fakeBrowser.storage.sync.set({ settings: { actions: { suicide: 'nope', gore: 'hide' } } });
    expect(await readSettings()).toEqual({ actions: { gore: 'hide' } });
    await fakeBrowser.storage.sync.set({ settings: 42 });
    expect(await readSettings()).toEqual({ actions: {} });
  });

  test('the options page hears what was repaired', async () => {
    await fakeBrowser.storage.sync.set({ settings: { actions: { suicide: 'nope' } } });
    const { settings, problems } = await loadSettingsWithProblems();
    expect(settings).toEqual({ actions: {} });
    expect(problems[0]).toMatch(/suicide/);
  });

  test('changes reach watchers (how open tabs follow the options page)', async () => {
    const seen: unknown[] = [];
    const unwatch = onSettingsChanged((s) => seen.push(s));
    await saveSettings({ actions: { violence: 'hide' } });
    await new Promise((r) => setTimeout(r, 0));
    unwatch();
    expect(seen).toEqual([{ actions: { violence: 'hide' } }]);
  });
});
