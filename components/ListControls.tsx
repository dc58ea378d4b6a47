import { type MessageKey, t } from '@/lib/i18n';
import type { ListFacets, ListQuery, ListReadState, ListSince, ListSort } from '@/lib/list/query-list';

/** Props of ListControls. */
export interface ListControlsProps {
  query: ListQuery;
  facets: ListFacets;
  onChange: (change: Partial<ListQuery>) => void;
}

const SINCE: readonly [ListSince, MessageKey][] = [
  ['all', 'listSinceAll'],
  ['day', 'listSinceDay'],
  ['week', 'listSinceWeek'],
  ['month', 'listSinceMonth'],
  ['year', 'listSinceYear'],
];
const READ: readonly [ListReadState, MessageKey][] = [
  ['all', 'listReadAll'],
  ['unread', 'listReadUnread'],
  ['read', 'listReadRead'],
];
const SORT: readonly [ListSort, MessageKey][] = [
  ['saved-desc', 'listSortNewest'],
  ['saved-asc', 'listSortOldest'],
  ['published-desc', 'listSortPublished'],
  ['title', 'listSortTitle'],
];

interface PickProps {
  label: string;
  value: string;
  options: readonly (readonly [string, string])[];
  onPick: (value: string) => void;
}

/** One labelled drop-down of the list's filters. */
function Pick({ label, value, options, onPick }: PickProps) {
  return (
    <label class="list-pick">
      {label}
      <select value={value} onChange={(event) => onPick((event.currentTarget as HTMLSelectElement).value)}>
        {options.map(([key, text]) => (
          <option key={key} value={key}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}

const any = (values: readonly string[]): [string, string][] => [
  ['', t('listAny')],
  ...values.map((value): [string, string] => [value, value]),
];

const translated = (choices: readonly (readonly [string, MessageKey])[]): [string, string][] =>
  choices.map(([key, label]) => [key, t(label)]);

/** The search box, the filters (site, language, tag, date, read state) and the sort above the list. */
export function ListControls({ query, facets, onChange }: ListControlsProps) {
  const picks: [Exclude<keyof ListQuery, 'text'>, MessageKey, [string, string][]][] = [
    ['site', 'listSite', any(facets.sites)],
    ['lang', 'listLang', any(facets.langs)],
    ['tag', 'listTag', any(facets.tags)],
    ['since', 'listSince', translated(SINCE)],
    ['read', 'listReadState', translated(READ)],
    ['sort', 'listSort', translated(SORT)],
  ];
  return (
    <div class="list-controls">
      <input
        type="search"
        class="list-search"
        aria-label={t('listSearch')}
        placeholder={t('listSearch')}
        value={query.text}
        onInput={(event) => onChange({ text: (event.currentTarget as HTMLInputElement).value })}
      />
      <div class="list-filters">
        {picks.map(([field, label, options]) => (
          <Pick
            key={field}
            label={t(label)}
            value={query[field]}
            options={options}
            onPick={(value) => onChange({ [field]: value } as Partial<ListQuery>)}
          />
        ))}
      </div>
    </div>
  );
}
