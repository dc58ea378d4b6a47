import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { measureFigures } from '@/lib/facts/measure-figures';
import { signChange } from '@/lib/facts/read-direction';
import { extractFigures } from '@/lib/figures';
import { measureOf } from './measure-of';

const article = { title: '', lead: '', publishedAt: '2026-01-15', lang: '' };

/** The measure of one figure of a sentence as the store gets it, with its value as a fact. */
function measured(sentence: string, figureText: string) {
  const figures = extractFigures(sentence).map((figure) => ({ sentence, figure }));
  const at = figures.findIndex((item) => item.figure.text.includes(figureText));
  if (at < 0) throw new Error(`no figure "${figureText}" in: ${sentence}`);
  const measure = measureFigures({ article, figures })[at];
  return { metric: measure?.metric, value: measure?.value, factKey: measure?.factKey };
}

describe('a growth that fell is negative, in the three languages', () => {
  test.each([
    ['zh 同比下降', '据海关统计，2025年中国与乌兹别克斯坦贸易额同比下降4.2%。', '4.2%'],
    ['zh 下降了', '2025年中国对塔吉克斯坦的出口下降了4.2%。', '4.2%'],
    ['zh 下滑', '受运价影响，2025年中吉贸易下滑4.2%。', '4.2%'],
    ['zh 回落', '2025年中国与土库曼斯坦进出口回落4.2%。', '4.2%'],
    ['zh 減少 (traditional)', '2025年中國與哈薩克斯坦貿易額減少4.2%。', '4.2%'],
    ['zh 负增长', '2025年中乌贸易负增长4.2%。', '4.2%'],
    ['zh 降幅', '2025年中国对吉尔吉斯斯坦出口降幅为4.2%。', '4.2%'],
    ['zh 降幅收窄至: the fall is now 4.2%', '2025年中哈贸易降幅收窄至4.2%。', '4.2%'],
    ['zh 同比降', '2025年中国自哈萨克斯坦进口同比降4.2%。', '4.2%'],
    ['zh 减', '2025年中國自哈薩克斯坦進口減4.2%。', '4.2%'],
    ['zh 比上年少', '2025年中国与哈萨克斯坦贸易额比上年少4.2%。', '4.2%'],
    ['zh 萎缩', '2025年中国与哈萨克斯坦贸易额萎缩4.2%。', '4.2%'],
    ['zh 按年跌 (Hong Kong)', '2025年中哈貿易額按年跌4.2%，至約420億美元。', '4.2%'],
    ['zh 跌幅 (Taiwan)', '2025年中國自哈薩克進口跌幅為4.2%。', '4.2%'],
    ['en fell', 'Trade between China and Uzbekistan fell 4.2% in 2025.', '4.2%'],
    ['en was down', "Tajikistan's exports to China were down 4.2% in 2025.", '4.2%'],
    ['en declined by', 'China–Kyrgyzstan trade declined by 4.2% in 2025.', '4.2%'],
    ['en contracted', 'Trade between China and Turkmenistan contracted 4.2% in 2025.', '4.2%'],
    ['en shrank', 'Trade between China and Kazakhstan shrank 4.2% in 2025.', '4.2%'],
    ['en dipped', 'Trade between China and Kazakhstan dipped 4.2% in 2025.', '4.2%'],
    ['en a drop of', 'Trade between China and Uzbekistan saw a drop of 4.2% in 2025.', '4.2%'],
    ['en slumped', 'Trade between China and Uzbekistan slumped 4.2% in 2025.', '4.2%'],
    ['en negative growth', 'China–Uzbekistan trade posted negative growth of 4.2% in 2025.', '4.2%'],
    ['en a fall after it', 'China–Uzbekistan trade saw a 4.2% fall in 2025.', '4.2%'],
    ['en lower after it', 'China–Uzbekistan trade in 2025 was 4.2% lower than a year before.', '4.2%'],
    ['ru снизился', 'Товарооборот Китая и Узбекистана в 2025 году снизился на 4,2%.', '4,2%'],
    ['ru сократился', 'Экспорт Таджикистана в Китай в 2025 году сократился на 4,2%.', '4,2%'],
    ['ru упал', 'Товарооборот Китая и Киргизии в 2025 году упал на 4,2%.', '4,2%'],
    ['ru уменьшился', 'Товарооборот Китая и Киргизии в 2025 году уменьшился на 4,2%.', '4,2%'],
    ['ru спад', 'Спад товарооборота Китая и Киргизии в 2025 году составил 4,2%.', '4,2%'],
    ['ru падение', 'Падение товарооборота Китая и Казахстана в 2025 году составило 4,2%.', '4,2%'],
    [
      'ru на … меньше',
      'Товарооборот Китая и Казахстана в 2025 году был на 4,2% меньше, чем годом ранее.',
      '4,2%',
    ],
  ])('%s', (_name, sentence, figure) => {
    const { metric, value } = measured(sentence, figure);
    expect(metric).toBe('growth');
    expect(value).toBe(-4.2);
  });

  test('an amount of change that fell is negative too', () => {
    expect(measured('2025年中国与哈萨克斯坦贸易额比上年减少9亿美元。', '9亿美元')).toMatchObject({
      metric: 'growth',
      value: -9e8,
    });
    expect(
      measured('Trade between China and Kazakhstan fell by $0.9 billion in 2025.', '$0.9 billion'),
    ).toMatchObject({ metric: 'growth', value: -0.9e9 });
  });
});

