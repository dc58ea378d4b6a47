// Page shapes the region reader learnt in session 8, in Chromium with the built extension: a channel's feed of
// posts in bare divs, a long read with a fact box, footnotes and references, and a briefing of short items.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ExtensionBrowser } from '../../scripts/lib/launch-browser';
import { paintedFigures, readReport, startBrowser, waitForScan } from './support/extension';

/** Pages served by the browser itself at an address where the demo build's content script runs. */
const SITE = 'http://127.0.0.1:9/';

const post = (text: string, views: string, time: string) =>
  `<div><div><div>Канал о Казахстане</div><div>${text}</div><div><span>${views}</span> <a href="/c/${time}">${time}</a></div></div></div>`;

const FEED = `<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><title>Канал о Казахстане – Telegram</title></head><body>
<div><div>Канал о Казахстане</div><div>48.2K subscribers</div></div><div>
${post('В Алматы к выходным ожидается снег и похолодание до минус 12 градусов, акимат просит сменить шины.', '9.8K', '08:12')}
${post('Товарооборот Казахстана и Китая за десять месяцев составил 36,9 млрд долларов, что на 6,4% больше, чем годом ранее.', '12.3K', '10:40')}
${post('Курс тенге на утренних торгах составил 521,4 тенге за доллар, аналитики ждут стабильности до конца недели.', '5.1K', '11:02')}
${post('Китай и Казахстан договорились построить второй железнодорожный переход: стоимость проекта оценивается в 1,2 млрд долларов.', '15.0K', '18:30')}
${post('Через погранпереход Хоргос за десять месяцев прошло 412 тысяч контейнеров, сообщили в таможне.', '7.4K', '16:22')}
</div><div>© 2025</div></body></html>`;

const LONG_READ = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Tajikistan's Chinese loans | Pamir Review</title></head>
<body><header><a href="/">Pamir Review</a></header><main><article><h1>How China's loans changed Tajikistan</h1><div class="story">
<p>Tajikistan owes China about $1.1 billion, roughly a third of its external debt, the finance ministry in Dushanbe said.<sup><a href="#n1">1</a></sup></p>
<aside class="key-facts"><h4>Key facts</h4><ul><li>Chinese-built roads: 354 km</li><li>Chinese firms in Tajikistan: about 400</li></ul></aside>
<p>Chinese firms built two power plants with those loans and hold gold and silver mines in the north of the country.</p>
<aside class="related"><a href="/x">Dushanbe airport adds 14 flights</a></aside>
<p>Officials in Dushanbe point to 5,000 jobs created, while critics say the terms were never made public.</p>
<ol class="footnotes"><li id="n1">Debt bulletin of the finance ministry, 2024, 48 pages.</li></ol>
<h3>References</h3><ol><li>World Bank, Tajikistan Economic Update, Spring 2025, 12 tables.</li></ol>
</div></article></main><footer>© 2025 Pamir Review</footer></body></html>`;

const BRIEFING = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Eurasia Morning Briefing | Steppe Monitor</title></head>
<body><header><a href="/">Steppe Monitor</a></header><main><article><h1>Eurasia Morning Briefing: November 20</h1>
<p>Good morning. Here is what you need to know today about the region's politics, markets and trade.</p>
<h2>Georgia's parliament passes budget</h2><p>Georgia's parliament approved a 2026 budget of 33 billion lari, with defence up 15%.</p>
<h2>Armenia and Azerbaijan resume talks</h2><p>Delegations met in Yerevan for the first time in 6 months, officials said.</p>
<h2>China and Kyrgyzstan sign power deal</h2><p>China and Kyrgyzstan agreed to build a 700-megawatt solar park near Issyk-Kul, worth about $850 million.</p>
<h2>Mongolia coal exports hit record</h2><p>Mongolia shipped 72 million tonnes of coal in ten months, mostly to China.</p>
<h2>Turkey raises rates</h2><p>Turkey's central bank raised its key rate by 250 basis points to 47.5%.</p>
</article></main><footer>© 2025 Steppe Monitor</footer></body></html>`;

const PORTAL_FLASH = `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>中塔公路改造项目完工_天山日报</title></head>
<body><div class="header"><h1 class="logo"><a href="/">天山日报</a></h1></div>
<div class="ticker"><b>滚动新闻</b><ul><li>11月LPR报价出炉：1年期3.0%、5年期以上3.5%</li></ul></div>
<div class="wrap"><h2>中塔公路改造项目完工</h2><div class="rm_txt_con">
<p>由中国企业承建的中塔公路改造项目19日完工，全长约80公里，总投资约1.3亿美元。</p>
<p>据塔方统计，今年前三季度中塔贸易额达28.6亿美元，同比增长17%。</p></div></div>
<div class="footer">关于我们 | 广告服务 | 联系我们 | 网站声明 违法和不良信息举报电话：010-65363263 本网站所刊载信息不代表本站观点，未经书面授权禁止转载、摘编、复制及建立镜像 Copyright © 1997-2025 京ICP证000006号 京公网安备11000002000008号</div>
</body></html>`;

const PAGES: Record<string, string> = {
  feed: FEED,
  'long-read': LONG_READ,
  briefing: BRIEFING,
  'portal-flash': PORTAL_FLASH,
};

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await startBrowser();
  await browser.context.route(`${SITE}**`, (route) => {
    const body = PAGES[new URL(route.request().url()).pathname.split('/')[1] ?? ''];
    return body
      ? route.fulfill({ contentType: 'text/html; charset=utf-8', body })
      : route.fulfill({ status: 404, body: '' });
  });
});
afterAll(async () => {
  await browser?.close();
});

async function paintedOn(slug: string): Promise<{ page: Page; painted: string[]; isTopic: boolean }> {
  const page = await browser.context.newPage();
  await page.goto(`${SITE}${slug}/`);
  const tabId = await waitForScan(browser, page);
  const report = await readReport(browser, tabId);
  const painted = (await paintedFigures(page)).map((figure) => figure.text);
  return { page, painted, isTopic: report.isTopic };
}

describe('page shapes', () => {
  test("a channel's feed of posts: figures of the posts on China and Central Asia only, no counters", async () => {
    const { page, painted, isTopic } = await paintedOn('feed');
    expect(isTopic).toBe(true);
    expect(painted).toEqual(['36,9 млрд долларов', '6,4%', '1,2 млрд долларов', '412 тысяч контейнеров']);
    await page.close();
  });

  test('a long read: its fact box is read, its footnotes, references and related aside are not', async () => {
    const { page, painted } = await paintedOn('long-read');
    expect(painted).toEqual([
      'about $1.1 billion',
      'roughly a third',
      '354 km',
      'about 400',
      'two power plants',
      '5,000 jobs',
    ]);
    await page.close();
  });

  test('a briefing: only the item on China and Central Asia is painted', async () => {
    const { page, painted, isTopic } = await paintedOn('briefing');
    expect(isTopic).toBe(true);
    expect(painted).toEqual(['700-megawatt', 'about $850 million']);
    await page.close();
  });

  test("a portal's two-paragraph flash under a logo h1: its own figures, not the ticker's rates", async () => {
    const { page, painted, isTopic } = await paintedOn('portal-flash');
    expect(isTopic).toBe(true);
    expect(painted).toEqual(['约80公里', '约1.3亿美元', '28.6亿美元', '17%']);
    await page.close();
  });
});
