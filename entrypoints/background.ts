import { browser } from 'wxt/browser';
import { syncAnySiteScript } from '@/utils/sites/added-sites';
import { settingsItem } from '@/utils/settings/item';

export default defineBackground(() => {
  // Bring stored settings to the current version once, before anyone else reads them.
  void settingsItem.migrate();

  // Sites the reader added: the any-site content script follows the granted origins.
  const sync = () => void syncAnySiteScript().catch((error) => console.error('Heed: could not register for added sites', error));
  sync();
  browser.permissions.onAdded.addListener(sync);
  browser.permissions.onRemoved.addListener(sync);

  // First install: let the reader review the defaults before the first story they open.
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/options.html?welcome') });
  });

  // The gate's "Heed settings" button: content scripts cannot open extension pages themselves.
  browser.runtime.onMessage.addListener((message: unknown) => {
    if ((message as { type?: string } | null)?.type === 'heed:open-options') return browser.runtime.openOptionsPage();
    return undefined;
  });
});
