import { describe, it } from 'vitest';
import type { Approx } from '../../../lib/figures/types';
import { expectFigures } from './helpers';

const BOUNDED: [string, string, Approx][] = [
  ['We hired over 40 engineers.', 'over 40 engineers', 'over'],
  ['They opened more than 300 shops.', 'more than 300 shops', 'over'],
  ['About 120 buses run daily.', 'About 120 buses', 'about'],
  ['It cost nearly $9 million.', 'nearly $9 million', 'under'],
  ['Almost 70% of the grain is exported.', 'Almost 70%', 'under'],
  ['The hall seats up to 800 guests.', 'up to 800 guests', 'under'],
  ['Some 60 firms took part.', 'Some 60 firms', 'about'],
  ['Around 2,000 trucks queued.', 'Around 2,000 trucks', 'about'],
  ['Prices rose roughly 4 percent.', 'roughly 4 percent', 'about'],
  ['Sales exceeded 50 billion yuan.', '50 billion yuan', 'over'],
  ['Trade passed the mark of $40 billion.', '$40 billion', 'none'],
  ['Trade surpassed the mark of $40 billion.', '$40 billion', 'over'],
  ['Товарооборот превысил отметку в 40 млрд долларов.', '40 млрд долларов', 'over'],
  ['Перевалка преодолела рубеж в 1 млн ДФЭ.', '1 млн ДФЭ', 'over'],
  ['At least 25 villages were connected.', 'At least 25 villages', 'over'],
  ['20-plus countries signed.', '20-plus countries', 'over'],
  ['20+ countries signed.', '20+ countries', 'over'],
  ['10 or more airlines fly there.', '10 or more airlines', 'over'],
  // "no more than" is at most, not over: the negation joins the bound.
  ['The border post clears no more than 400 trucks a day.', 'no more than 400 trucks', 'under'],
  ['Not less than $1 billion will be invested.', 'Not less than $1 billion', 'over'],
  ['The line could carry as much as 25 million tonnes.', 'as much as 25 million tonnes', 'under'],
  ['园区入驻企业20多家。', '20多家', 'over'],
  ['运营线路3000余公里。', '3000余公里', 'over'],
  ['投资超过5亿美元。', '超过5亿美元', 'over'],
  ['游客逾百万人次。', '逾百万人次', 'over'],
  ['覆盖近40个国家。', '近40个', 'under'],
  ['耗资约12亿元。', '约12亿元', 'about'],
  ['50%以上的产品出口。', '50%以上', 'over'],
  ['增长5%左右。', '5%左右', 'about'],
  ['产量突破1000万吨。', '突破1000万吨', 'over'],
  ['外贸总值首次突破4000亿元。', '突破4000亿元', 'over'],
  ['货物贸易额首破千亿美元。', '首破千亿美元', 'over'],
  ['阿拉山口中歐班列今年破7000列。', '破7000列', 'over'],
  ['园区已入驻企业20来家。', '20来家', 'about'],
  ['每天有百来辆货车过境。', '百来辆', 'about'],
  ['中欧班列年开行量再破1.9万列。', '破1.9万列', 'over'],
  ['吸引了数百家企业。', '数百家', 'over'],
  ['上千名志愿者参与。', '上千名', 'over'],
  ['Более 60 компаний вошли в проект.', 'Более 60 компаний', 'over'],
  ['Около 300 человек приняли участие.', 'Около 300 человек', 'about'],
  ['Почти 40% продукции экспортируется.', 'Почти 40%', 'under'],
  ['Свыше 2000 грузовиков прошли границу.', 'Свыше 2000 грузовиков', 'over'],
  ['Выполнено порядка 15 рейсов.', 'порядка 15 рейсов', 'about'],
  ['Доставлено 100 с лишним вагонов.', '100 с лишним вагонов', 'over'],
  ['Зал вмещает до 500 зрителей.', 'до 500 зрителей', 'under'],
];

