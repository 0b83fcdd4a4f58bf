import { browser } from 'wxt/browser';
import { settingsItem } from '@/utils/settings/item';

export default defineBackground(() => {
  // Bring stored settings to the current version once, before anyone else reads them.
  void settingsItem.migrate();

  // First install: let the reader review the defaults before the first story they open.
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/options.html?welcome') });
  });

  // The gate's "Heed settings" button: content scripts cannot open extension pages themselves.
  browser.runtime.onMessage.addListener((message: unknown) => {
    if ((message as { type?: string } | null)?.type === 'heed:open-options') return browser.runtime.openOptionsPage();
    return undefined;
  });

  // No popup yet: the toolbar button opens the settings.
  (browser.action ?? browser.browserAction)?.onClicked.addListener(() => void browser.runtime.openOptionsPage());
});
