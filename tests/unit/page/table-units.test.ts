import { beforeEach, describe, expect, test } from 'vitest';
import type { PageBlock } from '@/lib/page/block-text';
import { collectBlocks } from '@/lib/page/collect-blocks';
import { attachTableUnitSteps, attachTableUnits } from '@/lib/page/table-units';
import { findUnitLineStatements, findUnitStatements } from '@/lib/page/unit-statements';

function load(body: string): PageBlock[] {
  document.documentElement.innerHTML = `<head></head><body><article>${body}</article></body>`;
  const blocks = collectBlocks(document.body);
  attachTableUnits(blocks, document);
  return blocks;
}

/** The statements handed to the cell whose text is `text`. */
function unitsOf(blocks: readonly PageBlock[], text: string): string[] | undefined {
  const block = blocks.find((candidate) => candidate.text.trim() === text);
  if (!block) throw new Error(`no block "${text}" among ${JSON.stringify(blocks.map((b) => b.text))}`);
  return block.units;
}

beforeEach(() => {
  document.documentElement.innerHTML = '<head></head><body></body>';
});

describe('findUnitStatements', () => {
  test.each([
    ['单位：亿美元', '亿美元'],
    ['2024年中国与中亚五国贸易（单位：亿美元）', '亿美元'],
    ['Unit: US$ million', 'US$ million'],
    ['China–Central Asia trade (in millions of US dollars)', 'millions of US dollars'],
    ['出口额（亿元）', '亿元'],
    ['Exports, US$ bn', 'US$ bn'],
    ['Экспорт, млн долл.', 'млн долл.'],
    ['Торговля со странами ЦА (в млн долл. США)', 'млн долл. США'],
    ['同比%', '%'],
    ['增长（%）', '%'],
    ['YoY, %', '%'],
    ['рост, %', '%'],
    ['同比', '%'],
    ['Growth', '%'],
    ['Export growth', '%'],
    ['Рост', '%'],
    ['Прирост экспорта', '%'],
    ['增长', '%'],
    ['出口增長', '%'],
    ['价格涨幅', '%'],
    ['Рост, млн долл.', 'млн долл.'],
    ['占比', '%'],
    ['所占比重', '%'],
    ['Share of total', '%'],
    ['Доля', '%'],
    ['Ставка ЦБ', '%'],
    ['Inflation', '%'],
    ['贷款利率', '%'],
  ])('"%s" states %s first', (text, statement) => {
    expect(findUnitStatements(text)[0]).toBe(statement);
  });

  test('an amount of growth, a city and a change of no stated kind state no percent', () => {
    expect(findUnitStatements('增长额')).toEqual([]);
    expect(findUnitStatements('Ростов')).toEqual([]);
    expect(findUnitStatements('Change')).toEqual([]);
    expect(findUnitStatements('Exchange rate')).toEqual([]);
    expect(findUnitStatements('Доля, млн долл.')).toEqual(['млн долл.', '%']);
  });

  test('a year or a period is never a statement', () => {
    expect(findUnitStatements('2024年', { whole: true })).toEqual([]);
    expect(findUnitStatements('1-10月 (2024)')).toEqual([]);
    expect(findUnitStatements('Exports, 2024')).toEqual([]);
  });

  test('a short header that is only a unit is one, with `whole`', () => {
    expect(findUnitStatements('万吨', { whole: true })).toEqual(['万吨']);
    expect(findUnitStatements('万吨')).toEqual([]);
  });

  test('a line before a table counts only when it is nothing but a unit statement', () => {
    expect(findUnitLineStatements('单位：万吨')).toEqual(['万吨']);
    expect(findUnitLineStatements('(in millions of US dollars)')).toEqual(['millions of US dollars']);
    expect(findUnitLineStatements('Единица измерения: тыс. т')).toEqual(['тыс. т']);
    expect(findUnitLineStatements('Trade grew fast (see below)')).toEqual([]);
    expect(findUnitLineStatements('中亚五国贸易额（亿美元）')).toEqual([]);
  });

  test('a line that opens what follows with a colon states a unit as a caption does', () => {
    expect(findUnitLineStatements('Главные статьи импорта из КНР (млн долл. США):')).toEqual([
      'млн долл. США',
    ]);
    expect(findUnitLineStatements('Top exports to China (January–September, US$ million):')).toContain(
      'US$ million',
    );
    expect(findUnitLineStatements('对中亚主要出口商品（亿元）：')).toEqual(['亿元']);
    // A colon line that names no unit states nothing; nor does a paragraph that merely ends in one.
    expect(findUnitLineStatements('The main items were as follows:')).toEqual([]);
    expect(
      findUnitLineStatements(`${'Trade with the region kept growing all year. '.repeat(4)}(US$ million):`),
    ).toEqual([]);
  });
});

