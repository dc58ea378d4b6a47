import type { Term } from '../types';
import { ZH_CHINA, ZH_CHINA_HUA, ZH_CHINESE_FIRMS } from './chinese-forms';

/**
 * The China side: the country, its capital and leader, and the western provinces and cities that face
 * Central Asia. Chinese forms carry look-arounds against common substrings: 发展中国家 and 其中国有 (see
 * chinese-forms.ts), 江西安福 or 陕西安康 (not Xi'an), 北京时间, 新疆域.
 */
export const CHINA_TERMS: readonly Term[] = [
  {
    id: 'china',
    label: 'China',
    side: 'china',
    kind: 'country',
    capitalizedForms: ['China(?!(?<=South China) Morning Post)', 'Chinese', 'Sino(?=[-‐‑–])'],
    forms: [
      '中[华華]人民共和[国國]',
      ZH_CHINA,
      ZH_CHINA_HUA,
      ZH_CHINESE_FIRMS,
      '我[国國]',
      '(?<![其集空])中方(?![案式向法面便针針位形圆圓舟])',
      '中[欧歐]班列',
      '(?:Кита(?:й|я|ю|ем|е)(?![-‐]\\s*город)|Поднебесн(?:ая|ой|ую))',
      'китайск[а-яё]*',
      'китай(?:ец|цы|цев|цам|цами|цах)',
    ],
    exactForms: ['PRC', 'КНР'],
  },
  {
    id: 'beijing',
    label: 'Beijing',
    side: 'china',
    kind: 'city',
    forms: ['Beijing(?! time)', '北京(?!时间|時間)', 'Пекин(?:а|у|ом|е)?', 'пекинск[а-яё]*'],
  },
  {
    id: 'xi-jinping',
    label: 'Xi Jinping',
    side: 'china',
    kind: 'leader',
    forms: ['Xi Jinping', '[习習]近平', String.raw`Си\s+Цзиньпин(?:а|у|ом|е)?`],
    exactForms: ["Xi(?!['’]an)"],
  },
  {
    id: 'xinjiang',
    label: 'Xinjiang',
    side: 'china',
    kind: 'province',
    forms: ['Xinjiang', '新疆(?!域|界)', 'Синьцзян[а-яё]*'],
  },
  {
    id: 'urumqi',
    label: 'Urumqi',
    side: 'china',
    kind: 'city',
    forms: ['Urumqi', '[乌烏][鲁魯]木[齐齊]', 'Урумчи'],
  },
  {
    id: 'kashgar',
    label: 'Kashgar',
    side: 'china',
    kind: 'city',
    forms: ['Kashgar', '喀什', 'Кашгар[а-яё]*'],
  },
  {
    id: 'xian',
    label: "Xi'an",
    side: 'china',
    kind: 'city',
    capitalizedForms: ["Xi['’]?an"],
    forms: ['(?<![江广廣山陕陝])西安', 'Сиан(?:ь|я|е|ю|ем)'],
  },
  {
    id: 'shaanxi',
    label: 'Shaanxi',
    side: 'china',
    kind: 'province',
    forms: ['Shaanxi', '[陕陝]西', 'Шэньси'],
  },
  {
    // The Chinese firms most often named for their work in Central Asia, in the Chinese forms news gives them:
    // 华为 (not 中华为…, "China as…"), 比亚迪, 中石油, 中石化, 中远海运, 国家电网, 奇瑞.
    id: 'chinese-firm',
    label: 'a Chinese company',
    side: 'china',
    kind: 'company',
    forms: [
      '(?<!中)[华華][为為](?![期止主首])',
      '比[亚亞]迪',
      '中石[油化]',
      '中[远遠]海[运運]',
      '[国國]家[电電][网網]',
      '奇瑞',
    ],
  },
  {
    id: 'lianyungang',
    label: 'Lianyungang',
    side: 'china',
    kind: 'city',
    forms: ['Lianyungang', '[连連][云雲]港', 'Ляньюньган[а-яё]*'],
  },
];
