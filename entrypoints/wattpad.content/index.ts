import '@/utils/gate/gate-states.css';
import './early.css';
import { startHeed } from '@/utils/gate/controller';
import { WATTPAD_PATTERNS } from '@/utils/sites/hosts';
import { wattpad } from '@/utils/sites/wattpad';

export default defineContentScript({
  matches: WATTPAD_PATTERNS,
  runAt: 'document_start',
  cssInjectionMode: 'manifest',
  // WXT's legacy "script started" postMessage costs ~5 ms at document_start and is seen by the
  // page's own message listeners; the custom event WXT also sends is enough.
  noScriptStartedPostMessage: true,
  main: (ctx) => void startHeed(ctx, wattpad),
});
