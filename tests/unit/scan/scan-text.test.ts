import { expect, test } from 'vitest';
import { scanText } from '@/lib/scan';

const page = [
  'China–Central Asia trade tops $100 billion',
  'Home | Markets | 2025-01-20 07:26',
  'Trade between China and the five Central Asian countries reached $94.8 billion in 2024, up 5.4 percent.',
  'Kazakhstan remained China’s largest partner in the region, with more than 16,400 freight trains via Khorgos.',
].join('\n');

test('finds figures with offsets into the whole text, line after line', () => {
  const scan = scanText(page);
  expect(scan.topic.isTopic).toBe(true);
  expect(scan.figures.length).toBeGreaterThan(0);
  for (const figure of scan.figures) expect(page.slice(figure.start, figure.end)).toBe(figure.text);
  expect(scan.figures.map((figure) => figure.text)).toEqual(
    expect.arrayContaining(['$94.8 billion', '5.4 percent']),
  );
  expect(scan.figures.map((figure) => figure.text)).not.toContain('07:26');
});

test('an off-topic text yields no figures at all', () => {
  const scan = scanText(
    'Quarterly results\nThe retailer sold 2.4 million phones, up 12 percent, in Germany and France.',
  );
  expect(scan.topic.isTopic).toBe(false);
  expect(scan.figures).toEqual([]);
});

const tablePage = [
  '前三季度我国与中亚五国贸易额同比增长6.9%',
  '海关总署数据显示，前三季度我国与中亚五国进出口总值达2286.4亿元，其中与哈萨克斯坦贸易额最大。',
  '单位：亿元',
  '国别\t进出口\t同比（%）',
  '哈萨克斯坦\t1085.3\t4.7',
  '吉尔吉斯斯坦\t482.6\t-1.8',
  '分析人士认为，哈萨克斯坦对华出口增长较快。',
  '年份\t对华出口（亿美元）',
  '2023\t150.1',
  '2024\t156.8',
  '分析人士认为，中国与中亚贸易今年有望继续保持增长。',
].join('\n');

test('a table written out as tab-separated rows reads its cells in the units its header and the line before state', () => {
  const scan = scanText(tablePage);
  for (const figure of scan.figures) expect(tablePage.slice(figure.start, figure.end)).toBe(figure.text);
  const cells = scan.figures.map((figure) => [figure.text, figure.value, figure.unit]);
  expect(cells).toEqual(
    expect.arrayContaining([
      ['1085.3', 1085.3e8, 'CNY'],
      ['4.7', 4.7, 'percent'],
      ['482.6', 482.6e8, 'CNY'],
      ['-1.8', -1.8, 'percent'],
      ['156.8', 156.8e8, 'USD'],
    ]),
  );
});

test('a text table leaves its key row and the cells no header gives a unit bare, and single tabbed lines alone', () => {
  const texts = scanText(tablePage).figures.map((figure) => figure.text);
  expect(texts).not.toContain('2023');
  expect(texts).not.toContain('2024');
  const nav = ['首页\t新闻\t财经', '2025年\t第3期\t阅读 1,204', tablePage].join('\n');
  expect(scanText(nav).figures.map((figure) => figure.text)).not.toContain('1,204');
});