describe('attachTableUnits', () => {
  test('a caption states the unit of every body cell, not of the headers', () => {
    const blocks = load(`<table><caption>2024年中国与中亚贸易（单位：亿美元）</caption>
      <tr><th>国家</th><th>2024年</th></tr><tr><td>哈萨克斯坦</td><td>439.8</td></tr></table>`);
    expect(unitsOf(blocks, '439.8')).toEqual(['亿美元']);
    expect(unitsOf(blocks, '2024年')).toBeUndefined();
  });

  test('a short line right before the table, through a wrapper', () => {
    const blocks = load(`<p>Trade with Kazakhstan grew.</p><p>(in millions of US dollars)</p>
      <div class="table-wrap"><table><tr><th>Partner</th><th>2023</th></tr>
      <tr><td>Kazakhstan</td><td>41,000</td></tr></table></div>`);
    expect(unitsOf(blocks, '41,000')).toEqual(['millions of US dollars']);
  });

  test('a line that opens the table with a colon states its unit', () => {
    const blocks = load(`<p>Главные статьи импорта из КНР (млн долл. США):</p>
      <table><thead><tr><th>Товар</th><th>2025</th></tr></thead>
      <tbody><tr><td>Автомобили</td><td>701,9</td></tr></tbody></table>`);
    expect(unitsOf(blocks, '701,9')).toEqual(['млн долл. США']);
  });

  test('a paragraph before the table that says more than a unit states nothing', () => {
    const blocks = load(`<p>Figures in millions of US dollars, customs data.</p>
      <table><tr><th>Partner</th><th>2023</th></tr><tr><td>Kazakhstan</td><td>41,000</td></tr></table>`);
    expect(unitsOf(blocks, '41,000')).toBeUndefined();
  });

  test('a column header comes before the caption, and a growth column states percents', () => {
    const blocks = load(`<table><caption>单位：亿美元</caption>
      <thead><tr><th>国家</th><th>出口额（亿元）</th><th>同比%</th></tr></thead>
      <tbody><tr><td>吉尔吉斯斯坦</td><td>1,520.3</td><td>12.5</td></tr></tbody></table>`);
    expect(unitsOf(blocks, '1,520.3')).toEqual(['亿元', '出口额（亿元）', '亿美元']);
    expect(unitsOf(blocks, '12.5')?.[0]).toBe('%');
  });

  test('a row header states the unit of its row; a growth row beats an amount column', () => {
    const blocks = load(`<table><tr><th>Показатель</th><th>Экспорт, млн долл.</th></tr>
      <tr><td>Товарооборот, млн долл.</td><td>1 234,5</td></tr>
      <tr><td>рост, %</td><td>7,5</td></tr></table>`);
    expect(unitsOf(blocks, '1 234,5')?.[0]).toBe('млн долл.');
    expect(unitsOf(blocks, '7,5')?.[0]).toBe('%');
  });

  test('headers over two rows with spans: the nearer header first', () => {
    const blocks = load(`<table><thead>
      <tr><th rowspan="2">国家</th><th colspan="2">2024年</th></tr>
      <tr><th>进出口（亿美元）</th><th>增长（%）</th></tr></thead>
      <tbody><tr><td>乌兹别克斯坦</td><td>138.2</td><td>-3.4</td></tr></tbody></table>`);
    expect(unitsOf(blocks, '138.2')?.[0]).toBe('亿美元');
    expect(unitsOf(blocks, '-3.4')?.[0]).toBe('%');
  });

  test('a unit banner row over a header row of plain cells: the header row still names each column', () => {
    const blocks = load(`<table><tr><td colspan="3">单位：亿元人民币</td></tr>
      <tr><td>国别</td><td>出口</td><td>同比（%）</td></tr>
      <tr><td>塔吉克斯坦</td><td>19.7</td><td>7.2</td></tr>
      <tr><td>土库曼斯坦</td><td>32.6</td><td>-4.1</td></tr></table>`);
    expect(unitsOf(blocks, '19.7')).toEqual(['出口', '亿元人民币']);
    expect(unitsOf(blocks, '7.2')?.[0]).toBe('%');
    expect(unitsOf(blocks, '-4.1')?.[0]).toBe('%');
  });

  test('a banner row over rows of data: the first row of amounts is data, not a header', () => {
    const blocks = load(`<table><tr><td colspan="2">Trade with China, US$ million</td></tr>
      <tr><td>Kazakhstan</td><td>4,385</td></tr><tr><td>Uzbekistan</td><td>1,380</td></tr></table>`);
    expect(unitsOf(blocks, '4,385')).toEqual(['US$ million']);
    expect(unitsOf(blocks, '1,380')).toEqual(['US$ million']);
  });

  test('a year or rank column gets no unit, even under a caption', () => {
    const blocks = load(`<table><caption>Unit: US$ million</caption>
      <tr><th>Rank</th><th>Year</th><th>Trade</th></tr><tr><td>1</td><td>2022</td><td>7,300</td></tr></table>`);
    expect(unitsOf(blocks, '1')).toBeUndefined();
    expect(unitsOf(blocks, '2022')).toBeUndefined();
    expect(unitsOf(blocks, '7,300')).toEqual(['Trade', 'US$ million']);
  });

  test('a ranking gives its rank column no statements', () => {
    const blocks = load(`<table><tr><th>名次</th><th>口岸</th></tr><tr><td>1</td><td>霍尔果斯</td></tr>
      <tr><td>2</td><td>阿拉山口</td></tr></table>`);
    expect(unitsOf(blocks, '1')).toBeUndefined();
    expect(unitsOf(blocks, '2')).toBeUndefined();
  });

  test('a position column and a column or row of counts take no unit from the caption', () => {
    const blocks = load(`<table><caption>Top partners (US$ million)</caption>
      <tr><th>Position</th><th>Exports</th><th>Number of firms</th><th>企业家数</th><th>Количество, тыс. т</th></tr>
      <tr><td>1</td><td>24,512</td><td>3,100</td><td>310</td><td>5,2</td></tr>
      <tr><td>Number of trains</td><td>6,200</td><td>7,100</td><td>8,050</td><td>9,9</td></tr></table>`);
    expect(unitsOf(blocks, '1')).toBeUndefined();
    expect(unitsOf(blocks, '24,512')).toEqual(['Exports', 'US$ million']);
    expect(unitsOf(blocks, '3,100')).toBeUndefined();
    expect(unitsOf(blocks, '310')).toBeUndefined();
    expect(unitsOf(blocks, '5,2')?.[0]).toBe('тыс. т');
    expect(unitsOf(blocks, '6,200')).toBeUndefined();
  });

  test('a table whose every cell spans a thousand rows and columns is laid out without a grid of millions', () => {
    const rows = Array.from(
      { length: 1000 },
      (_, i) => `<tr><td rowspan="1000" colspan="9999">${i}</td></tr>`,
    );
    const blocks = load(`<table><caption>单位：万吨</caption><tr><th>口岸</th><th>过货量</th></tr>
      <tr><td>霍尔果斯</td><td>26.4</td></tr>${rows.join('')}</table>`);
    expect(unitsOf(blocks, '26.4')).toEqual(['过货量', '万吨']);
  });

  test('a caption naming a year-on-year change gives only that column a percent, not the amounts', () => {
    const blocks = load(`<table><caption>2025年1-10月中国对中亚五国出口额及同比增速</caption>
      <tr><th>国家</th><th>出口额</th><th>同比</th></tr><tr><td>哈萨克斯坦</td><td>245.6</td><td>12.3</td></tr></table>`);
    expect(unitsOf(blocks, '245.6')).toEqual(['出口额']);
    expect(unitsOf(blocks, '12.3')?.[0]).toBe('%');
  });

  test.each([
    ['Exports to China (US$ million)', 'Exports', 'Growth'],
    ['Экспорт в Китай (млн долл. США)', 'Экспорт', 'Рост'],
    ['对华出口（亿美元）', '出口额', '增长'],
    ['对华出口（亿美元）', '出口额', '占比'],
    ['Экспорт в КНР (млн долл. США)', 'Экспорт', 'Доля'],
  ])(
    'a growth, share or rate column named in words alone holds percents under "%s"',
    (caption, amounts, growth) => {
      const blocks = load(`<table><caption>${caption}</caption>
      <tr><th>—</th><th>${amounts}</th><th>${growth}</th></tr><tr><td>KZ</td><td>245.6</td><td>12.3</td></tr></table>`);
      expect(unitsOf(blocks, '12.3')?.[0]).toBe('%');
      expect(unitsOf(blocks, '245.6')?.[0]).not.toBe('%');
    },
  );

  test('a cell of prose keeps reading on its own', () => {
    const long =
      'Trade reached 41 billion dollars in 2023, up from 31 billion the year before, customs said.';
    const blocks = load(
      `<table><caption>Unit: US$ million</caption><tr><th>Note</th></tr><tr><td>${long}</td></tr></table>`,
    );
    expect(unitsOf(blocks, long)).toBeUndefined();
  });

  test('a table of many cells is read in steps, to the same statements', () => {
    const rows = Array.from({ length: 300 }, (_, i) => `<tr><td>口岸${i}</td><td>${i}.5</td></tr>`).join('');
    const blocks = load(
      `<table><caption>单位：万吨</caption><tr><th>口岸</th><th>过货量</th></tr>${rows}</table>`,
    );
    for (const block of blocks) delete block.units;
    let steps = 0;
    const job = attachTableUnitSteps(blocks, document);
    while (!job.next().done) steps++;
    expect(steps).toBeGreaterThanOrEqual(2);
    expect(unitsOf(blocks, '299.5')).toEqual(['过货量', '万吨']);
  });

  test('a page without tables is left alone', () => {
    const blocks = load('<p>单位：亿美元</p><p>26.4</p>');
    expect(blocks.every((block) => block.units === undefined)).toBe(true);
  });
});
