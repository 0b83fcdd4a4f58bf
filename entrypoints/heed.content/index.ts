import './early.css';
import { startHeed } from '@/utils/gate/controller';
import { HOST_PATTERNS } from '@/utils/sites/hosts';

export default defineContentScript({
  matches: HOST_PATTERNS,
  runAt: 'document_start',
  cssInjectionMode: 'manifest',
  main(ctx) {
    void startHeed(ctx);
  },
});
