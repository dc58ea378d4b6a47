import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../lib/figures';
import type { Approx } from '../../../lib/figures/types';
import { expectFigures } from './helpers';

// Lengths of time that measure something are figures: transit and clearance times in minutes, hours, days and
// weeks wherever they stand; months and years only as a term or as the time a journey or a construction takes.

describe('durations of minutes, hours, days and weeks', () => {
  it.each([
    ['Containers now reach Tashkent from Kashgar in 6 days.', '6 days', 6, 'day'],
    ['Border formalities at Dostyk take 40 minutes per wagon.', '40 minutes', 40, 'minute'],
    ['A truck clears the checkpoint in 3 hours.', '3 hours', 3, 'hour'],
    ['Shipping by sea would take 6 weeks.', '6 weeks', 6, 'week'],
    ['The drive to the border lasts 14 hrs.', '14 hrs', 14, 'hour'],
    ['集装箱从西安运抵阿拉木图只需6天。', '6天', 6, 'day'],
    ['口岸查验用时3个小时。', '3个小时', 3, 'hour'],
    ['單證審核僅需30分鐘。', '30分鐘', 30, 'minute'],
    ['通關時間縮短至2小時。', '2小時', 2, 'hour'],
    ['海運需要6個星期。', '6個星期', 6, 'week'],
    ['海运需要5周。', '5周', 5, 'week'],
    ['退税款在3个工作日内到账。', '3个工作日', 3, 'day'],
    ['Состав проходит маршрут за 9 суток.', '9 суток', 9, 'day'],
    ['Досмотр одного контейнера занимает 20 минут.', '20 минут', 20, 'minute'],
    ['Фура стоит на границе 5 часов.', '5 часов', 5, 'hour'],
    ['Морем груз идёт 6 недель.', '6 недель', 6, 'week'],
    ['Goods must be declared within 90 days of arrival.', '90 days', 90, 'day'],
    ['Груз доставили за два дня.', 'два дня', 2, 'day'],
  ])('%s', (sentence, text, value, unit) => {
    expectFigures(sentence, [{ text, value, unit, kind: 'measure' }]);
  });

  it('reads the later transit time of a comparison, the bare earlier one stays a bare number', () => {
    expectFigures('By rail the cargo arrives in 8 days rather than 40 by sea.', [
      { text: '8 days', value: 8 },
    ]);
  });

  it('reads a transit time after a clause about the route', () => {
    expectFigures('运输时间缩短至15天，运费低于3%。', [
      { text: '15天', value: 15, unit: 'day' },
      { text: '低于3%', value: 3, unit: 'percent' },
    ]);
  });
});

describe('ranges and bounds of durations', () => {
  it.each([
    ['Delivery takes 10-12 days.', '10-12 days', 10, 'day', 'none', { low: 10, high: 12 }],
    ['Delivery takes 8 to 9 days.', '8 to 9 days', 8, 'day', 'none', { low: 8, high: 9 }],
    ['货物两三天就能运到。', '两三天', 2, 'day', 'about', { low: 2, high: 3 }],
    ['班列七八个小时即可出境。', '七八个小时', 7, 'hour', 'about', { low: 7, high: 8 }],
    ['全程需要4至5天。', '4至5天', 4, 'day', 'none', { low: 4, high: 5 }],
    ['Доставка занимает 4–6 суток.', '4–6 суток', 4, 'day', 'none', { low: 4, high: 6 }],
  ] satisfies [string, string, number, string, Approx, { low: number; high: number }][])(
    '%s',
    (sentence, text, value, unit, approx, range) => {
      expectFigures(sentence, [{ text, value, unit, approx, range }]);
    },
  );

  it.each([
    ['Clearance takes under 2 hours now.', 'under 2 hours', 2, 'hour', 'under'],
    ['The trip takes about 11 days.', 'about 11 days', 11, 'day', 'about'],
    ['清关时间压缩到1小时以内。', '1小时以内', 1, 'hour', 'under'],
    ['到站后不到3小时即可提货。', '不到3小时', 3, 'hour', 'under'],
    ['全程运行13天左右。', '13天左右', 13, 'day', 'about'],
    ['班列运行20多天。', '20多天', 20, 'day', 'over'],
    ['班列全程历时近3天。', '近3天', 3, 'day', 'under'],
    ['以前发一车货到阿拉木图要十来天。', '十来天', 10, 'day', 'about'],
    // The signing of a contract ("заключение") is no custody: its term is a figure.
    ['Стороны договорились о заключении контракта сроком на 10 лет.', '10 лет', 10, 'year', 'none'],
    ['货物运抵阿拉木图需要近5天。', '近5天', 5, 'day', 'under'],
    ['Поезд идёт около 12 дней.', 'около 12 дней', 12, 'day', 'about'],
    ['Оформление занимает не более 2 часов.', 'не более 2 часов', 2, 'hour', 'under'],
  ] satisfies [string, string, number, string, Approx][])('%s', (sentence, text, value, unit, approx) => {
    expectFigures(sentence, [{ text, value, unit, approx }]);
  });
});

