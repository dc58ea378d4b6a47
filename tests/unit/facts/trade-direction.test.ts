import { describe, expect, test } from 'vitest';
import { measureOf } from './measure-of';

// Between China and a partner, exports and imports are stored from China's side, as Chinese customs report
// them: one flow of goods is one fact whichever country's words tell it, and the two directions never meet.

const flow = (sentence: string, figure: string) => {
  const measure = measureOf(sentence, figure);
  return [measure.subject, measure.metric === 'growth' ? `growth:${measure.growthOf}` : measure.metric];
};

describe('goods leaving China for the partner are exports', () => {
  test.each([
    ['en China exports to', "In 2024 China's exports to Uzbekistan reached $9 billion.", '$9 billion'],
    ['en partner imports from China', 'In 2024 Uzbek imports from China totalled $9 billion.', '$9 billion'],
    ['zh 对…出口', '2024年中国对乌兹别克斯坦出口90亿美元。', '90亿美元'],
    ['zh partner 自华进口', '2024年乌兹别克斯坦自华进口90亿美元。', '90亿美元'],
    ['ru экспорт Китая в', 'В 2024 году экспорт Китая в Узбекистан составил 9 млрд долларов.', '9 млрд'],
    ['ru импорт … из Китая', 'В 2024 году импорт Узбекистана из Китая составил 9 млрд долларов.', '9 млрд'],
    // The other verb of the trader of an earlier flow: Uzbekistan imported, so China exported.
    [
      'en imported, after exported to China',
      'Uzbekistan exported $2 billion to China and imported $9 billion.',
      '$9 billion',
    ],
    [
      'ru импортировал, after экспортировал в КНР',
      'Узбекистан экспортировал в КНР на $2 млрд, импортировал — на $9 млрд.',
      '$9 млрд',
    ],
  ])('%s', (_name, sentence, figure) => {
    expect(flow(sentence, figure)).toEqual(['CN-UZ', 'exports']);
  });
});

describe('goods coming into China from the partner are imports', () => {
  test.each([
    [
      'en partner exports to China',
      "In 2024 Uzbekistan's exports to China reached $2.1 billion.",
      '$2.1 billion',
    ],
    [
      'en exported … to China',
      'In 2024 Uzbekistan exported goods worth $2.1 billion to China.',
      '$2.1 billion',
    ],
    [
      'en China imported from',
      'In 2024 China imported $2.1 billion of goods from Uzbekistan.',
      '$2.1 billion',
    ],
    ['zh 自…进口', '2024年中国自乌兹别克斯坦进口21亿美元。', '21亿美元'],
    ['zh 对华出口', '2024年乌兹别克斯坦对华出口21亿美元。', '21亿美元'],
    ['zh-Hant 對華出口', '2024年烏茲別克斯坦對華出口21億美元。', '21億美元'],
    [
      'ru экспорт … в Китай',
      'В 2024 году экспорт Узбекистана в Китай составил 2,1 млрд долларов.',
      '2,1 млрд',
    ],
    // The same verb again is the same flow; an amount in a later clause than its cue word is that clause's flow.
    [
      'en exported again',
      'Uzbekistan exported $2 billion to China and exported $1 billion more.',
      '$1 billion',
    ],
    [
      'ru до after экспорт в КНР',
      'Экспорт Узбекистана в КНР сократился на 3%, до 2,1 млрд долларов.',
      '2,1 млрд',
    ],
    ['en to after exports to China', 'Uzbek exports to China fell 3%, to $2.1 billion.', '$2.1 billion'],
  ])('%s', (_name, sentence, figure) => {
    expect(flow(sentence, figure)).toEqual(['CN-UZ', 'imports']);
  });
});

test('the growth of a flow is turned the same way', () => {
  expect(flow("Kazakhstan's exports to China rose 12% in 2024.", '12%')).toEqual(['CN-KZ', 'growth:imports']);
  expect(flow('2024年中国对哈萨克斯坦出口增长8%。', '8%')).toEqual(['CN-KZ', 'growth:exports']);
});

