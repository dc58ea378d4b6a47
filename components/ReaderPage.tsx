import { useEffect, useMemo, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { readerIdOf, readSavedCopy, type SavedArticle } from '@/lib/list/read-copy';
import { editCopy } from '@/lib/list/save-article';
import { type CaravanDb, openDb } from '@/lib/store/db';
import { SavedText } from './SavedText';
import { StatusMessage } from './StatusMessage';

/** Props of ReaderPage. */
export interface ReaderPageProps {
  /** The store to read from; the extension's own by default. */
  db?: CaravanDb;
  search?: string;
}

type ReaderState =
  | { status: 'loading' }
  | { status: 'missing' }
  | { status: 'error'; message: string }
  | { status: 'ready'; article: SavedArticle };

/**
 * The reader page: a saved article read from the local store, so it opens with no network at all. Opening it
 * marks it read.
 */
export function ReaderPage({ db, search = location.search }: ReaderPageProps) {
  const store = useMemo(() => db ?? openDb(), [db]);
  const [state, setState] = useState<ReaderState>({ status: 'loading' });
  useEffect(() => {
    const id = readerIdOf(search);
    if (id === null) return setState({ status: 'missing' });
    readSavedCopy(store, id).then(
      (article) => {
        setState(article ? { status: 'ready', article } : { status: 'missing' });
        if (article) document.title = article.copy.title;
        if (article && !article.copy.read) void editCopy(store, id, { read: 1 }).catch(() => {});
      },
      (error: unknown) => setState({ status: 'error', message: String(error) }),
    );
  }, [store, search]);

  if (state.status === 'loading') return <StatusMessage title={t('readerLoading')} />;
  if (state.status === 'missing')
    return <StatusMessage tone="error" title={t('readerMissing')} detail={t('readerMissingDetail')} />;
  if (state.status === 'error')
    return <StatusMessage tone="error" title={t('errorTitle')} detail={state.message} />;
  const { copy, blocks, figures } = state.article;
  return (
    <article class="reader" lang={copy.lang || undefined}>
      <header>
        <h1>{copy.title}</h1>
        <p class="reader-meta">
          {[
            copy.siteName || copy.site,
            copy.publishedAt,
            t('listSavedOn', new Date(copy.savedAt).toLocaleDateString()),
          ]
            .filter(Boolean)
            .join(' · ')}
        </p>
        <p class="reader-meta">
          <a href={copy.url} rel="noreferrer">
            {t('readerOriginal')}
          </a>
          {figures.length > 0 ? ` · ${t('readerFigures', String(figures.length))}` : ''}
        </p>
        {copy.tags.length > 0 ? (
          <p class="reader-meta">{copy.tags.map((tag) => `#${tag}`).join(' ')}</p>
        ) : null}
        {copy.note ? <blockquote class="reader-note">{copy.note}</blockquote> : null}
      </header>
      <SavedText blocks={blocks} figures={figures} />
    </article>
  );
}
