/**
 * "Sites you added": sites where the reader asked Heed to look for warning headers, with a
 * way to add one by address and to remove each (which revokes its permission).
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { addedSites, isSupportedUrl, originPattern, removeSite } from '@/utils/sites/added-sites';

export function Sites() {
  const [sites, setSites] = useState<string[]>([]);
  const [address, setAddress] = useState('');
  const [message, setMessage] = useState('');

  const refresh = () => void addedSites().then(setSites, () => setSites([]));
  useEffect(() => {
    refresh();
    browser.permissions.onAdded.addListener(refresh);
    browser.permissions.onRemoved.addListener(refresh);
    return () => {
      browser.permissions.onAdded.removeListener(refresh);
      browser.permissions.onRemoved.removeListener(refresh);
    };
  }, []);

  const add = async (event: Event) => {
    event.preventDefault();
    const typed = address.trim();
    const origin = originPattern(/^[a-z]+:\/\//i.test(typed) ? typed : `https://${typed}`);
    if (!typed || !origin) return setMessage('Enter a web address, like example.org or https://example.org/stories.');
    if (isSupportedUrl(new URL(origin.replace('/*', '/')))) return setMessage('Heed already works on that site.');
    try {
      // Inside the click: the browser asks the reader to confirm this one site.
      const granted = await browser.permissions.request({ origins: [origin] });
      setMessage(granted ? `Added ${origin.replace('/*', '')}. Reload its open tabs.` : 'Not added: the permission was not granted.');
      if (granted) setAddress('');
    } catch (error) {
      setMessage(`Could not add it: ${error instanceof Error ? error.message : String(error)}`);
    }
    refresh();
  };

  return (
    <section class="group sites" aria-labelledby="sites-title">
      <h2 id="sites-title">Sites you added</h2>
      <p>
        On sites you add, Heed looks for warning headers at the top of the page's main text. You can also add the site
        you are on from Heed's toolbar button.
      </p>
      {sites.length === 0 ? (
        <p>No sites added yet.</p>
      ) : (
        <ul class="site-list">
          {sites.map((origin) => {
            const host = origin.replace(/^\*?[a-z]*:?\/\//, '').replace('/*', '');
            return (
              <li key={origin}>
                <span>{host}</span>{' '}
                <button type="button" aria-label={`Remove ${host}`} onClick={() => void removeSite(origin).then(refresh)}>
                  Remove
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <form onSubmit={(e) => void add(e)}>
        <label for="add-site">Add a site</label>{' '}
        <input id="add-site" type="text" inputMode="url" value={address} onInput={(e) => setAddress(e.currentTarget.value)} placeholder="example.org" />{' '}
        <button type="submit">Add site</button>
      </form>
      <p role="status" aria-live="polite" class="status">
        {message}
      </p>
    </section>
  );
}
