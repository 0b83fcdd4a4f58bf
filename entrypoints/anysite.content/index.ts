import '@/utils/gate/gate-states.css';
import './early.css';
import { startHeed } from '@/utils/gate/controller';
import { anySite } from '@/utils/sites/anysite';

export default defineContentScript({
  // Registered by the background for the origins the reader added, never from the manifest:
  // WXT would otherwise turn `matches` into host permissions.
  registration: 'runtime',
  matches: [],
  runAt: 'document_start',
  cssInjectionMode: 'manifest',
  noScriptStartedPostMessage: true,
  main: (ctx) => void startHeed(ctx, anySite),
});
