import { describe, expect, test } from 'vitest';
import { scanHtml } from '@/lib/scan';

// The scan command's pipeline (lib/page on a Node DOM, then the figure reader) on small articles whose tables
// state their unit once. Each article names China and Central Asia so the page is on topic.

function article(lang: string, title: string, lead: string, table: string): string {
  // The lead again after the table: short lines after an article's last paragraph are page furniture.
  return `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title></head>
    <body><article><h1>${title}</h1><p>${lead}</p>${table}<p>${lead}</p></article></body></html>`;
}

/** The figure whose text is `text` in the scan of `html`, as [value, unit, kind]. */
function readingOf(html: string, text: string): [number, string, string] | undefined {
  const figure = scanHtml(html).figures.find((candidate) => candidate.text === text);
  return figure && [figure.value, figure.unit, figure.kind];
}

const ZH_LEAD =
  '海关总署数据显示，2024年中国与中亚五国贸易总额达到948亿美元，其中与哈萨克斯坦、乌兹别克斯坦的贸易增长较快，中亚地区已成为中国重要的贸易伙伴。';
const EN_LEAD =
  "China's trade with the five Central Asian states, Kazakhstan, Uzbekistan, Kyrgyzstan, Tajikistan and Turkmenistan, kept growing in 2024, China's customs administration said.";
const RU_LEAD =
  'Товарооборот Китая со странами Центральной Азии — Казахстаном, Узбекистаном, Кыргызстаном, Таджикистаном и Туркменистаном — в 2024 году продолжил расти, сообщила таможня КНР.';

describe('a table that states its unit once', () => {
  test('Chinese: a caption, a growth column and a row header that names a country', () => {
    const html = article(
      'zh',
      '中国与中亚五国贸易持续增长',
      ZH_LEAD,
      `<table><caption>2024年中国与中亚国家贸易（单位：亿美元）</caption>
        <tr><th>国家</th><th>进出口</th><th>同比%</th></tr>
        <tr><td>哈萨克斯坦</td><td>439.8</td><td>6.5</td></tr>
        <tr><td>吉尔吉斯斯坦</td><td>226.4</td><td>13.1</td></tr></table>`,
    );
    expect(readingOf(html, '439.8')).toEqual([43_980_000_000, 'USD', 'money']);
    expect(readingOf(html, '6.5')).toEqual([6.5, 'percent', 'percent']);
    expect(readingOf(html, '226.4')).toEqual([22_640_000_000, 'USD', 'money']);
  });

  test('Chinese: a line before the table in tonnes, and a cell that brings its own unit', () => {
    const html = article(
      'zh',
      '中国与中亚五国贸易持续增长',
      ZH_LEAD,
      `<p>单位：万吨</p><table><tr><th>口岸</th><th>2023年</th><th>2024年</th></tr>
        <tr><td>霍尔果斯</td><td>85.6</td><td>3200万美元</td></tr></table>`,
    );
    expect(readingOf(html, '85.6')).toEqual([856_000, 'tonne', 'measure']);
    expect(readingOf(html, '3200万美元')).toEqual([32_000_000, 'USD', 'money']);
    expect(readingOf(html, '2024年')).toBeUndefined();
  });

  test('Chinese: a column header in brackets comes before the caption', () => {
    const html = article(
      'zh',
      '中国与中亚五国贸易持续增长',
      ZH_LEAD,
      `<table><caption>单位：亿美元</caption><tr><th>国家</th><th>出口额（亿元）</th></tr>
        <tr><td>乌兹别克斯坦</td><td>1,520.3</td></tr></table>`,
    );
    expect(readingOf(html, '1,520.3')).toEqual([152_030_000_000, 'CNY', 'money']);
  });

  test('English: a line in brackets before the table, and a header after a comma', () => {
    const html = article(
      'en',
      'China–Central Asia trade keeps growing',
      EN_LEAD,
      `<p>(in millions of US dollars)</p><table><tr><th>Partner</th><th>2023</th><th>YoY, %</th></tr>
        <tr><td>Kazakhstan</td><td>41,000</td><td>-3.4</td></tr></table>
        <table><tr><th>Partner</th><th>Exports, US$ bn</th></tr><tr><td>Uzbekistan</td><td>13.8</td></tr></table>`,
    );
    expect(readingOf(html, '41,000')).toEqual([41_000_000_000, 'USD', 'money']);
    expect(readingOf(html, '-3.4')).toEqual([-3.4, 'percent', 'percent']);
    expect(readingOf(html, '13.8')).toEqual([13_800_000_000, 'USD', 'money']);
    expect(readingOf(html, '2023')).toBeUndefined();
  });

  test('Russian: a row header after a comma, a caption and a growth row', () => {
    const html = article(
      'ru',
      'Торговля Китая с Центральной Азией растёт',
      RU_LEAD,
      `<table><caption>Торговля КНР со странами ЦА, млн долл. США</caption>
        <tr><th>Показатель</th><th>Казахстан</th></tr>
        <tr><td>Экспорт, млн долл.</td><td>1 234,5</td></tr>
        <tr><td>рост, %</td><td>7,5</td></tr>
        <tr><td>Грузы, тыс. т</td><td>512,3</td></tr></table>`,
    );
    expect(readingOf(html, '1 234,5')).toEqual([1_234_500_000, 'USD', 'money']);
    expect(readingOf(html, '7,5')).toEqual([7.5, 'percent', 'percent']);
    expect(readingOf(html, '512,3')).toEqual([512_300, 'tonne', 'measure']);
  });

  test('a ranking with no unit stays unread, its ranks and years too', () => {
    const html = article(
      'en',
      'China–Central Asia trade keeps growing',
      EN_LEAD,
      `<table><caption>Unit: US$ million</caption><tr><th>Rank</th><th>Year</th><th>Partner</th></tr>
        <tr><td>1</td><td>2022</td><td>Kazakhstan</td></tr><tr><td>2</td><td>2023</td><td>Uzbekistan</td></tr></table>
        <table><tr><th>Rank</th><th>Partner</th><th>Score</th></tr><tr><td>1</td><td>Kazakhstan</td><td>87</td></tr></table>`,
    );
    const texts = scanHtml(html).figures.map((figure) => figure.text);
    for (const bare of ['1', '2', '2022', '2023', '87']) expect(texts).not.toContain(bare);
  });
});

