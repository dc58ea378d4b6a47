import type { Term } from '../types';
import {
  buildShortPair,
  ZH_AMBIGUOUS_SHORT_PARTNERS,
  ZH_CENTRAL_ASIA,
  ZH_CHINA,
  ZH_SHORT_PARTNERS,
} from './chinese-forms';

/** How one Central Asian partner is written inside a China–X compound, per language. */
interface PairPartner {
  id: string;
  label: string;
  en: string;
  zh: string;
  /**
   * Chinese one-character abbreviation used in 中哈关系, 中吉合作; 中土 and 中乌 (also Turkey and Ukraine) count only in
   * the context of their partner (lib/topic/pair-context.ts).
   */
  zhShort?: string;
  ruNoun: string;
  /** Russian adjective stem: китайско-казахстанский, казахстанско-китайский. */
  ruAdjective: string;
}

const PARTNERS: readonly PairPartner[] = [
  {
    id: 'central-asia',
    label: 'Central Asia',
    en: '(?:Central[ -]Asian?|C5)',
    zh: `${ZH_CENTRAL_ASIA}(?:五[国國])?`,
    ruNoun: String.raw`Центральн(?:ая|ой|ую|ою)\s+Ази(?:я|и|ю|ей)`,
    ruAdjective: 'центральноазиатск',
  },
  {
    id: 'kazakhstan',
    label: 'Kazakhstan',
    en: '(?:Kazakhstani?|Kazakh)',
    zh: '哈[萨薩]克(?:斯坦)?',
    zhShort: ZH_SHORT_PARTNERS.kazakhstan,
    ruNoun: 'Казахстан[а-яё]*',
    ruAdjective: '(?:казахстанск|казахск)',
  },
  {
    id: 'kyrgyzstan',
    label: 'Kyrgyzstan',
    en: '(?:Kyrgyzstani?|Kyrgyz|Kirghiz)',
    zh: '吉[尔爾]吉斯(?:斯坦)?',
    zhShort: ZH_SHORT_PARTNERS.kyrgyzstan,
    ruNoun: '(?:Кыргызстан[а-яё]*|Киргизи(?:я|и|ю|ей))',
    ruAdjective: '(?:кыргызск|киргизск)',
  },
  {
    id: 'tajikistan',
    label: 'Tajikistan',
    en: '(?:Tajikistani?|Tajik)',
    zh: '塔吉克(?:斯坦)?',
    zhShort: ZH_SHORT_PARTNERS.tajikistan,
    ruNoun: 'Таджикистан[а-яё]*',
    ruAdjective: 'таджикск',
  },
  {
    id: 'turkmenistan',
    label: 'Turkmenistan',
    en: '(?:Turkmenistani?|Turkmen)',
    zh: '土[库庫]曼(?:斯坦)?',
    zhShort: ZH_AMBIGUOUS_SHORT_PARTNERS.turkmenistan,
    ruNoun: '(?:Туркменистан[а-яё]*|Туркмени(?:я|и|ю|ей))',
    ruAdjective: 'туркменск',
  },
  {
    id: 'uzbekistan',
    label: 'Uzbekistan',
    en: '(?:Uzbekistani?|Uzbek)',
    zh: '[乌烏][兹茲][别別]克(?:斯坦)?',
    zhShort: ZH_AMBIGUOUS_SHORT_PARTNERS.uzbekistan,
    ruNoun: 'Узбекистан[а-яё]*',
    ruAdjective: 'узбекск',
  },
];

const CHINA_EN = '(?:China|Chinese|Sino|PRC)';
/**
 * A dash between the two names. Text whose dashes were lost ("ChinaKazakhstan") still scores, as two
 * names in one sentence; a compound needs its dash so that the prefilter finds each name at a word start.
 */
const SEP_EN = String.raw`\s*[-‐‑–—−/+]\s*`;
const CHINA_ZH = ZH_CHINA;
const SEP_ZH = String.raw`\s*[-‐‑–—−－·・/+＋]{1,2}\s*`;
const CHINA_RU = '(?:Кита(?:й|я|ю|ем|е)|КНР)';
const SEP_RU = String.raw`\s*[-‐‑–—−+]\s*`;
const HYPHEN = '[-‐‑–]';
/** The compound written with a dash in any of the three languages, in both orders. */
function buildPairForms(partner: PairPartner): string[] {
  const forms = [
    `${CHINA_EN}${SEP_EN}${partner.en}`,
    `${partner.en}${SEP_EN}${CHINA_EN}`,
    `${CHINA_ZH}${SEP_ZH}${partner.zh}`,
    `${partner.zh}${SEP_ZH}${CHINA_ZH}`,
    `${CHINA_RU}${SEP_RU}${partner.ruNoun}`,
    `${partner.ruNoun}${SEP_RU}${CHINA_RU}`,
    `китайско${HYPHEN}\\s*${partner.ruAdjective}[а-яё]*`,
    `${partner.ruAdjective}о${HYPHEN}\\s*китайск[а-яё]*`,
  ];
  if (partner.zhShort) forms.push(buildShortPair(partner.zhShort));
  return forms;
}

/** "China–Kazakhstan", "中哈", "китайско-узбекский": one compound naming China and a partner together. */
export const PAIR_TERMS: readonly Term[] = PARTNERS.map((partner) => ({
  id: `china-${partner.id}`,
  label: `China–${partner.label}`,
  note: `China and ${partner.label} written as one compound`,
  side: 'link',
  kind: 'pair',
  forms: buildPairForms(partner),
}));
