import { useCallback, useEffect, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { type PageReport, type StoreStats, sendToBackground, sendToTab } from '@/lib/messages';
import { loadPageReport, scanTabOnDemand } from '@/lib/popup/load-page-report';
import { findTargetTab } from '@/lib/popup/target-tab';
import {
  DEFAULT_SETTINGS,
  readSettings,
  type Settings,
  setSiteHighlights,
  siteOf,
  watchSettings,
} from '@/lib/settings';
import type { FigureLinks } from '@/lib/store/link-figures';
import { FigureList } from './FigureList';
import { PageVerdict } from './PageVerdict';
import { SiteSwitch } from './SiteSwitch';
import { StatusMessage } from './StatusMessage';

type PanelState =
  | { status: 'loading' }
  | { status: 'no-tab' }
  | { status: 'not-running'; tabId: number }
  | { status: 'ready'; report: PageReport; tabId: number }
  | { status: 'error'; message: string };

/** The panel's "This page" view: fetches the current page's report and the store's counts, and shows them. */
export function PageView() {
  const [state, setState] = useState<PanelState>({ status: 'loading' });
  const [stats, setStats] = useState<StoreStats | null>(null);
  const [links, setLinks] = useState<ReadonlyMap<number, FigureLinks>>(new Map());
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);

  // The per-site switch follows the stored settings, whoever changes them.
  useEffect(() => {
    const life = new AbortController();
    readSettings().then(setSettings, () => {});
    watchSettings(setSettings, life.signal);
    return () => life.abort();
  }, []);

  // What the store links to each figure; nothing for a page that is not on topic or could not be stored.
  const showReport = useCallback(async (report: PageReport, tabId: number) => {
    setState({ status: 'ready', report, tabId });
    if (!report.isTopic || report.storeError) return;
    const found = await sendToBackground('facts:links', {
      url: report.url,
      canonicalUrl: report.canonicalUrl,
    }).catch(() => []);
    setLinks(new Map(found.map((item) => [item.index, item])));
  }, []);

  useEffect(() => {
    void (async () => {
      const tab = await findTargetTab();
      if (tab?.id === undefined) return setState({ status: 'no-tab' });
      const report = await loadPageReport(tab.id);
      if (report) await showReport(report, tab.id);
      else setState({ status: 'not-running', tabId: tab.id });
    })().catch((error: unknown) => setState({ status: 'error', message: String(error) }));
    sendToBackground('store:stats', undefined).then(setStats, () => setStats(null));
  }, [showReport]);

  const scanNow = useCallback(
    async (tabId: number) => {
      setState({ status: 'loading' });
      try {
        const report = await scanTabOnDemand(tabId);
        if (report) await showReport(report, tabId);
        else setState({ status: 'error', message: t('scanFailed') });
      } catch (error) {
        setState({
          status: 'error',
          message: `${t('scanFailed')} ${error instanceof Error ? error.message : ''}`,
        });
      }
    },
    [showReport],
  );

  return (
    <>
      {renderBody(state, scanNow, links, settings)}
      {stats ? (
        <footer class="panel-footer">
          {t('storeStats', [String(stats.mentions), String(stats.articles)])}
        </footer>
      ) : null}
    </>
  );
}

function renderBody(
  state: PanelState,
  scanNow: (tabId: number) => Promise<void>,
  links: ReadonlyMap<number, FigureLinks>,
  settings: Settings,
) {
  switch (state.status) {
    case 'loading':
      return <StatusMessage title={t('loading')} />;
    case 'no-tab':
      return <StatusMessage title={t('noTab')} />;
    case 'error':
      return <StatusMessage tone="error" title={t('errorTitle')} detail={state.message} />;
    case 'not-running':
      return (
        <StatusMessage title={t('notRunningTitle')} detail={t('notRunningDetail')}>
          <button type="button" class="primary" onClick={() => void scanNow(state.tabId)}>
            {t('scanThisPage')}
          </button>
        </StatusMessage>
      );
    case 'ready': {
      const site = siteOf(state.report.url);
      const { tabId } = state;
      // The content script scrolls to the figure, flashes it and opens its card; a page that has gone answers nothing.
      const reveal = (index: number) => void sendToTab(tabId, 'page:reveal', { index }).catch(() => {});
      return (
        <>
          <PageVerdict report={state.report} />
          {site && state.report.figures.length > 0 ? (
            <SiteSwitch
              on={!settings.highlightsOffSites.includes(site)}
              offEverywhere={!settings.highlights}
              onChange={(on) => void setSiteHighlights(site, on)}
            />
          ) : null}
          {state.report.storeError ? (
            <StatusMessage tone="error" title={t('storeErrorTitle')} detail={state.report.storeError} />
          ) : null}
          {state.report.isTopic && state.report.figures.length > 0 ? (
            <FigureList figures={state.report.figures} links={links} onReveal={reveal} />
          ) : (
            <StatusMessage title={state.report.isTopic ? t('noFigures') : t('nothingHere')} />
          )}
        </>
      );
    }
  }
}
