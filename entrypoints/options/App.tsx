import { useEffect, useRef, useState } from 'preact/hooks';
import { ACTION_LABEL, TriggerActions } from '@/components/TriggerActions';
import { actionFor, withAction, type StoredSettings } from '@/utils/settings/schema';
import { loadSettingsWithProblems, saveSettings } from '@/utils/settings/item';
import { onSettingsChanged } from '@/utils/settings/storage';
import { defaultAction, TRIGGER_GROUPS, triggerName } from '@/utils/warnings/taxonomy';
import type { Action } from '@/utils/warnings/types';
import { Sites } from './Sites';

export function App({ welcome }: { welcome: boolean }) {
  const [settings, setSettings] = useState<StoredSettings | null>(null);
  const [status, setStatus] = useState('');
  const latest = useRef<StoredSettings | null>(null);
  latest.current = settings;

  useEffect(() => {
    void loadSettingsWithProblems().then(({ settings: loaded, problems }) => {
      setSettings(loaded);
      if (problems.length) setStatus(`Some stored settings were invalid and use their defaults: ${problems.join(' ')}`);
    });
    return onSettingsChanged(setSettings);
  }, []);

  const change = async (id: string, action: Action) => {
    const next = withAction(latest.current ?? { actions: {} }, id, action);
    latest.current = next;
    setSettings(next);
    try {
      await saveSettings(next);
      setStatus(`Saved: ${triggerName(id)} is now ${ACTION_LABEL[action]}. Open tabs follow at once.`);
    } catch (error) {
      setStatus(`Could not save (${error instanceof Error ? error.message : String(error)}). Your change applies until you close this page.`);
    }
  };

  return (
    <main>
      <header class="intro">
        <img src="/icon/48.png" alt="" width="48" height="48" />
        <div>
          <h1>Heed settings</h1>
          <p>
            Heed reads the warnings authors give a story (AO3 archive warnings and tags, plain-text headers such as
            “WARNING: Character death!”, TW lines) and keeps the story blurred until you choose to read it.
          </p>
        </div>
      </header>
      {welcome && (
        <section class="welcome" aria-labelledby="welcome-title">
          <h2 id="welcome-title">Welcome — review your starting point</h2>
          <p>
            Every trigger starts on <strong>Warn</strong>, except a few common, mild ones that start on{' '}
            <strong>Show</strong>. Change any of them below; your choices sync to your other browsers.
          </p>
        </section>
      )}
      <section class="legend" aria-label="What the choices do">
        <dl>
          <dt>Show</dt>
          <dd>Nothing is hidden.</dd>
          <dt>Warn</dt>
          <dd>The story is blurred behind a notice; one click shows it.</dd>
          <dt>Hide</dt>
          <dd>The story is collapsed out of view; showing it asks you to confirm.</dd>
        </dl>
        <p>When several warnings apply, the strongest choice wins.</p>
      </section>
      <p class="status" role="status" aria-live="polite">
        {status}
      </p>
      {settings === null ? (
        <p>Loading your settings…</p>
      ) : (
        TRIGGER_GROUPS.map((group) => (
          <section class="group" key={group.id} aria-labelledby={`group-${group.id}`}>
            <h2 id={`group-${group.id}`}>{group.name}</h2>
            {group.triggers.map((t) => (
              <TriggerActions
                key={t.id}
                trigger={t}
                value={actionFor(settings, t.id)}
                defaultValue={defaultAction(t.id)}
                onChange={(action) => void change(t.id, action)}
              />
            ))}
          </section>
        ))
      )}
      <Sites />
    </main>
  );
}
