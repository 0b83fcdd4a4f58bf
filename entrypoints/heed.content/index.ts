import './early.css';
import { startHeed } from '@/utils/gate/controller';
import { HOST_PATTERNS } from '@/utils/sites/hosts';

export default defineContentScript({
  matches: HOST_PATTERNS,
  runAt: 'document_start',
  cssInjectionMode: 'manifest',
  // WXT's legacy "script started" postMessage costs ~5 ms at document_start and is seen by the
  // page's own message listeners; the custom event WXT also sends is enough.
  noScriptStartedPostMessage: true,
  main(ctx) {
    void startHeed(ctx);
  },
});
