import { useEffect, useMemo, useState } from 'preact/hooks';
import { errorMessage } from '@/lib/error-message';
import { t } from '@/lib/i18n';
import { sendToBackground } from '@/lib/messages';
import { lazyStore } from '@/lib/popup/lazy-store';
import { useTableChanges } from '@/lib/popup/watch-store';
import type { FactSeries } from '@/lib/store/fact-series';
import type { FactSearchResult } from '@/lib/store/search-facts';
import { subjectLabel } from '@/lib/ui/measure-labels';
import { FactSeriesCard } from './FactSeriesCard';
import { StatusMessage } from './StatusMessage';

/** Props of FactsView. */
export interface FactsViewProps {
  /** The panel's address query: `?fact=<key>` opens the view focused on one fact. */
  search?: string;
}

type FactsState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'results'; query: string; result: FactSearchResult }
  | { status: 'focus'; factKey: string; series: FactSeries | null };

/** How long typing may pause before the search runs. */
const TYPING_PAUSE_MS = 250;

/** Loads a search's results, or the series of the focused fact, from the background. */
async function loadFacts(query: string, factKey: string): Promise<FactsState> {
  if (factKey)
    return { status: 'focus', factKey, series: await sendToBackground('facts:series', { factKey }) };
  return { status: 'results', query, result: await sendToBackground('facts:search', { query }) };
}

/** The panel's Facts view: the fact store, searchable in three languages, grouped by subject and measure. */
export function FactsView({ search = location.search }: FactsViewProps) {
  const [focus, setFocus] = useState(() => new URLSearchParams(search).get('fact') ?? '');
  const [query, setQuery] = useState('');
  const [state, setState] = useState<FactsState>({ status: 'loading' });
  // While a new search runs, the previous results stay (marked busy) rather than flicker away.
  const [busy, setBusy] = useState(true);
  // A page read in another tab, or an import, while the view is open reruns what it shows, once its first answer
  // is in (the store is opened here only to be told of writes; the searches stay the background's).
  const store = useMemo(() => lazyStore(), []);
  useEffect(() => () => store.close(), [store]);
  const changes = useTableChanges(store, 'factReports', state.status !== 'loading');

  useEffect(() => {
    void changes;
    let current = true;
    setBusy(true);
    const show = (next: FactsState) => {
      if (!current) return;
      setState(next);
      setBusy(false);
    };
    const timer = setTimeout(
      () => {
        loadFacts(query.trim(), focus).then(show, (error: unknown) =>
          show({ status: 'error', message: errorMessage(error) }),
        );
      },
      focus ? 0 : TYPING_PAUSE_MS,
    );
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [query, focus, changes]);

  // The focused fact is brought into sight once its series is shown.
  useEffect(() => {
    if (state.status === 'focus')
      document.querySelector('.fact-focused')?.scrollIntoView({ block: 'center' });
  }, [state]);

  return (
    <div class="facts-view">
      <search class="fact-search">
        <form
          onSubmit={(event) => {
            event.preventDefault();
            setFocus('');
          }}
        >
          <label for="fact-query">{t('factsSearchLabel')}</label>
          <div class="fact-search-row">
            <input
              id="fact-query"
              type="search"
              value={query}
              aria-describedby="fact-query-hint"
              onInput={(event) => {
                setFocus('');
                setQuery((event.currentTarget as HTMLInputElement).value);
              }}
            />
            <button type="submit" class="primary">
              {t('factsSearchButton')}
            </button>
          </div>
          <p id="fact-query-hint" class="status-detail">
            {t('factsSearchHint')}
          </p>
        </form>
      </search>
      <div
        class="facts-results"
        aria-busy={busy ? 'true' : 'false'}
        data-query={state.status === 'results' ? state.query : undefined}
      >
        {renderFacts(state, () => setFocus(''))}
      </div>
    </div>
  );
}

function renderFacts(state: FactsState, showAll: () => void) {
  switch (state.status) {
    case 'loading':
      return <StatusMessage title={t('factsLoading')} />;
    case 'error':
      return <StatusMessage tone="error" title={t('factsErrorTitle')} detail={state.message} />;
    case 'focus':
      return (
        <>
          {state.series ? (
            <FactSeriesCard series={state.series} focusedKey={state.factKey} />
          ) : (
            <StatusMessage title={t('factNotFound')} />
          )}
          <button type="button" class="primary" onClick={showAll}>
            {t('factsShowAll')}
          </button>
        </>
      );
    case 'results':
      return renderResults(state.query, state.result);
  }
}

/** Series grouped under their subject, in the order the search ranked them. */
function renderResults(query: string, result: FactSearchResult) {
  if (result.storeEmpty)
    return <StatusMessage title={t('factsStoreEmpty')} detail={t('factsStoreEmptyDetail')} />;
  if (result.series.length === 0)
    return <StatusMessage title={t('factsNothingFound', query)} detail={t('factsNothingFoundDetail')} />;
  const bySubject = new Map<string, FactSeries[]>();
  for (const series of result.series)
    bySubject.set(series.subject, [...(bySubject.get(series.subject) ?? []), series]);
  return (
    <>
      {[...bySubject].map(([subject, list]) => (
        <section key={subject} class="fact-subject" aria-labelledby={`subject-${subject}`}>
          <h2 id={`subject-${subject}`} class="section-title">
            {subjectLabel(subject)}
          </h2>
          {list.map((series) => (
            <FactSeriesCard key={series.id} series={series} />
          ))}
        </section>
      ))}
      {result.more ? <p class="status-detail">{t('factsMore')}</p> : null}
    </>
  );
}
