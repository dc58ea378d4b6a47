import type { FigureSummary } from '../messages';
import {
  type Check,
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

/** Keeps only the fields a shape names, after checking each; says which row and field is wrong. */
function checkRow<T>(raw: unknown, shape: Record<string, Check>, where: string): T {
  if (!isObject(raw)) throw new ImportError(`${where} is not a record. Nothing was imported.`);
  for (const [field, check] of Object.entries(shape)) {
    if (!check(raw[field]))
      throw new ImportError(`${where} has a missing or malformed "${field}". Nothing was imported.`);
  }
  return Object.fromEntries(Object.keys(shape).map((field) => [field, raw[field]])) as T;
}

/**
 * Parses and checks a reading-list export before anything is written. Throws an ImportError saying what is
 * wrong and where: not JSON, not a reading list (a fact-store export is named as such), a newer format, a bad
 * row, or the same address twice.
 */
export function parseListExport(text: string): ReadingListExport {
  const data = parseJson(text, 'a Caravan reading list');
  if (isObject(data) && data.format === 'caravan-fact-store')
    throw new ImportError(
      'This is a fact-store export: import it in the options page. Nothing was imported here.',
    );
  if (!isObject(data) || data.format !== LIST_FORMAT || !Array.isArray(data.articles))
    throw new ImportError('This file is not a Caravan reading-list export. Nothing was imported.');
  const version = data.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    throw new ImportError('This export does not say which version wrote it. Nothing was imported.');
  if (version > LIST_FORMAT_VERSION)
    throw new ImportError(
      `This reading list was exported by a newer Caravan (format ${version}; this one reads up to ${LIST_FORMAT_VERSION}). Update Caravan, then import again. Nothing was imported.`,
    );
  const urls = new Set<string>();
  const articles = data.articles.map((raw, index) => {
    const where = `Article ${index + 1}`;
    const article = checkRow<Omit<ExportedArticle, 'figures'>>(raw, ARTICLE_SHAPE, where);
    const figures = (raw as { figures?: unknown }).figures ?? [];
    if (!Array.isArray(figures))
      throw new ImportError(`${where} has a malformed "figures". Nothing was imported.`);
    if (urls.has(article.url))
      throw new ImportError(
        `${where} repeats the address ${article.url}; the file is damaged. Nothing was imported.`,
      );
    urls.add(article.url);
    return {
      ...article,
      figures: figures.map((figure, at) =>
        checkRow<FigureSummary>(figure, FIGURE_SHAPE, `Figure ${at + 1} of article ${index + 1}`),
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
