// The reading list at scale, in the built extension on real Chromium IndexedDB: 10,000 saved articles in
// English, Chinese and Russian, imported through the list's own import. Then the popup's Reading list view is
// opened cold several times (first paint = when the browser painted the first entry's title, by Element Timing), and
// searches are timed as the popup runs them (index lookup, entries, filters, sort, first page).
import type { CDPSession, Page } from 'playwright-core';
import type { ReadingListExport } from '../../lib/list/list-export';
import type { ListPage, ListQuery } from '../../lib/list/query-list';
import type { CaravanDb } from '../../lib/store/db';
import { buildDemoExtension } from '../lib/build-extension';
import { launchWithExtension } from '../lib/launch-browser';
import { bundleForPage } from './in-chromium';
import { median } from './median';

interface ListApi {
  openDb: () => CaravanDb;
  importList: (db: CaravanDb, text: string) => Promise<number>;
  queryList: (db: CaravanDb, query: ListQuery, limit: number) => Promise<ListPage>;
  DEFAULT_QUERY: ListQuery;
}

const ARTICLES = 10_000;
const PAINTS = 9;
const QUERIES = [
  'railway',
  'trade',
  'the',
  'kazakh',
  'pipeline gas',
  '中亚',
  '铁路运输',
  '贸易',
  'газопровод',
  'поставки газа',
  'khorgos 2024',
];

/** A small deterministic random source, so every run fills the same list. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

const EN =
  'the of and to in a trade railway freight pipeline gas grain corridor border customs container exports imports investment billion million percent year quarter china kazakhstan uzbekistan kyrgyzstan tajikistan turkmenistan khorgos astana tashkent almaty bishkek xian summit minister agreement logistics terminal wagons tonnes growth volume energy oil power solar project bank loan yuan dollar market port road bridge station'.split(
    ' ',
  );
const RU =
  'и в на с по торговля железная дорога газопровод поставки газа зерно граница таможня контейнер экспорт импорт инвестиции миллиардов процентов год китай казахстан узбекистан киргизия таджикистан астана ташкент саммит министр соглашение логистика терминал тонн рост объем энергия нефть проект банк кредит юаней рынок'.split(
    ' ',
  );
const ZH_WORDS =
  '中国 中亚 哈萨克斯坦 乌兹别克斯坦 吉尔吉斯斯坦 塔吉克斯坦 土库曼斯坦 贸易 铁路 运输 班列 口岸 霍尔果斯 阿拉山口 天然气 管道 粮食 出口 进口 投资 合作 峰会 协议 物流 集装箱 增长 同比 亿元 万吨 能源 项目 银行 贷款 市场 港口 公路 跨境 电商 海关 货物 列车 开行 西安 喀什 乌鲁木齐 今年 前三季度 数据 显示 发展 建设'.split(
    ' ',
  );

/** Rarer words, made of syllables, so the index has a long tail of terms as real text does. */
function rareWords(syllables: readonly string[], count: number): string[] {
  const next = random(count);
  return Array.from({ length: count }, () =>
    Array.from(
      { length: 2 + Math.floor(next() * 2) },
      () => syllables[Math.floor(next() * syllables.length)],
    ).join(''),
  );
}
const RARE: Record<string, string[]> = {
  en: rareWords('ka ro min ter ba sel vo nad ish ul pen cor dra fi lum ga zo'.split(' '), 3000),
  ru: rareWords('ка ро мин тер ба сель во над иш уль пен кор дра фи лум га зо'.split(' '), 3000),
  zh: rareWords(
    [...'新区开放港站线网园城县州河山路南北东西高速货运仓储通关电力光伏风电水泥钢铁棉花果蔬'],
    3000,
  ),
};

function sentence(
  next: () => number,
  words: readonly string[],
  rare: readonly string[],
  length: number,
  join: string,
): string {
  const picked: string[] = [];
  // Squaring the draw favours the first words, as real text favours common words; one word in three is rare.
  for (let i = 0; i < length; i++) {
    const pool = next() < 0.33 ? rare : words;
    picked.push(pool[Math.floor(next() ** 2 * pool.length)] ?? '');
  }
  return picked.join(join);
}

/** A synthetic reading-list export: 60% English, 25% Chinese, 15% Russian, ~1.5 KB of text each. */
function syntheticList(): ReadingListExport {
  const next = random(7);
  const articles: ReadingListExport['articles'] = [];
  for (let a = 1; a <= ARTICLES; a++) {
    const draw = next();
    const [lang, words, join] =
      draw < 0.6 ? ['en', EN, ' '] : draw < 0.85 ? ['zh', ZH_WORDS, ''] : ['ru', RU, ' '];
    const sentences = (count: number, length: number) =>
      Array.from(
        { length: count },
        () => `${sentence(next, words, RARE[lang] ?? [], length, join)} ${Math.floor(next() * 1000)}.`,
      );
    const site = `site${a % 40}.example`;
    const url = `https://${site}/news/${a}`;
    articles.push({
      url,
      canonicalUrl: url,
      title: sentence(next, words, RARE[lang] ?? [], lang === 'zh' ? 6 : 8, join),
      site,
      siteName: `Site ${a % 40}`,
      lang,
      publishedAt: `2025-${String(1 + (a % 12)).padStart(2, '0')}-15`,
      savedAt: 1_700_000_000_000 + a * 60_000,
      read: a % 3 === 0 ? 1 : 0,
      tags: a % 7 === 0 ? ['energy'] : [],
      note: '',
      blocks: Array.from({ length: 6 }, () => sentences(3, lang === 'zh' ? 14 : 12).join(' ')),
      figures: [],
    });
  }
  return { format: 'caravan-reading-list', version: 1, exportedAt: '', articles };
}

