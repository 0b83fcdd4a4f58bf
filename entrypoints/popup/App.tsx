import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { addedSites, isSupportedUrl, originPattern, removeSite } from '@/utils/sites/added-sites';

type Status =
  | { kind: 'loading' }
  | { kind: 'not-web' }
  | { kind: 'supported'; host: string }
  | { kind: 'added'; host: string; origin: string }
  | { kind: 'other'; host: string; origin: string; tabId?: number };

async function currentStatus(): Promise<Status> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  const origin = tab?.url ? originPattern(tab.url) : undefined;
  if (!tab?.url || !origin) return { kind: 'not-web' };
  const url = new URL(tab.url);
  if (isSupportedUrl(url)) return { kind: 'supported', host: url.host };
  if ((await addedSites()).includes(origin)) return { kind: 'added', host: url.host, origin };
  return { kind: 'other', host: url.host, origin, ...(tab.id !== undefined ? { tabId: tab.id } : {}) };
}

export function App() {
  const [status, setStatus] = useState<Status>({ kind: 'loading' });
  const [message, setMessage] = useState('');
  useEffect(() => {
    void currentStatus().then(setStatus, () => setStatus({ kind: 'not-web' }));
  }, []);

  const add = async (origin: string, tabId?: number) => {
    // Must run inside the click: the browser asks the reader to confirm this one site.
    const granted = await browser.permissions.request({ origins: [origin] });
    if (!granted) return setMessage('Not added: the permission was not granted.');
    setMessage('Added. Reloading the page so Heed can read it…');
    if (tabId !== undefined) await browser.tabs.reload(tabId);
    setStatus(await currentStatus());
  };

  const remove = async (origin: string) => {
    await removeSite(origin);
    setMessage('Removed. Heed no longer runs on this site.');
    setStatus(await currentStatus());
  };

  return (
    <main>
      <h1>Heed</h1>
      {status.kind === 'loading' && <p>…</p>}
      {status.kind === 'not-web' && <p>Heed works on web pages.</p>}
      {status.kind === 'supported' && (
        <p>
          Heed reads the warnings on <strong>{status.host}</strong>.
        </p>
      )}
      {status.kind === 'added' && (
        <>
          <p>
            Heed reads the warnings on <strong>{status.host}</strong> (a site you added).
          </p>
          <button type="button" onClick={() => void remove(status.origin)}>
            Stop using Heed on this site
          </button>
        </>
      )}
      {status.kind === 'other' && (
        <>
          <p>
            Heed does not run on <strong>{status.host}</strong> yet. It can look for warning headers in the page's main
            text.
          </p>
          <button type="button" class="primary" onClick={() => void add(status.origin, status.tabId)}>
            Use Heed on this site
          </button>
        </>
      )}
      <p role="status" aria-live="polite" class="message">
        {message}
      </p>
      <p>
        <button
          type="button"
          class="link"
          onClick={() => {
            void browser.runtime.openOptionsPage();
            window.close();
          }}
        >
          Open Heed settings
        </button>
      </p>
    </main>
  );
}
