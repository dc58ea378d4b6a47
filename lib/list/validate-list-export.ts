import { t } from '../i18n';
import type { FigureSummary } from '../messages';
import {
  type Check,
  checkRow,
  checkVersion,
  ImportError,
  isNumber,
  isObject,
  isString,
  parseJson,
  SHAPES,
} from '../store/validate-export';
import {
  type ExportedArticle,
  LIST_FORMAT,
  LIST_FORMAT_VERSION,
  type ReadingListExport,
} from './list-export';

const isStringList: Check = (value) =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

const ARTICLE_SHAPE: Record<Exclude<keyof ExportedArticle, 'figures'>, Check> = {
  url: (value) => isString(value) && /^https?:\/\//i.test(value as string),
  canonicalUrl: isString,
  title: isString,
  site: isString,
  siteName: isString,
  lang: isString,
  publishedAt: isString,
  savedAt: isNumber,
  read: (value) => value === 0 || value === 1,
  tags: isStringList,
  note: isString,
  blocks: isStringList,
};

/** A figure is a stored mention without its ids. */
const FIGURE_SHAPE = Object.fromEntries(
  Object.entries(SHAPES.mentions).filter(([field]) => field !== 'id' && field !== 'articleId'),
);

/**
 * Parses and checks a reading-list export before anything is written. Throws an ImportError saying what is
 * wrong and where: not JSON, not a reading list (a fact-store export is named as such), a newer format, a bad
 * row, or the same address twice.
 */
export function parseListExport(text: string): ReadingListExport {
  const data = parseJson(text);
  if (isObject(data) && data.format === 'caravan-fact-store') throw new ImportError(t('importStoreFileHere'));
  if (!isObject(data) || data.format !== LIST_FORMAT || !Array.isArray(data.articles))
    throw new ImportError(t('importNotList'));
  const version = checkVersion(data.version, LIST_FORMAT_VERSION);
  const urls = new Set<string>();
  const articles = data.articles.map((raw, index) => {
    const where = () => t('importWhereArticle', String(index + 1));
    const article = checkRow<Omit<ExportedArticle, 'figures'>>(raw, ARTICLE_SHAPE, where);
    const figures = (raw as { figures?: unknown }).figures ?? [];
    if (!Array.isArray(figures)) throw new ImportError(t('importMalformed', [where(), 'figures']));
    if (urls.has(article.url)) throw new ImportError(t('importRepeatedAddress', [where(), article.url]));
    urls.add(article.url);
    return {
      ...article,
      figures: figures.map((figure, at) =>
        checkRow<FigureSummary>(figure, FIGURE_SHAPE, () =>
          t('importWhereFigure', [String(at + 1), String(index + 1)]),
        ),
      ),
    };
  });
  return {
    format: LIST_FORMAT,
    version,
    exportedAt: isString(data.exportedAt) ? (data.exportedAt as string) : '',
    articles,
  };
}
