import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import type { CopyEdit } from '@/lib/list/save-article';
import type { SavedCopyRow } from '@/lib/store/rows';

/** Props of SavedArticleItem. */
export interface SavedArticleItemProps {
  copy: SavedCopyRow;
  onEdit: (articleId: number, edit: CopyEdit) => void;
  onDelete: (copy: SavedCopyRow) => void;
}

/** One saved article: its title (opens the saved copy), where and when, the start of its text, and its controls. */
export function SavedArticleItem({ copy, onEdit, onDelete }: SavedArticleItemProps) {
  const id = copy.articleId;
  const meta = [
    copy.siteName || copy.site,
    copy.lang,
    copy.publishedAt || new Date(copy.savedAt).toLocaleDateString(),
  ];
  return (
    // elementtiming: the browser reports when an entry's title (text in this block) was first painted (`npm run bench`).
    <li class={`saved-item${copy.read ? ' saved-read' : ''}`} data-id={id} elementtiming="saved-title">
      <a class="saved-title" href={`reader.html?id=${id}`} target="_blank" rel="noopener">
        {copy.title}
      </a>
      <p class="saved-meta">
        {meta.filter(Boolean).join(' · ')}
        {copy.read ? '' : ` · ${t('listUnread')}`}
        {copy.tags.length > 0 ? ` · ${copy.tags.map((tag) => `#${tag}`).join(' ')}` : ''}
      </p>
      <p class="saved-excerpt">{copy.excerpt}</p>
      {copy.note ? <p class="saved-note">{copy.note}</p> : null}
      <div class="saved-actions">
        <button type="button" onClick={() => onEdit(id, { read: copy.read ? 0 : 1 })}>
          {copy.read ? t('listMarkUnread') : t('listMarkRead')}
        </button>
        <button
          type="button"
          class="saved-delete"
          aria-label={t('listDeleteNamed', copy.title)}
          onClick={() => onDelete(copy)}
        >
          {t('listDelete')}
        </button>
      </div>
      <SavedEdit copy={copy} onEdit={onEdit} />
    </li>
  );
}

/**
 * The tags and note of a saved article, behind a disclosure. Its fields are built when it is first opened: a
 * text field and a text area for each of the thirty entries would otherwise cost the list its first paint.
 */
function SavedEdit({ copy, onEdit }: Pick<SavedArticleItemProps, 'copy' | 'onEdit'>) {
  const [opened, setOpened] = useState(false);
  const id = copy.articleId;
  return (
    <details
      class="saved-edit"
      onToggle={(event) => {
        if ((event.currentTarget as HTMLDetailsElement).open) setOpened(true);
      }}
    >
      <summary>{t('listTagsAndNote')}</summary>
      {opened ? (
        <>
          <label>
            {t('listTags')}
            <input
              type="text"
              value={copy.tags.join(', ')}
              onChange={(event) =>
                onEdit(id, { tags: (event.currentTarget as HTMLInputElement).value.split(/[,，]/) })
              }
            />
          </label>
          <label>
            {t('listNote')}
            <textarea
              rows={3}
              value={copy.note}
              onChange={(event) => onEdit(id, { note: (event.currentTarget as HTMLTextAreaElement).value })}
            />
          </label>
        </>
      ) : null}
    </details>
  );
}