/**
 * Resolves in the page, once both are known, with the time the browser first painted an entry's title (Element
 * Timing: the `elementtiming` attribute on each title, buffered from the page's start) and the time of the mark
 * the list sets in the animation frame after its first page rendered (one frame later at best; reported beside
 * it). Sent through the debugger protocol as a few lines: `waitForFunction` would first compile Playwright's
 * injected script (330 KB) on the popup's main thread right after its load event, while the list is still being
 * read and drawn, a cost no user's popup pays.
 */
const AWAIT_LIST_PAINT = `new Promise((resolve, reject) => {
  let painted;
  const mark = () => performance.getEntriesByName('caravan-list-painted')[0]?.startTime;
  const settle = () => painted !== undefined && mark() !== undefined && resolve({ painted, mark: mark() });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      if (entry.identifier === 'saved-title') painted = Math.min(painted ?? Infinity, entry.renderTime || entry.loadTime);
    settle();
  }).observe({ type: 'element', buffered: true });
  new PerformanceObserver(settle).observe({ type: 'mark' });
  settle();
  setTimeout(() => reject(new Error('The popup painted no saved article in 30 s')), 30000);
})`;

/** Milliseconds from navigation to the list's first entry painted, and to its mark, in a cold popup. */
async function firstPaint(
  page: Page,
  debug: CDPSession,
  url: string,
): Promise<{ painted: number; mark: number }> {
  await page.goto(url);
  const { result, exceptionDetails } = (await debug.send('Runtime.evaluate', {
    expression: AWAIT_LIST_PAINT,
    awaitPromise: true,
    returnByValue: true,
  })) as { result: { value?: { painted: number; mark: number } }; exceptionDetails?: { text: string } };
  if (exceptionDetails || !result.value)
    throw new Error(`Waiting for the list's paint failed: ${exceptionDetails?.text}`);
  const shown = await page.locator('.saved-item').count();
  if (shown === 0) throw new Error('The popup painted no saved article');
  return result.value;
}

/** Milliseconds from navigation to the page's first paint of anything (its loading state): the floor. */
async function firstContentfulPaint(page: Page): Promise<number> {
  return page.evaluate(
    () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
  );
}

export async function benchReadingList(): Promise<Record<string, number>> {
  buildDemoExtension();
  const script = await bundleForPage('./list-entry.ts');
  const browser = await launchWithExtension();
  try {
    const base = `chrome-extension://${browser.extensionId}`;
    const page = await browser.context.newPage();
    await page.goto(`${base}/reader.html`);
    // Extension pages forbid injected script tags; the debugger protocol may still evaluate.
    await page.evaluate(script);
    const text = JSON.stringify(syntheticList());
    const fillMs = await page.evaluate(async (text) => {
      const api = (globalThis as unknown as { caravanList: ListApi }).caravanList;
      const started = performance.now();
      await api.importList(api.openDb(), text);
      return performance.now() - started;
    }, text);

    const paints: number[] = [];
    const marks: number[] = [];
    const popup = await browser.context.newPage();
    const debug = await browser.context.newCDPSession(popup);
    const floors: number[] = [];
    for (let run = 0; run < PAINTS; run++) {
      const { painted, mark } = await firstPaint(popup, debug, `${base}/popup.html?view=list`);
      paints.push(painted);
      marks.push(mark);
      floors.push(await firstContentfulPaint(popup));
    }
    const total = await popup.locator('.list-count').innerText();

    const searches = await page.evaluate(
      async ({ queries }) => {
        const api = (globalThis as unknown as { caravanList: ListApi }).caravanList;
        const db = api.openDb();
        const times: number[] = [];
        const found: Record<string, number> = {};
        const slowest: Record<string, number> = {};
        for (let round = 0; round < 3; round++) {
          for (const query of queries) {
            const started = performance.now();
            const result = await api.queryList(db, { ...api.DEFAULT_QUERY, text: query }, 30);
            const elapsed = performance.now() - started;
            times.push(elapsed);
            found[query] = result.total;
            slowest[query] = Math.max(slowest[query] ?? 0, Math.round(elapsed));
          }
        }
        return { times, found, slowest };
      },
      { queries: QUERIES },
    );
    const sorted = [...searches.times].sort((a, b) => a - b);
    const p95 = sorted[Math.floor(sorted.length * 0.95)] ?? Number.NaN;
    console.log(
      `reading list (${total}, extension IndexedDB): filled in ${(fillMs / 1000).toFixed(1)} s; popup first paint median ${median(paints).toFixed(0)} ms (${paints.map((ms) => ms.toFixed(0)).join(', ')}; the list's mark a frame later: median ${median(marks).toFixed(0)} ms; the page's own first paint, before any entry: median ${median(floors).toFixed(0)} ms); search median ${median(searches.times).toFixed(1)} ms, p95 ${p95.toFixed(1)} ms; matches ${JSON.stringify(searches.found)}; slowest ms ${JSON.stringify(searches.slowest)}`,
    );
    return {
      popup_first_paint_ms: Number(median(paints).toFixed(1)),
      search_ms_10k: Number(p95.toFixed(1)),
    };
  } finally {
    await browser.close();
  }
}
