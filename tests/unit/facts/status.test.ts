import { describe, expect, test } from 'vitest';
import { measureOf } from './measure-of';

describe('status', () => {
  test.each([
    ['en reached', 'Trade with Kyrgyzstan reached $19 billion in 2023.', '$19 billion', 'actual'],
    ['en stood at', 'Turnover stood at $4 billion.', '$4 billion', 'actual'],
    ['en aim', 'The two countries aim to lift trade to $40 billion by 2030.', '$40 billion', 'target'],
    ['en plans', 'Kazakhstan plans to ship 2 million tonnes of wheat.', '2 million tonnes', 'target'],
    ['en expected', 'Exports are expected to top $5 billion.', '$5 billion', 'forecast'],
    ['en projected', 'Freight is projected to reach 10 million tonnes.', '10 million tonnes', 'forecast'],
    ['zh 达到', '中塔贸易额达到39亿美元。', '39亿美元', 'actual'],
    ['zh 实现', '双边贸易实现增长15%。', '15%', 'actual'],
    ['zh 力争', '双方力争到2030年贸易额达到1000亿美元。', '1000亿美元', 'target'],
    ['zh 目标', '两国确定了贸易额500亿美元的目标。', '500亿美元', 'target'],
    ['zh 有望', '全年贸易额有望突破500亿美元。', '500亿美元', 'forecast'],
    ['zh-Hant 預計', '全年進口額預計達到80億美元。', '80億美元', 'forecast'],
    ['zh-Hant 料逾', '土庫曼今年對華輸氣量料逾400億立方米。', '400億立方米', 'forecast'],
    ['zh-Hant 料將', '哈薩克對華出口料將增長一成。', '一成', 'forecast'],
    ['zh 预估', '业内预估全年贸易额约450亿美元。', '450亿美元', 'forecast'],
    ['zh 原料 is no forecast', '今年进口原料达120万吨。', '120万吨', 'actual'],
    ['ru составил', 'Товарооборот составил 3 млрд долларов.', '3 млрд', 'actual'],
    ['ru планируется', 'Планируется довести товарооборот до 10 млрд долларов.', '10 млрд', 'target'],
    ['ru намерены', 'Стороны намерены увеличить товарооборот до 15 млрд долларов.', '15 млрд', 'target'],
    ['ru ожидается', 'Ожидается, что экспорт превысит 2 млрд долларов.', '2 млрд', 'forecast'],
  ])('%s', (_name, sentence, figure, status) => {
    expect(measureOf(sentence, figure).status).toBe(status);
  });

  test("a forecast in a later Chinese clause is that clause's; a change after a level still says it was counted", () => {
    expect(measureOf('两国现有7个公路口岸，第三条跨境铁路预计2027年通车。', '7个').status).toBeUndefined();
    expect(measureOf('前5个月进出口总值2864.2亿元，同比增长10.4%。', '2864.2亿元').status).toBe('actual');
  });

  test("last year's value written onto a figure is a fact in a forecast sentence; this year's stays a forecast", () => {
    expect(measureOf('全年可望超越去年創下的948億美元紀錄。', '948億美元').status).toBe('actual');
    expect(measureOf('全年贸易额可望超越1,000億美元。', '1,000億美元').status).toBe('forecast');
    expect(measureOf('预计今年的贸易额将达到500亿美元。', '500亿美元').status).toBe('forecast');
    // A multiple or a share of last year's value is this year's, still a forecast.
    expect(measureOf('预计今年中哈贸易额将达到去年的1.5倍。', '1.5倍').status).toBe('forecast');
    expect(measureOf('预计今年客流将恢复到去年的80%。', '80%').status).toBe('forecast');
  });

  test('the clause of the figure decides, not a plan elsewhere in the sentence', () => {
    const sentence = 'Trade hit $9 billion last year; the ministry plans to reach $15 billion by 2027.';
    expect(measureOf(sentence, '$9 billion').status).toBe('actual');
    expect(measureOf(sentence, '$15 billion').status).toBe('target');
  });

  test.each([
    ['en no verb', 'Border trade: $2 billion.', '$2 billion'],
    ['zh no verb', '边境贸易额：20亿美元。', '20亿美元'],
    ['ru no verb', 'Товарооборот — 2 млрд долларов.', '2 млрд'],
  ])('stays undefined: %s', (_name, sentence, figure) => {
    expect(measureOf(sentence, figure).status).toBeUndefined();
  });
});
