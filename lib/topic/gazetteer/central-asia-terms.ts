import type { Term } from '../types';
import { ZH_CENTRAL_ASIA } from './chinese-forms';

/**
 * The five Central Asian countries and the region, with adjectives, demonyms and Russian case forms.
 * Chinese ethnic-group names inside China are excluded: 哈萨克族, 伊犁哈萨克自治州, 塔吉克自治县, and
 * their English and Russian equivalents, because a Xinjiang story naming them is not about Central Asia.
 * 中亚 is excluded where 亚 starts another word (其中亚洲, "among them, Asia"; see chinese-forms.ts).
 */
export const CENTRAL_ASIA_COUNTRY_TERMS: readonly Term[] = [
  {
    id: 'kazakhstan',
    label: 'Kazakhstan',
    side: 'central_asia',
    kind: 'country',
    forms: [
      'Kazakhstan(?:is?)?',
      'Kazakhs?(?![ -]Autonomous)',
      'Qazaqstan',
      '哈[萨薩]克(?:斯坦)?(?!族|自治)',
      '哈[国國]',
      '哈方',
      'Казахстан[а-яё]*',
      String.raw`казахск[а-яё]*(?![а-яё]|\s+автономн)`,
      'казах(?:и|ов|ам|ами|ах)?',
    ],
  },
  {
    id: 'kyrgyzstan',
    label: 'Kyrgyzstan',
    side: 'central_asia',
    kind: 'country',
    forms: [
      'Kyrgyzstan(?:is?)?',
      'Kyrgyz(?![ -]Autonomous)',
      'Kirghiz(?:ia)?(?![ -]Autonomous)',
      'Kirgiz(?:ia)?',
      '吉[尔爾]吉斯(?:斯坦)?',
      '吉方(?!位)',
      '吉[国國]',
      'Кыргызстан[а-яё]*',
      'Киргизи(?:я|и|ю|ей)',
      '(?:кыргыз|киргиз)ск[а-яё]*',
      '(?:кыргыз|киргиз)(?:ы|ов|ам|ами|ах)?',
    ],
  },
  {
    id: 'tajikistan',
    label: 'Tajikistan',
    side: 'central_asia',
    kind: 'country',
    forms: [
      'Tajikistan(?:is?)?',
      'Tajiks?(?![ -]Autonomous)',
      'Tadjik(?:istan)?',
      '塔吉克(?:斯坦)?(?!族|自治)',
      // 塔方 (the Tajik side), not 金字塔方形, 灯塔方向, 电视塔方面.
      '(?<![字灯燈电電铁鐵水宝寶高])塔方(?![向面式块塊形案])',
      'Таджикистан[а-яё]*',
      'таджикск[а-яё]*',
      'таджик(?:и|ов|ам|ами|ах)?',
    ],
  },
  {
    id: 'turkmenistan',
    label: 'Turkmenistan',
    side: 'central_asia',
    kind: 'country',
    forms: [
      'Turkmenistan(?:is?)?',
      'Turkmen(?:s|ian)?',
      '土[库庫]曼(?:斯坦)?',
      'Туркменистан[а-яё]*',
      'Туркмени(?:я|и|ю|ей)',
      'туркменск[а-яё]*',
      'туркмен(?:ы|ов|ам|ами|ах)?',
    ],
  },
  {
    id: 'uzbekistan',
    label: 'Uzbekistan',
    side: 'central_asia',
    kind: 'country',
    forms: [
      'Uzbekistan(?:is?)?',
      'Uzbeks?',
      '[乌烏][兹茲][别別]克(?:斯坦)?',
      'Узбекистан[а-яё]*',
      'узбекск[а-яё]*',
      'узбек(?:и|ов|ам|ами|ах)?',
    ],
  },
  {
    id: 'central-asia',
    label: 'Central Asia',
    side: 'central_asia',
    kind: 'region',
    forms: [
      '(?<!South and )Central Asia(?:ns?)?',
      String.raw`C5\s?\+\s?1`,
      ZH_CENTRAL_ASIA,
      String.raw`Центральн(?:ая|ой|ую|ою)\s+Ази(?:я|и|ю|ей)`,
      'центральноазиатск[а-яё]*',
      String.raw`Средн(?:яя|ей|юю)\s+Ази(?:я|и|ю|ей)`,
      'среднеазиатск[а-яё]*',
    ],
  },
];
