/**
 * Sites the reader added with "Use Heed on this site": the origins they granted on top of
 * the supported sites. The granted permissions are the only record, so removing a site in
 * the browser's own extension settings removes it from Heed too.
 */
import { browser } from 'wxt/browser';
import { HOST_PATTERNS } from './hosts';
import { matchesAny } from './types';

export const ANY_SITE_SCRIPT_ID = 'heed-any-site';

/** `https://example.org/*` for a page address, or undefined for pages Heed cannot run on. */
export function originPattern(url: string | URL): string | undefined {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? `${u.protocol}//${u.host}/*` : undefined;
  } catch {
    return undefined;
  }
}

export function isSupportedUrl(url: URL): boolean {
  return matchesAny(url, HOST_PATTERNS);
}

export async function addedSites(): Promise<string[]> {
  const { origins = [] } = await browser.permissions.getAll();
  return origins.filter((o) => !HOST_PATTERNS.includes(o) && o !== '*://*/*' && o !== '<all_urls>');
}

export async function removeSite(origin: string): Promise<boolean> {
  return browser.permissions.remove({ origins: [origin] });
}

/** Registers the any-site content script for exactly the added origins (none: unregistered). */
export async function syncAnySiteScript(): Promise<void> {
  const origins = await addedSites();
  // The service worker wakes often: leave a registration that is already right alone, so no
  // page loading at that moment misses the script.
  const current = await browser.scripting.getRegisteredContentScripts({ ids: [ANY_SITE_SCRIPT_ID] }).catch(() => []);
  const registered = current[0]?.matches ?? [];
  if (registered.length === origins.length && origins.every((o) => registered.includes(o))) return;
  try {
    await browser.scripting.unregisterContentScripts({ ids: [ANY_SITE_SCRIPT_ID] });
  } catch {
    // Not registered yet.
  }
  if (origins.length === 0) return;
  await browser.scripting.registerContentScripts([
    {
      id: ANY_SITE_SCRIPT_ID,
      matches: origins,
      js: ['content-scripts/anysite.js'],
      css: ['content-scripts/anysite.css'],
      runAt: 'document_start',
      // Registered again at every start from the granted origins, the one record of them.
      persistAcrossSessions: false,
    },
  ]);
}
