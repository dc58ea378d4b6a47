import { useRef, useState } from 'preact/hooks';
import { type MessageKey, t } from '@/lib/i18n';
import { FactsView } from './FactsView';
import { PageView } from './PageView';
import { ReadingListView } from './ReadingListView';

export type PanelView = 'page' | 'facts' | 'list';

const VIEWS: readonly { id: PanelView; label: MessageKey }[] = [
  { id: 'page', label: 'viewPage' },
  { id: 'facts', label: 'viewFacts' },
  { id: 'list', label: 'viewList' },
];

/** The view named by `?view=` (the figure card opens the panel on Facts), else "This page". */
export function initialView(search: string = location.search): PanelView {
  const named = new URLSearchParams(search).get('view');
  return VIEWS.some((view) => view.id === named) ? (named as PanelView) : 'page';
}

/** The popup panel: three views behind a tab list that arrow keys move through. */
export function PopupPanel() {
  const [view, setView] = useState<PanelView>(() => initialView());
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);

  const onKeyDown = (event: KeyboardEvent) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    event.preventDefault();
    const at = VIEWS.findIndex((item) => item.id === view);
    const next = (at + step + VIEWS.length) % VIEWS.length;
    setView(VIEWS[next]?.id ?? 'page');
    tabs.current[next]?.focus();
  };

  return (
    <main class="panel">
      <header class="panel-header">
        <h1>{t('extName')}</h1>
        <div class="panel-tabs" role="tablist" aria-label={t('panelViews')} onKeyDown={onKeyDown}>
          {VIEWS.map((item, index) => (
            <button
              key={item.id}
              ref={(element) => {
                tabs.current[index] = element;
              }}
              type="button"
              role="tab"
              id={`tab-${item.id}`}
              aria-selected={view === item.id}
              aria-controls={`view-${item.id}`}
              tabIndex={view === item.id ? 0 : -1}
              onClick={() => setView(item.id)}
            >
              {t(item.label)}
            </button>
          ))}
        </div>
      </header>
      <section id={`view-${view}`} role="tabpanel" aria-labelledby={`tab-${view}`} class="panel-view">
        {view === 'page' ? <PageView /> : view === 'facts' ? <FactsView /> : <ReadingListView />}
      </section>
    </main>
  );
}
