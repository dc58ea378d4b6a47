import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { errorMessage } from '@/lib/error-message';
import { t } from '@/lib/i18n';
import { captureTab } from '@/lib/list/capture-tab';
import { importList } from '@/lib/list/import-list';
import { listFile } from '@/lib/list/list-files';
import {
  DEFAULT_QUERY,
  type ListFacets,
  type ListPage,
  type ListQuery,
  queryList,
  readFacets,
} from '@/lib/list/query-list';
import {
  type CopyEdit,
  editCopy,
  type RemovedCopy,
  removeSaved,
  restoreSaved,
} from '@/lib/list/save-article';
import { sendToBackground } from '@/lib/messages';
import { LIST_PAGE_SIZE, takeFirstPage } from '@/lib/popup/early-first-page';
import { lazyStore } from '@/lib/popup/lazy-store';
import type { FirstPage } from '@/lib/popup/read-first-page';
import { findTargetTab } from '@/lib/popup/target-tab';
import { useTableChanges } from '@/lib/popup/watch-store';
import type { CaravanDb } from '@/lib/store/db';
import type { SavedCopyRow } from '@/lib/store/rows';
import { saveFile } from '@/lib/ui/save-file';
import { ListControls } from './ListControls';
import { ListDataActions, type ListExportFormat } from './ListDataActions';
import { SavedArticleItem } from './SavedArticleItem';
import { StatusMessage } from './StatusMessage';

/** Props of ReadingListView. */
export interface ReadingListViewProps {
  /** The store the list lives in; the extension's own by default. */
  db?: CaravanDb;
}

/** Entries shown at first and added by "Show more": the list never reads all entries to paint. */
const PAGE_SIZE = LIST_PAGE_SIZE;

/**
 * Entries in the list's first frame: more than fit in the popup (at most 600 px high) under its header and
 * controls. The rest of the page follows a frame later, so the first frame builds and styles a few entries, not
 * thirty.
 */
const FIRST_FRAME_ENTRIES = 6;

/** A page of the list as shown: its total is undefined while it is being counted. */
type ShownPage = Omit<ListPage, 'total'> & { total?: number };
type ListState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; page: ShownPage };
type Notice = { tone: 'info' | 'error'; text: string; undo?: RemovedCopy } | null;

