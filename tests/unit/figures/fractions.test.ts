import { describe, it } from 'vitest';
import { expectFigures, expectNoFigures } from './helpers';

describe('fractions written as words', () => {
  it('reads an English share as the percentage it stands for, with its bound', () => {
    expectFigures("Beijing now takes close to a third of the republic's exports.", [
      { text: 'close to a third', value: 33.33, unit: 'percent', kind: 'percent', approx: 'under' },
    ]);
    expectFigures('Some two-thirds of the pipeline gas goes east, and roughly a quarter of it is re-sold.', [
      { text: 'Some two-thirds', value: 66.67, unit: 'percent', approx: 'about' },
      { text: 'roughly a quarter', value: 25, unit: 'percent', approx: 'about' },
    ]);
    expectFigures('Buyers took about two-fifths of the crop, and a tenth of it went by road.', [
      { text: 'about two-fifths', value: 40, unit: 'percent', approx: 'about' },
      { text: 'a tenth', value: 10, unit: 'percent' },
    ]);
    expectFigures('Cotton sales fell by three quarters, the ministry said.', [
      { text: 'three quarters', value: 75, unit: 'percent' },
    ]);
    expectFigures('Lenders hold more than half of the external debt.', [
      { text: 'more than half', value: 50, unit: 'percent', approx: 'over' },
    ]);
  });

  it('reads a Russian share in its case forms, with a count before a plural', () => {
    expectFigures('На Китай приходится около четверти экспорта, а на Россию — более трети.', [
      { text: 'около четверти', value: 25, unit: 'percent', approx: 'about' },
      { text: 'более трети', value: 33.33, unit: 'percent', approx: 'over' },
    ]);
    expectFigures('Газ дает почти четыре пятых экспорта, а хлопок — пятую часть остального.', [
      { text: 'почти четыре пятых', value: 80, unit: 'percent', approx: 'under' },
      { text: 'пятую часть', value: 20, unit: 'percent' },
    ]);
    expectFigures('Две трети грузов идут по железной дороге, половину из них везут в контейнерах.', [
      { text: 'Две трети', value: 66.67, unit: 'percent' },
      { text: 'половину', value: 50, unit: 'percent' },
    ]);
  });

  it('reads the size of a change "by" a fraction when the new level or the base follows', () => {
    expectFigures('Block trains through Altynkol rose by a third to more than 5,200.', [
      { text: 'a third', value: 33.33, unit: 'percent' },
      { text: 'more than 5,200', value: 5200 },
    ]);
    expectFigures('Wool sales to China fell by a quarter from the year before.', [
      { text: 'a quarter', value: 25, unit: 'percent' },
    ]);
    expectFigures('Freight rates were cut by half to $2,100 for a container.', [
      { text: 'half', value: 50, unit: 'percent' },
      { text: '$2,100', value: 2100 },
    ]);
    expectNoFigures('The tender was won by a third bidder from Urumqi.');
    expectNoFigures('The rally was led by a third team to arrive.');
  });

  it('does not take a share and the figure that restates it for a range', () => {
    expectFigures('Доля КНР составила почти треть — 31,8%.', [
      { text: 'почти треть', value: 33.33, approx: 'under' },
      { text: '31,8%', value: 31.8, unit: 'percent' },
    ]);
  });

  it('leaves ordinals, spans of time and named parts alone', () => {
    expectNoFigures('It was a third summit in as many years.');
    expectNoFigures('A fifth round of talks opened in Tashkent.');
    expectNoFigures('A quarter of a century has passed since the border treaty.');
    expectNoFigures('Three quarters of 2025 saw steady growth.');
    expectNoFigures('Half of the delegates left early.');
    expectNoFigures('Во второй половине дня делегации посетили парк.');
    expectNoFigures('Итоги третьей четверти подвели в пятницу.');
    expectNoFigures('Пятая встреча прошла в Бишкеке; в пятой части доклада — выводы.');
  });
});

