import { describe, expect, test } from 'vitest';
import { describeMeasure, type Measure, type MeasureContext } from '../../../lib/facts';
import { loadDemoContexts } from './demo-pages';

/** The measure of the `nth` figure (0-based) with this text whose sentence contains `inSentence`. */
function measureOn(contexts: readonly MeasureContext[], figure: string, inSentence = ''): Measure {
  const context = contexts.find((item) => item.figure.text === figure && item.sentence.includes(inSentence));
  if (!context) throw new Error(`no figure "${figure}" in a sentence with "${inSentence}"`);
  return describeMeasure(context);
}

describe('hand-checked facts on the demo pages', () => {
  test('cca-en-xian-summit-trade', () => {
    const page = loadDemoContexts('cca-en-xian-summit-trade');
    expect(measureOn(page, '173.05 billion yuan')).toMatchObject({
      subject: 'CN-CA',
      metric: 'trade_volume',
      period: { kind: 'months', year: 2023, fromMonth: 1, toMonth: 4, label: '2023 M1–M4' },
      status: 'actual',
    });
    expect(measureOn(page, '37.3 percent', 'General Administration')).toMatchObject({
      subject: 'CN-CA',
      metric: 'growth',
      growthOf: 'trade_volume',
      period: { label: '2023 M1–M4' },
    });
    expect(measureOn(page, '$70.2 billion')).toMatchObject({ subject: 'CN-CA', period: { label: '2022' } });
    // "that month alone" refers to a month named in another sentence: left open.
    expect(measureOn(page, '50.27 billion yuan').period).toBeUndefined();
  });

  test('cca-ru-kyrgyzstan-torugart', () => {
    const page = loadDemoContexts('cca-ru-kyrgyzstan-torugart');
    expect(measureOn(page, '19,8 млрд долларов')).toMatchObject({
      subject: 'CN-KG',
      metric: 'trade_volume',
      period: { label: '2023' },
      status: 'actual',
    });
    expect(measureOn(page, '15,5 млрд долларов').period?.label).toBe('2022');
    expect(measureOn(page, '28%')).toMatchObject({ metric: 'growth', growthOf: 'trade_volume' });
  });

  test('cca-ru-china-kazakhstan-brief: "двух стран" takes the title pair', () => {
    const page = loadDemoContexts('cca-ru-china-kazakhstan-brief');
    expect(measureOn(page, '41 млрд долларов')).toMatchObject({
      subject: 'CN-KZ',
      metric: 'trade_volume',
      period: { label: '2023' },
      status: 'actual',
    });
  });

  test('cca-zh-trade-2025-100bn', () => {
    const page = loadDemoContexts('cca-zh-trade-2025-100bn');
    expect(measureOn(page, '1063亿美元', '2025年')).toMatchObject({
      subject: 'CN-CA',
      metric: 'trade_volume',
      period: { label: '2025' },
      status: 'actual',
    });
    expect(measureOn(page, '351亿美元')).toMatchObject({ subject: 'CN-CA', metric: 'imports' });
    expect(measureOn(page, '11%')).toMatchObject({ metric: 'growth', growthOf: 'exports' });
  });

  test('cca-zht-first-five-months-2025', () => {
    const page = loadDemoContexts('cca-zht-first-five-months-2025');
    expect(measureOn(page, '2864.2億元', '海關總署')).toMatchObject({
      subject: 'CN-CA',
      metric: 'trade_volume',
      period: { label: '2025 M1–M5' },
      status: 'actual',
    });
    expect(measureOn(page, '3120.4億元').period?.label).toBe('2013');
  });

  test('cca-en-rail-transit-times: each length of time says what it measures', () => {
    const page = loadDemoContexts('cca-en-rail-transit-times');
    expect(measureOn(page, '5 days', 'journey')).toMatchObject({ metric: 'transit_time' });
    expect(measureOn(page, '5 days', 'journey').period).toBeUndefined();
    expect(measureOn(page, 'under 2 hours')).toMatchObject({ metric: 'clearance_time' });
    expect(measureOn(page, '10-year')).toMatchObject({ metric: 'term' });
    expect(measureOn(page, '18 months')).toMatchObject({ metric: 'construction_time' });
    expect(measureOn(page, 'about 8 to 9 days')).toMatchObject({ metric: 'transit_time' });
    // What a second line would cut the trip by is no transit time.
    expect(measureOn(page, '3 days').metric).toBeUndefined();
  });

  test('cca-zh-khorgos-alashankou-trains', () => {
    const page = loadDemoContexts('cca-zh-khorgos-alashankou-trains');
    expect(measureOn(page, '1588列')).toMatchObject({ subject: 'port:alashankou', metric: 'train_trips' });
  });

  test('cca-ru-gas-pipeline: a cumulative total has no year', () => {
    const page = loadDemoContexts('cca-ru-gas-pipeline');
    const measure = measureOn(page, 'более 500 млрд кубометров', 'С момента');
    expect(measure).toMatchObject({
      subject: 'pipeline:ca-china-pipeline',
      metric: 'gas_volume',
      status: 'actual',
    });
    expect(measure.period).toBeUndefined();
  });

  test('every figure on every demo page gets a measure with evidence for each field it sets', () => {
    for (const slug of ['cca-en-cku-railway', 'cca-zh-kashgar-ecommerce', 'cca-zht-turkmenistan-gas']) {
      for (const context of loadDemoContexts(slug)) {
        const measure = describeMeasure(context);
        const evidence = measure.evidence.join('\n');
        if (measure.subject) expect(evidence).toContain('subject:');
        if (measure.metric) expect(evidence).toContain('metric:');
        if (measure.period) expect(evidence).toContain('period:');
        if (measure.status) expect(evidence).toContain('status:');
      }
    }
  });
});