/** The panel's Reading list view: save this page, then find, read, tag, annotate, export and import. */
export function ReadingListView({ db }: ReadingListViewProps) {
  const store = useMemo(() => lazyStore(db), [db]);
  useEffect(() => () => store.close(), [store]);
  const [query, setQuery] = useState<ListQuery>(DEFAULT_QUERY);
  const [limit, setLimit] = useState(PAGE_SIZE);
  const [state, setState] = useState<ListState>({ status: 'loading' });
  const [facets, setFacets] = useState<ListFacets>({ sites: [], langs: [], tags: [] });
  const [notice, setNotice] = useState<Notice>(null);
  const [changes, setChanges] = useState(0);
  const [saving, setSaving] = useState(false);
  const painted = useRef(false);
  const [wholePage, setWholePage] = useState(false);
  const reload = () => setChanges((count) => count + 1);
  // Saves made elsewhere while the panel is open (a page's card, the menu, another panel) show at once.
  const outside = useTableChanges(store, 'copies', state.status === 'ready');
  const reloads = changes + outside;

  // A layout effect: the first page is asked for as soon as the view is built, not after the browser has painted
  // its loading state, which would put a frame or two between the popup opening and its list.
  useLayoutEffect(() => {
    let current = true;
    const show = (page: ShownPage) => current && setState({ status: 'ready', page });
    const fromStore = () =>
      store
        .get()
        .then((opened) => queryList(opened, query, limit))
        .then(show);
    // A long list shows its first page before its count is in (counting 10,000 rows takes longer than reading
    // thirty); a short one, quick to count, shows both at once.
    const showFirst = async ({ copies, total }: FirstPage) => {
      if (copies.length >= limit) show({ copies });
      const counted = await total.catch(() => undefined);
      return counted === undefined ? fromStore() : show({ copies, total: counted });
    };
    // The popup's first page is read without Dexie (its entry may have asked for it before rendering: see
    // early-first-page.ts); a later page (`reloads` reloads the list after a save, an edit, a removal or an
    // import), or a store Dexie must first create or upgrade, through it.
    const first = !db && reloads === 0 && query === DEFAULT_QUERY && limit === PAGE_SIZE;
    (first ? takeFirstPage().then((read) => (read ? showFirst(read) : fromStore())) : fromStore()).catch(
      (error: unknown) => current && setState({ status: 'error', message: errorMessage(error) }),
    );
    return () => {
      current = false;
    };
  }, [db, store, query, limit, reloads]);
  // The filters' choices are read once the first page is on screen, not before it.
  const ready = state.status === 'ready';
  useEffect(() => {
    void reloads;
    if (ready)
      store
        .get()
        .then(readFacets)
        .then(setFacets, () => {});
  }, [store, reloads, ready]);
  useEffect(() => {
    if (state.status !== 'ready' || painted.current) return;
    painted.current = true;
    // What `npm run bench` reads as the list's first paint.
    requestAnimationFrame(() => {
      performance.mark('caravan-list-painted');
      // After this frame is painted: a render asked for here would join it.
      setTimeout(() => setWholePage(true));
    });
  }, [state]);

  const act = async (work: () => Promise<Notice>) => {
    try {
      setNotice(await work());
    } catch (error) {
      setNotice({ tone: 'error', text: errorMessage(error) });
    }
    reload();
  };
  const saveThisPage = () =>
    act(async () => {
      setSaving(true);
      try {
        const tab = await findTargetTab();
        if (tab?.id === undefined) throw new Error(t('noTab'));
        const capture = await captureTab(tab.id).catch((error: unknown) => {
          throw new Error(`${t('listSaveFailed')} ${errorMessage(error)}`);
        });
        await sendToBackground('list:save', capture);
        return { tone: 'info', text: t('listSaved', capture.report.title) };
      } finally {
        setSaving(false);
      }
    });
  const edit = (articleId: number, change: CopyEdit) =>
    void act(async () => {
      await editCopy(await store.get(), articleId, change);
      return null;
    });
  const remove = (copy: SavedCopyRow) =>
    void act(async () => {
      const removed = await removeSaved(await store.get(), copy.articleId);
      return removed ? { tone: 'info', text: t('listDeleted', copy.title), undo: removed } : null;
    });
  const undo = (removed: RemovedCopy) =>
    void act(async () => {
      await restoreSaved(await store.get(), removed);
      return { tone: 'info', text: t('listRestored', removed.copy.title) };
    });
  const exportAs = (format: ListExportFormat) =>
    void act(async () => {
      const file = await listFile(await store.get(), format);
      saveFile(file.name, file.type, file.content);
      return { tone: 'info', text: t('listExported', String(file.count)) };
    });
  const importFile = (file: File) =>
    act(async () => ({
      tone: 'info',
      text: t('listImported', String(await importList(await store.get(), await file.text()))),
    }));

  return (
    <section class="reading-list">
      <button type="button" class="primary list-save" disabled={saving} onClick={() => void saveThisPage()}>
        {saving ? t('listSaving') : t('listSaveThisPage')}
      </button>
      {notice ? (
        <p
          class={`list-notice list-notice-${notice.tone}`}
          role={notice.tone === 'error' ? 'alert' : 'status'}
        >
          {notice.text}
          {notice.undo ? (
            <button type="button" class="list-undo" onClick={() => notice.undo && undo(notice.undo)}>
              {t('listUndo')}
            </button>
          ) : null}
        </p>
      ) : null}
      {renderList(state, wholePage, query, facets, setQuery, setLimit, edit, remove)}
      <ListDataActions onExport={exportAs} onImport={importFile} />
    </section>
  );
}

function renderList(
  state: ListState,
  wholePage: boolean,
  query: ListQuery,
  facets: ListFacets,
  setQuery: (update: (query: ListQuery) => ListQuery) => void,
  setLimit: (update: (limit: number) => number) => void,
  edit: (articleId: number, change: CopyEdit) => void,
  remove: (copy: SavedCopyRow) => void,
) {
  if (state.status === 'loading') return <StatusMessage title={t('listLoading')} />;
  if (state.status === 'error')
    return <StatusMessage tone="error" title={t('listLoadFailed')} detail={state.message} />;
  const { copies, total } = state.page;
  const filtered = JSON.stringify(query) !== JSON.stringify(DEFAULT_QUERY);
  if (total === 0 && !filtered) return <StatusMessage title={t('listEmpty')} detail={t('listEmptyDetail')} />;
  return (
    <>
      <ListControls
        query={query}
        facets={facets}
        onChange={(change) => {
          setLimit(() => PAGE_SIZE);
          setQuery((old) => ({ ...old, ...change }));
        }}
      />
      <p class="list-count" role="status">
        {total === undefined ? '' : t('listCount', String(total))}
      </p>
      {total === 0 ? (
        <StatusMessage title={t('listNoMatch')} />
      ) : (
        <ul class="saved-list">
          {(wholePage ? copies : copies.slice(0, FIRST_FRAME_ENTRIES)).map((copy) => (
            <SavedArticleItem key={copy.articleId} copy={copy} onEdit={edit} onDelete={remove} />
          ))}
        </ul>
      )}
      {total !== undefined && copies.length < total ? (
        <button type="button" class="list-more" onClick={() => setLimit((limit) => limit + PAGE_SIZE)}>
          {t('listShowMore', String(total - copies.length))}
        </button>
      ) : null}
    </>
  );
}
