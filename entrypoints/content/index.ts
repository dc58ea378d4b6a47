import { defineContentScript } from '#imports';
import { startPageScan } from '@/lib/content/start-page-scan';
import { stopWhenOrphaned } from '@/lib/content/stop-when-orphaned';
import { NEWS_SITE_MATCHES } from '@/lib/sites';
import './style.css';

const STARTED = Symbol.for('caravan.started');

export default defineContentScript({
  matches: [...NEWS_SITE_MATCHES],
  runAt: 'document_idle',
  main(ctx) {
    // The popup may inject this script again on demand; one scan per page is enough.
    const scope = globalThis as { [STARTED]?: boolean };
    if (scope[STARTED]) return;
    scope[STARTED] = true;
    stopWhenOrphaned(ctx);
    void startPageScan(ctx.signal);
  },
});