test('a table that ends the article is read too: its cells are data, not the short lines of a footer', () => {
  const html = `<!DOCTYPE html><html lang="zh"><head><meta charset="utf-8"><title>中国与中亚五国贸易</title></head>
    <body><article><h1>中国与中亚五国贸易持续增长</h1><p>${ZH_LEAD}</p>
    <table><caption>2024年中国与中亚国家贸易（单位：亿美元）</caption>
      <tr><th>国家</th><th>进出口</th><th>同比%</th></tr>
      <tr><td>哈萨克斯坦</td><td>439.8</td><td>6.5</td></tr></table></article>
    <footer><p>版权所有 © 2024</p></footer></body></html>`;
  expect(readingOf(html, '439.8')).toEqual([43_980_000_000, 'USD', 'money']);
  expect(readingOf(html, '6.5')).toEqual([6.5, 'percent', 'percent']);
});

describe('a list whose header line states its unit once', () => {
  test('Russian and English lines of "label – number" under a header ending in a colon', () => {
    const html = article(
      'ru',
      'Товарооборот Казахстана и Китая',
      RU_LEAD,
      `<p>Главные товары казахстанского экспорта в КНР (январь–июнь, млн долл.):</p>
        <ul><li>медь катодная – 1 912,4</li><li>цинк – 388</li></ul>`,
    );
    expect(readingOf(html, '1 912,4')).toEqual([1_912_400_000, 'USD', 'money']);
    expect(readingOf(html, '388')).toEqual([388_000_000, 'USD', 'money']);
    const english = article(
      'en',
      'Kazakh exports to China',
      EN_LEAD,
      `<p>Top Kazakh exports to China in 2024 (US$ million):</p><p>Copper cathodes: 3,870.5</p><p>Ferroalloys: 1,402</p>`,
    );
    expect(readingOf(english, '3,870.5')).toEqual([3_870_500_000, 'USD', 'money']);
    expect(readingOf(english, '1,402')).toEqual([1_402_000_000, 'USD', 'money']);
  });

  test('a header with no unit, or a line that is not a list item, states nothing for the lines after it', () => {
    const html = article(
      'ru',
      'Товарооборот Казахстана и Китая',
      RU_LEAD,
      `<p>Главные товары казахстанского экспорта в КНР:</p><ul><li>медь катодная – 1 912,4</li></ul>
        <p>В списке (млн долл.):</p><p>Поставки меди выросли на 12%, сообщили в ведомстве.</p><p>цинк – 388</p>`,
    );
    expect(readingOf(html, '1 912,4')).toBeUndefined();
    expect(readingOf(html, '388')).toBeUndefined();
  });
});