describe('approximations and bounds', () => {
  it.each(BOUNDED)('%s', (sentence, text, approx) => {
    expectFigures(sentence, [{ text, approx }]);
  });

  it('keeps the value of a bounded figure at the stated number', () => {
    expectFigures('签约项目20多个。', [
      { text: '20多个', value: 20, approx: 'over', unit: 'count', noun: '个' },
    ]);
  });

  it.each([
    ['出口农产品有二十多种。', '二十多种', 20],
    ['展会汇集了中亚特产300多种。', '300多种', 300],
    ['引進哈方商品50多種。', '50多種', 50],
  ])('reads N多种 as over N kinds: %s', (sentence, text, value) => {
    expectFigures(sentence, [{ text, value, approx: 'over', noun: text.slice(-1) }]);
  });

  it('does not bound a figure with 多种 (various) after its unit', () => {
    expectFigures('进口小麦5万吨多种农产品。', [{ text: '5万吨', approx: 'none' }]);
  });

  it('reads 500多万 as over five million', () => {
    expectFigures('覆盖人口500多万人。', [{ text: '500多万人', value: 5e6, approx: 'over' }]);
  });

  it('does not read 签约 (signed) as 约 (about)', () => {
    expectFigures('现场签约15个项目。', [{ text: '15个', value: 15, approx: 'none' }]);
  });

  it('does not read 来 before anything but a counter or a time word as "or so"', () => {
    expectFigures('每年有1.5万来自中亚的游客到访。', [{ text: '1.5万', approx: 'none' }]);
    // 來臺 is "come to Taiwan": 台 after 来 is no counter.
    expectFigures('預計全年將有20萬來臺旅客。', [{ text: '20萬', approx: 'none' }]);
  });

  it.each([
    ['该队打破3项赛会纪录。', '3项'],
    ['动力煤价格跌破700元。', '700元'],
  ])('does not read 破 inside 打破 or 跌破 as "past": %s', (sentence, text) => {
    expectFigures(sentence, [{ text, approx: 'none' }]);
  });

  it.each([
    ['周末老张约了6个老同学聚餐。', '6个'],
    ['她約了3位客戶面談。', '3位'],
  ])('reads 约 before 了 as the verb "to arrange to meet", not "about": %s', (sentence, text) => {
    expectFigures(sentence, [{ text, approx: 'none' }]);
  });

  it('still reads 约 before a copula or a number as "about"', () => {
    expectFigures('参展企业约有300家。', [{ text: '300家', approx: 'about' }]);
    expectFigures('约6个老同学到场。', [{ text: '约6个', approx: 'about' }]);
    expectFigures('损失約為20億元。', [{ text: '20億元', approx: 'about' }]);
  });

  it('does not read "rose to" in Russian as "up to"', () => {
    expectFigures('Доля выросла до 12,5 процента.', [{ text: '12,5 процента', approx: 'none' }]);
    expectFigures('Фрахт подешевел почти на треть, до 2 900 долларов.', [
      { text: 'треть', approx: 'under' },
      { text: '2 900 долларов', approx: 'none' },
    ]);
    expectFigures('Тенге ослаб до 530 тенге за доллар.', [{ text: '530 тенге за доллар', approx: 'none' }]);
  });

  it('reads "до" as "to" after a dash that stands for the verb of change', () => {
    expectFigures('Отгрузки хлопка выросли втрое — до 21 тыс. тонн.', [
      { text: 'втрое', approx: 'none' },
      { text: '21 тыс. тонн', approx: 'none' },
    ]);
    expectFigures('Экспорт ячменя увеличился в 2 раза, до 640 тыс. тонн, а льна – до 95 тыс. тонн.', [
      { text: '2 раза' },
      { text: '640 тыс. тонн', approx: 'none' },
      { text: '95 тыс. тонн', approx: 'none' },
    ]);
    // The masculine past of "расти" has no ending of its own: "вырос", "возрос".
    expectFigures('Импорт возрос до 4 млрд долларов, а экспорт — до 2 млрд долларов.', [
      { text: '4 млрд долларов', approx: 'none' },
      { text: '2 млрд долларов', approx: 'none' },
    ]);
  });

  it('keeps "up to" after a dash with no verb of change before it', () => {
    expectFigures('Грузоподъемность вагона – до 70 тонн.', [{ text: 'до 70 тонн', approx: 'under' }]);
    expectFigures('Экспорт вырос на 5%. Кредитная линия – до 300 млн долларов.', [
      { text: '5%' },
      { text: 'до 300 млн долларов', approx: 'under' },
    ]);
  });
});
