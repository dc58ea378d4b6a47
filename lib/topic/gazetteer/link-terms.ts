import type { Term } from '../types';
import { ZH_CHINA } from './chinese-forms';
import { PAIR_TERMS } from './pair-terms';

/** Dashes and similar separators used in compound names such as "China–Kyrgyzstan–Uzbekistan". */
const DASH = '[-‐‑–—−－]';

/**
 * Terms that name the China–Central Asia relation by themselves: border ports, the railway and pipeline
 * built between them, the China–Central Asia mechanism, and compounds such as "China–Kazakhstan".
 * Order matters: at one position the first listed form wins, so longer names come before the pairs.
 */
export const LINK_TERMS: readonly Term[] = [
  {
    id: 'cku-railway',
    label: 'China–Kyrgyzstan–Uzbekistan railway',
    note: 'railway being built from China through Kyrgyzstan to Uzbekistan',
    side: 'link',
    kind: 'railway',
    forms: [
      String.raw`China(?:\s+|\s*${DASH}\s*)Kyrgyz(?:stan)?(?:\s+|\s*${DASH}\s*)Uzbek(?:istan)?`,
      'CKU railway',
      '中吉[乌烏]',
      String.raw`${ZH_CHINA}\s*${DASH}?\s*吉[尔爾]吉斯(?:斯坦)?\s*${DASH}?\s*[乌烏][兹茲][别別]克(?:斯坦)?`,
      String.raw`(?:Кита[йя]|КНР)\s*${DASH}\s*(?:Кыргызстан|Киргизи[яи])\s*${DASH}\s*Узбекистан`,
      `китайско${DASH}(?:кыргызско|киргизско)${DASH}узбекск[а-яё]*`,
    ],
  },
  {
    id: 'ca-china-pipeline',
    label: 'Central Asia–China gas pipeline',
    note: 'gas pipeline from Turkmenistan through Uzbekistan and Kazakhstan to China',
    side: 'link',
    kind: 'pipeline',
    forms: [
      String.raw`(?:Central Asia|Turkmenistan)\s*${DASH}\s*China (?:natural )?gas pipelines?`,
      String.raw`(?:${ZH_CHINA}\s*${DASH}\s*)?中[亚亞]天然[气氣]管道`,
      String.raw`газопровод[а-яё]*\s+«?(?:Центральная\s+Азия|Туркменистан)\s*${DASH}\s*Китай»?`,
    ],
  },
  {
    id: 'c-plus-c5',
    label: 'C+C5',
    note: 'the China + Central Asian Five format',
    side: 'link',
    kind: 'mechanism',
    forms: [String.raw`C\s?\+\s?C5`],
  },
  {
    id: 'khorgos',
    label: 'Khorgos',
    note: 'China–Kazakhstan border port',
    side: 'link',
    kind: 'port',
    forms: ['(?:Kh|H|K|Q)org[ao]s', '霍[尔爾]果斯', 'Хоргос[а-яё]*'],
  },
  {
    id: 'alashankou',
    label: 'Alashankou',
    note: 'China–Kazakhstan border port',
    side: 'link',
    kind: 'port',
    forms: ['Alashankou', 'Alataw Pass', '阿拉山口', 'Алашанькоу'],
  },
  {
    id: 'altynkol',
    label: 'Altynkol',
    note: 'the Kazakh rail station of the Khorgos crossing',
    side: 'link',
    kind: 'port',
    forms: ['Altynkol', 'Altyn-Kol', '阿[腾騰]科里', 'Алтынкол[ьяеюи]?'],
  },
  {
    id: 'jeminay',
    label: 'Jeminay',
    note: 'China–Kazakhstan border port',
    side: 'link',
    kind: 'port',
    forms: ['Jeminay', 'Jimunai', 'Maikapchagai', '吉木乃', 'Майкапчагай'],
  },
  {
    id: 'bakhty',
    label: 'Bakhty',
    note: 'China–Kazakhstan border port',
    side: 'link',
    kind: 'port',
    forms: ['Bakhty', 'Baketu', '巴克[图圖]口岸', 'Бахты'],
  },
  {
    id: 'torugart',
    label: 'Torugart',
    note: 'China–Kyrgyzstan border pass',
    side: 'link',
    kind: 'port',
    forms: ['Torugart', '吐[尔爾]尕特', 'Торугарт[а-яё]*'],
  },
  {
    id: 'irkeshtam',
    label: 'Irkeshtam',
    note: 'China–Kyrgyzstan border pass',
    side: 'link',
    kind: 'port',
    forms: ['Irkeshtam', '伊[尔爾]克什坦', 'Иркештам[а-яё]*'],
  },
  {
    id: 'kulma',
    label: 'Kulma',
    note: 'China–Tajikistan border pass',
    side: 'link',
    kind: 'port',
    forms: ['Kulma Pass', 'Karasu Pass', '卡拉[苏蘇]口岸', 'перевал[а-яё]*\\s+Кульма'],
  },
  ...PAIR_TERMS,
];