describe('a rise, or a change with no word of direction, stays as printed', () => {
  test.each([
    ['zh 增长', '2025年中国与乌兹别克斯坦贸易额同比增长4.2%。', '4.2%', 4.2],
    ['zh 按年升 (Hong Kong)', '2025年中吉貿易額按年升4.2%。', '4.2%', 4.2],
    ['zh 攀升', '2025年中国与塔吉克斯坦贸易额攀升4.2%。', '4.2%', 4.2],
    ['en rose', 'Trade between China and Uzbekistan rose 4.2% in 2025.', '4.2%', 4.2],
    ['ru вырос', 'Товарооборот Китая и Узбекистана в 2025 году вырос на 4,2%.', '4,2%', 4.2],
    // A printed minus after a word of growth is a fall already, and stays one.
    ['zh 增长-4.2%', '2025年中国与乌兹别克斯坦贸易额同比增长-4.2%。', '4.2%', -4.2],
  ])('%s', (_name, sentence, figure, value) => {
    expect(measured(sentence, figure)).toMatchObject({ metric: 'growth', value });
  });
});

describe('the traps', () => {
  test('a minus and a word of falling are one fall, never a rise', () => {
    expect(measured('Trade between China and Uzbekistan fell -4.2% in 2025.', '4.2%').value).toBe(-4.2);
    expect(measured('Товарооборот Китая и Узбекистана в 2025 году: минус 4,2%.', '4,2%').value).toBe(-4.2);
    expect(signChange(-4.2, 'fall')).toBe(-4.2);
    expect(signChange(-4.2, 'rise')).toBe(-4.2);
    expect(signChange(4.2, undefined)).toBe(4.2);
  });

  test('升 inside another word (升格, 公升) is no rise, and a level after 跌至 stays a level', () => {
    expect(measured('2025年中吉关系升格，两国贸易额达45亿美元。', '45亿美元')).toMatchObject({
      metric: 'trade_volume',
      value: 4.5e9,
    });
    expect(measured('2025年中哈貿易額跌至420億美元。', '420億美元')).toMatchObject({
      metric: 'trade_volume',
      value: 4.2e10,
    });
  });

  test('a level that fell stays a positive level', () => {
    expect(
      measured('Trade between China and Uzbekistan fell to $13.1 billion in 2025.', '$13.1 billion'),
    ).toEqual({
      metric: 'trade_volume',
      value: 13.1e9,
      factKey: 'CN-UZ|trade_volume|2025|USD',
    });
    expect(
      measured('Товарооборот Китая и Узбекистана в 2025 году снизился до 13,1 млрд долларов.', '13,1 млрд'),
    ).toMatchObject({ metric: 'trade_volume', value: 13.1e9 });
    expect(measured('2025年中乌贸易额下降至131亿美元。', '131亿美元')).toMatchObject({
      metric: 'trade_volume',
      value: 13.1e9,
    });
  });

  test('a rate of growth that fell to a figure is still growth of that figure', () => {
    expect(measured('2025年中哈贸易增速回落至4.2%。', '4.2%').value).toBe(4.2);
    expect(measured('Growth of China–Kazakhstan trade slowed in 2025, falling to 4.2%.', '4.2%').value).toBe(
      4.2,
    );
  });

  test('a rate of growth that fell from one figure to another is no fall of either', () => {
    const values = (sentence: string) => {
      const figures = extractFigures(sentence).map((figure) => ({ sentence, figure }));
      return measureFigures({ article, figures }).map((measure) => measure.value);
    };
    expect(values('Growth of China–Kazakhstan trade fell from 5% to 4.2% in 2025.')).toEqual([5, 4.2]);
    expect(values('2025年中哈贸易增速由5%下降至4.2%。')).toEqual([5, 4.2]);
    expect(values('Рост экспорта Казахстана в Китай в 2025 году снизился с 5% до 4,2%.')).toEqual([5, 4.2]);
    // A fall named by a noun stays a fall, whatever it narrowed to.
    expect(values('Падение товарооборота Китая и Казахстана в 2025 году замедлилось до 4,2%.')).toEqual([
      -4.2,
    ]);
  });

  test('a word of falling about something else does not turn a rise', () => {
    // 降低成本 is a cut in costs; the growth's own word is 增长.
    expect(measured('降低物流成本的措施使2025年中哈贸易增长4.2%。', '4.2%').value).toBe(4.2);
    expect(measured('Exports to China rose 4.2% in 2025 after falling a year earlier.', '4.2%').value).toBe(
      4.2,
    );
    // A bound of the change ("больше чем на", "up to") is not its direction.
    expect(
      measured('Товарооборот Китая и Узбекистана в 2025 году вырос больше чем на 4,2%.', '4,2%').value,
    ).toBe(4.2);
    expect(measured('Trade between China and Uzbekistan fell by up to 4.2% in 2025.', '4.2%').value).toBe(
      -4.2,
    );
  });

  test('a multiple keeps its value: "в 2 раза" is no signed figure', () => {
    expect(measured('Экспорт Киргизии в Китай в 2025 году сократился в 2 раза.', '2 раза').value).toBe(2);
  });

  test('the measure says which word decided', () => {
    const measure = measureOf('2025年中国与乌兹别克斯坦贸易额同比下降4.2%。', '4.2%');
    expect(measure.direction).toBe('fall');
    expect(measure.evidence).toContain('direction: fall, "下降"');
  });

  test('a fall and a rise of the same size are one fact with two values', () => {
    const fall = measured('据海关统计，2025年中国与乌兹别克斯坦贸易额同比下降4.2%。', '4.2%');
    const rise = measured('Trade between China and Uzbekistan rose 4.2% in 2025.', '4.2%');
    expect(fall.factKey).toBe('CN-UZ|growth:trade_volume|2025|percent');
    expect(rise.factKey).toBe(fall.factKey);
    expect([fall.value, rise.value]).toEqual([-4.2, 4.2]);
  });
});