describe('months and years as a term or the time a work takes', () => {
  it.each([
    ['Uzbekistan signed a 15-year power purchase agreement.', '15-year', 15, 'year'],
    ['The Exim loan has a maturity of 20 years.', '20 years', 20, 'year'],
    ['The bank lends with a 15-year maturity.', '15-year', 15, 'year'],
    ['Bonds with a 7-year tenor were placed.', '7-year', 7, 'year'],
    ['The payback period of the smelter is 6 years.', '6 years', 6, 'year'],
    ['Окупаемость ветропарка составит 8 лет.', '8 лет', 8, 'year'],
    ['The plant gets a 7-year tax holiday.', '7-year', 7, 'year'],
    ['Резиденты зоны получат налоговые льготы на 10 лет.', '10 лет', 10, 'year'],
    ['The credit carries a 5-year grace period.', '5-year', 5, 'year'],
    ['The land is leased for 49 years.', '49 years', 49, 'year'],
    ['Building the bridge took 18 months.', '18 months', 18, 'month'],
    ['A 144-hour visa-free transit is allowed.', '144-hour', 144, 'hour'],
    ['该项目贷款期限为15年。', '15年', 15, 'year'],
    ['贷款宽限期为5年。', '5年', 5, 'year'],
    ['該項目投資回收期約8年。', '約8年', 8, 'year'],
    ['The loan has a grace period of 4 years.', '4 years', 4, 'year'],
    ['双方签署为期30年的购电协议。', '30年', 30, 'year'],
    ['中方提供一笔20年期贷款。', '20年', 20, 'year'],
    ['大桥工期18个月。', '18个月', 18, 'month'],
    ['該筆貸款期限為20年。', '20年', 20, 'year'],
    ['A 25\u2011year lease was signed.', '25\u2011year', 25, 'year'],
    ['Кредит выдан сроком на 15 лет.', '15 лет', 15, 'year'],
    ['Подписан 20-летний договор аренды.', '20-летний', 20, 'year'],
    ['Строительство займёт 2 года.', '2 года', 2, 'year'],
    ['The depot is a 6-hour drive from Almaty.', '6-hour', 6, 'hour'],
    ['新站房历时一年建成。', '一年', 1, 'year'],
    ['签署为期一年的试点合同。', '一年', 1, 'year'],
  ])('%s', (sentence, text, value, unit) => {
    expectFigures(sentence, [{ text, value, unit, kind: 'measure' }]);
  });

  it('keeps a calendar year a year even after a term word', () => {
    expect(extractFigures('合同期限至2035年。')).toEqual([]);
    expect(extractFigures('The concession was extended to 2045.')).toEqual([]);
    expect(extractFigures('宽限期至2030年。')).toEqual([]);
    // A length of time with no word of a term stays out, as before.
    expect(extractFigures('他在阿拉木图工作了5年。')).toEqual([]);
  });
});

describe('a length of time beside other figures', () => {
  it('leaves how long a fair lasted out, and keeps its visitors', () => {
    expectFigures('The fair drew 5,000 visitors over 3 days.', [{ text: '5,000 visitors', unit: 'count' }]);
  });

  it('leaves a penalty out and keeps the waiting time of goods and the counts beside it', () => {
    expectFigures('Police detained 12 drivers at the checkpoint for 15 days.', [
      { text: '12 drivers', unit: 'count' },
    ]);
    expectFigures('Trucks waited 5 days at the border.', [{ text: '5 days', value: 5, unit: 'day' }]);
    expectFigures('Фуры простаивали на границе 6 суток.', [{ text: '6 суток', value: 6, unit: 'day' }]);
    expectFigures('The loan has a term of 20 years.', [{ text: '20 years', value: 20, unit: 'year' }]);
  });
});
