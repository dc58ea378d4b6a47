import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ExtensionBrowser } from '../../scripts/lib/launch-browser';
import { paintedFigures, readReport, startBrowser, waitForScan } from './support/extension';

/**
 * The prefilter reads the whole page: an article that names China and Central Asia only after 100 KB of other
 * text (a menu of thousands of links) is still found, in each language, with its names split across inline
 * elements; the same page about another pair of partners is not.
 */
const SITE = 'http://127.0.0.1:9/';

interface LateArticle {
  lang: string;
  title: string;
  paragraph: string;
}

const ARTICLES: Record<string, LateArticle> = {
  en: {
    lang: 'en',
    title: '<i>Chi</i>na and Kaz<b>akh</b>stan widen their rail freight link',
    paragraph:
      'Trains between <b>China</b> and <i>Kazakh</i>stan carried 3.2 million tonnes in the first half, up 14 percent.',
  },
  ru: {
    lang: 'ru',
    title: '<i>Ки</i>тай и Каз<b>ах</b>стан расширяют грузовое сообщение',
    paragraph:
      'Поезда между <b>Китаем</b> и <i>Казах</i>станом перевезли 3,2 млн тонн за полугодие, на 14% больше.',
  },
  zh: {
    lang: 'zh-CN',
    title: '中<b>国</b>与哈<i>萨</i>克斯坦扩大铁路货运合作',
    paragraph: '上半年中<b>国</b>与<i>哈萨</i>克斯坦之间的班列运送货物320万吨，同比增长14%。',
  },
  lookalike: {
    lang: 'en',
    title: 'The EU and Kaz<b>akh</b>stan widen their rail freight link',
    paragraph:
      'Trains between the EU and <i>Kazakh</i>stan carried 3.2 million tonnes in the first half, up 14 percent.',
  },
};

/** A menu of about 110,000 characters of link text, then the article. */
function latePage(article: LateArticle): string {
  const links = Array.from(
    { length: 4000 },
    (_, n) => `<li><a href="/section/${n}/">Local notices, section ${n}</a></li>`,
  ).join('');
  const paragraphs = Array.from({ length: 4 }, () => `<p>${article.paragraph}</p>`).join('');
  return `<!doctype html><html lang="${article.lang}"><head><meta charset="utf-8"><title>Wire</title></head>
<body><nav><ul>${links}</ul></nav><main><article><h1>${article.title}</h1>${paragraphs}</article></main></body></html>`;
}

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await startBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Opens the generated page of an article at an address where the demo build's content script runs. */
async function scanLatePage(slug: string) {
  const article = ARTICLES[slug] as LateArticle;
  const page = await browser.context.newPage();
  const url = `${SITE}${slug}/`;
  await page.route(url, (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: latePage(article) }),
  );
  await page.goto(url);
  const report = await readReport(browser, await waitForScan(browser, page));
  const painted = await paintedFigures(page);
  await page.close();
  return { report, painted };
}

describe('an article whose names come only after 100 KB of other text', () => {
  test.each(['en', 'ru', 'zh'])('is found and painted (%s)', async (slug) => {
    const { report, painted } = await scanLatePage(slug);
    expect(report.isTopic).toBe(true);
    expect(report.figures.length).toBeGreaterThan(0);
    expect(painted.length).toBe(report.figures.length);
  });

  test('about the EU and Kazakhstan instead is not', async () => {
    const { report, painted } = await scanLatePage('lookalike');
    expect(report.isTopic).toBe(false);
    expect(painted).toEqual([]);
  });
});