test('for any percent, the fall and the rise of the same fact are its negative and itself, in each language', () => {
  const pairs: [(p: string) => string, (p: string) => string, string][] = [
    [(p) => `2025年中塔贸易额同比下降${p}%。`, (p) => `2025年中塔贸易额同比增长${p}%。`, '.'],
    [
      (p) => `China–Tajikistan trade fell ${p}% in 2025.`,
      (p) => `China–Tajikistan trade rose ${p}% in 2025.`,
      '.',
    ],
    [
      (p) => `Товарооборот Китая и Таджикистана в 2025 году снизился на ${p}%.`,
      (p) => `Товарооборот Китая и Таджикистана в 2025 году вырос на ${p}%.`,
      ',',
    ],
  ];
  fc.assert(
    fc.property(
      fc.integer({ min: 1, max: 999 }),
      fc.constantFrom(...pairs),
      (tenths, [fall, rise, point]) => {
        const printed = (tenths / 10).toFixed(1).replace('.', point);
        const fell = measured(fall(printed), `${printed}%`);
        const rose = measured(rise(printed), `${printed}%`);
        expect(fell.factKey).toBe('CN-TJ|growth:trade_volume|2025|percent');
        expect(rose.factKey).toBe(fell.factKey);
        expect(fell.value).toBeCloseTo(-tenths / 10, 9);
        expect(rose.value).toBeCloseTo(tenths / 10, 9);
      },
    ),
    { numRuns: 200 },
  );
});

describe('a percent followed by "more than" or "less than" is a change', () => {
  test('"50% more than in 2024" is a rise, "12% less than a year earlier" a fall', () => {
    expect(
      measured('Kazakh wheat exports to China in 2025 were 48% more than in 2024.', '48%'),
    ).toMatchObject({
      metric: 'growth',
      value: 48,
    });
    expect(
      measured('Uzbek cotton exports to China in 2025 were 12% less than in 2024.', '12%'),
    ).toMatchObject({
      metric: 'growth',
      value: -12,
    });
  });

  test('"more than" before a percent bounds it and says no change', () => {
    expect(measured('In 2025 more than 48% of Kazakh wheat exports went to China.', '48%').metric).not.toBe(
      'growth',
    );
  });
});
