import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { HOST_PATTERNS } from './utils/sites/hosts';
import { heedData } from './utils/warnings/compile-data';

export const GECKO_ID = 'heed@heed-reader.org';

// https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact(), heedData()] }),
  manifest: ({ browser }) => ({
    name: 'Heed',
    description:
      'Keeps fan fiction blurred behind a gate when its warnings match your triggers, until you choose to read it.',
    permissions: ['storage'],
    host_permissions: [...HOST_PATTERNS],
    action: { default_title: 'Heed settings' },
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