test('a Russian locative says where, not where to', () => {
  expect(flow('Экспорт из Узбекистана в Китай вырос до 2 млрд долларов.', '2 млрд')).toEqual([
    'CN-UZ',
    'imports',
  ]);
  expect(flow('В Китае экспорт в Узбекистан вырос до 9 млрд долларов.', '9 млрд')).toEqual([
    'CN-UZ',
    'exports',
  ]);
});

test("a partner's own total exports, with China nowhere in the sentence, stay as written", () => {
  expect(flow("Kazakhstan's exports reached $80 billion in 2024.", '$80 billion')).toEqual(['KZ', 'exports']);
});

// Where one sentence tells both flows, each flow's destination or source is the one written with its own word.
describe('two flows in one sentence', () => {
  test.each([
    [
      'en exports to the partner, then imports',
      'Trade between China and Kazakhstan fell 3.6%, while exports to Kazakhstan declined by 2% and imports rose 4%.',
      [
        ['2%', 'growth:exports'],
        ['4%', 'growth:imports'],
      ],
    ],
    [
      'en imports from the partner, then exports to another',
      "China's imports from Kazakhstan rose 4% and exports to Uzbekistan fell 2%.",
      [
        ['4%', 'growth:imports'],
        ['2%', 'growth:exports'],
      ],
    ],
    [
      'ru partner exports to China, then its imports from China',
      'Экспорт Казахстана в Китай вырос на 4%, а импорт из Китая снизился на 2%.',
      [
        ['4%', 'growth:imports'],
        ['2%', 'growth:exports'],
      ],
    ],
  ])('%s', (_name, sentence, expected) => {
    for (const [figure, metric] of expected as [string, string][])
      expect(flow(sentence, figure)[1]).toBe(metric);
  });
});

describe('a dash that stands for a verb keeps the flow it follows', () => {
  test('"импорт из Китая – N" is what China sold, "экспорт в Китай – N" what it bought', () => {
    const sentence =
      'За полгода экспорт Узбекистана в Китай составил 1,9 млрд долларов, импорт из Китая – 6,3 млрд долларов.';
    expect(flow(sentence, '1,9 млрд')).toEqual(['CN-UZ', 'imports']);
    expect(flow(sentence, '6,3 млрд')).toEqual(['CN-UZ', 'exports']);
    expect(
      flow('Uzbek exports to China came to $1.9 billion; imports from China – $6.3 billion.', '$6.3'),
    ).toEqual(['CN-UZ', 'exports']);
  });

  test('a dash between clauses still parts them', () => {
    const sentence =
      'Импорт из Китая вырос – это отметили в ведомстве, а экспорт Узбекистана в КНР составил 1,9 млрд долларов.';
    expect(flow(sentence, '1,9 млрд')).toEqual(['CN-UZ', 'imports']);
  });
});

describe('a Chinese flow word carries the direction its sentence gave it earlier', () => {
  test.each([
    ['哈萨克斯坦向中国出口小麦约120万吨，出口额约合2.9亿美元。', '2.9亿美元', 'imports'],
    ['哈方對華出口以原油和銅為主，小麥出口量逾100萬噸。', '100萬噸', 'imports'],
    ['中国自乌兹别克斯坦进口天然气增加，进口额达18亿美元。', '18亿美元', 'imports'],
    ['乌兹别克斯坦自华进口机械设备增长，进口额达52亿美元。', '52亿美元', 'exports'],
  ])('%s', (sentence, figure, metric) => {
    expect(flow(sentence, figure)[1]).toBe(metric);
  });

  test('a clause naming its own side keeps it, and a flow word with none before it stays as written', () => {
    expect(flow('哈萨克斯坦对华出口120万吨，中国对哈出口额达28亿美元。', '28亿美元')[1]).toBe('exports');
    expect(flow('今年以来，中哈双边贸易稳步增长，出口额达28亿美元。', '28亿美元')[1]).toBe('exports');
  });
});