describe('half in Chinese', () => {
  it.each([
    ['哈萨克斯坦的小麦有一半出口到中国。', '一半', 'none'],
    ['铁路运输占两国贸易的一半。', '一半', 'none'],
    ['接近一半的受访企业计划增资。', '接近一半', 'under'],
    ['口岸过货量一半以上来自公路。', '一半以上', 'over'],
    ['約一半的班列經霍爾果斯出境。', '約一半', 'about'],
    ['支持该方案的议员过半。', '过半', 'over'],
    ['過半數的企業表示樂觀。', '過半數', 'over'],
    ['哈萨克斯坦半数以上的小麦销往中国。', '半数以上', 'over'],
    ['近半数受访商户表示客流回升。', '近半数', 'under'],
    ['約半數貨物經鐵路出境。', '約半數', 'about'],
    ['今年开行的中欧班列过半经由霍尔果斯出境。', '过半', 'over'],
    ['受访企业过半计划扩大对华出口。', '过半', 'over'],
  ] as const)('reads a share as 50%%: %s', (sentence, text, approx) => {
    expectFigures(sentence, [{ text, value: 50, unit: 'percent', approx }]);
  });

  it.each([
    '报告写了一半就搁下了。',
    '他等了一半天才走。',
    '一大半的人已经离开。',
    '她和另一半一起出席。',
    '一半是海水，一半是火焰。',
    '通过半年的谈判达成协议。',
    '他跑过半程马拉松。',
    '过半个月再谈。',
    '再过半年就竣工。',
    '老人年过半百才学会上网。',
    '过半小时列车就开。',
  ])('leaves half that states no share alone: %s', (sentence) => expectNoFigures(sentence));
});

describe('sixths to tenths as words', () => {
  it.each([
    ['Kyrgyzstan sends nearly a sixth of its exports to China.', 'nearly a sixth', 16.67, 'under'],
    ['A seventh of the harvest is stored at the border.', 'A seventh', 14.29, 'none'],
    ['An eighth of the fleet runs on gas.', 'An eighth', 12.5, 'none'],
    ['Imports shrank by an eighth.', 'an eighth', 12.5, 'none'],
    ['Five sixths of the route is electrified.', 'Five sixths', 83.33, 'none'],
    ['Семь десятых грузов идет по железной дороге.', 'Семь десятых', 70, 'none'],
    ['Десятую часть бюджета получает транспорт.', 'Десятую часть', 10, 'none'],
  ] as const)('%s', (sentence, text, value, approx) => {
    expectFigures(sentence, [{ text, value, unit: 'percent', approx }]);
  });

  it.each([
    'The eighth summit opened in Astana.',
    'He tried a sixth time.',
    'Production rose for an eighth consecutive year.',
    'It lasted a seventh of a second.',
    'Инфляция замедлилась на три десятых процента.',
    'Ставка снижена на две десятых процентного пункта.',
    'One in five drivers uses the new road.',
  ])('is no share as an ordinal, a time, a tenth of a percent or a proportion: %s', (sentence) =>
    expectNoFigures(sentence),
  );
});

describe('a Chinese fraction a little over or under', () => {
  it.each([
    ['中国占吉尔吉斯斯坦外贸总额的三分之一强。', '三分之一强', 100 / 3, 'over'],
    ['管道气约佔進口總量的四分之一弱。', '四分之一弱', 25, 'under'],
    ['回程班列占比已達三分之二強。', '三分之二強', 200 / 3, 'over'],
  ] as const)('joins 强 or 弱 after the fraction as its bound: %s', (sentence, text, value, approx) => {
    expectFigures(sentence, [{ text, value, unit: 'percent', approx }]);
  });

  it.each([
    ['三分之一强国之间的贸易', '三分之一'],
    ['近年三分之一强劲的需求来自中亚', '三分之一'],
    ['其余四分之一弱化为零星订单', '四分之一'],
  ])('leaves 强 or 弱 that begins another word out: %s', (sentence, text) => {
    expectFigures(sentence, [{ text, approx: 'none' }]);
  });
});
