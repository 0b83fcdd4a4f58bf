import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { HOST_PATTERNS } from './utils/sites/hosts';
import { heedData } from './utils/warnings/compile-data';

export const GECKO_ID = 'heed@heed-reader.org';
const ANY_ORIGIN = '*://*/*';

// https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact(), heedData()] }),
  manifest: ({ browser }) => ({
    name: 'Heed',
    description:
      'Keeps fan fiction blurred behind a gate when its warnings match your triggers, until you choose to read it.',
    // storage: settings. scripting: the any-site content script, registered for the origins
    // the reader adds. activeTab: the popup reads the current tab's address only when opened.
    permissions: ['storage', 'scripting', 'activeTab'],
    host_permissions: [...HOST_PATTERNS],
    // "Use Heed on this site" asks for one origin at a time, never all sites up front.
    ...(browser === 'firefox' ? { optional_permissions: [ANY_ORIGIN] } : { optional_host_permissions: [ANY_ORIGIN] }),
    action: { default_title: 'Heed' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              // storage.sync in a temporary add-on needs a fixed id; 142 is the first
              // release that understands data_collection_permissions.
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  zip: { excludeSources: ['.output/**', 'node_modules/**', 'e2e/.tmp/**'] },
});
