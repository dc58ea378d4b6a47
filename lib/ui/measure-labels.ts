import type { Metric } from '../facts/types';
import { isCurrencyCode, readReportedUnit } from '../figures/reported-unit';
import { type MessageKey, t, uiLanguage } from '../i18n';
import type { MentionMeasure } from '../store/rows';
import { LINK_TERMS } from '../topic/gazetteer/link-terms';

const METRIC_KEYS: Record<Metric, MessageKey> = {
  trade_volume: 'metricTradeVolume',
  trade_balance: 'metricTradeBalance',
  exports: 'metricExports',
  imports: 'metricImports',
  growth: 'metricGrowth',
  share: 'metricShare',
  train_trips: 'metricTrainTrips',
  freight: 'metricFreight',
  investment: 'metricInvestment',
  companies: 'metricCompanies',
  distance: 'metricDistance',
  gas_volume: 'metricGasVolume',
  capacity: 'metricCapacity',
  production: 'metricProduction',
  loans: 'metricLoans',
  aid: 'metricAid',
  projects: 'metricProjects',
  agreements: 'metricAgreements',
  visitors: 'metricVisitors',
  price: 'metricPrice',
  exchange_rate: 'metricExchangeRate',
  transit_time: 'metricTransitTime',
  clearance_time: 'metricClearanceTime',
  term: 'metricTerm',
  construction_time: 'metricConstructionTime',
  other: 'metricOther',
};

const STATUS_KEYS: Record<string, MessageKey> = {
  actual: 'statusActual',
  target: 'statusTarget',
  forecast: 'statusForecast',
};

const COUNTRY_LABELS: Readonly<Record<string, MessageKey>> = {
  CN: 'subjectCN',
  KZ: 'subjectKZ',
  KG: 'subjectKG',
  TJ: 'subjectTJ',
  TM: 'subjectTM',
  UZ: 'subjectUZ',
  CA: 'subjectCA',
};

/**
 * Between China and a partner, exports and imports are told from China's side (lib/facts/trade-direction.ts):
 * the label says which way the goods go.
 */
const CHINA_FLOW_KEYS: Readonly<Record<string, MessageKey>> = {
  exports: 'metricExportsFromChina',
  imports: 'metricImportsIntoChina',
};

/**
 * A metric's name in the reader's words; growth names what grew. Unknown codes are shown as they are. With a
 * China–partner subject, exports and imports say which way they go.
 */
export function metricLabel(metric: string, growthOf = '', subject = ''): string {
  const key = METRIC_KEYS[metric as Metric];
  if (!key) return metric;
  if (metric === 'growth' && growthOf) return t('measureGrowth', metricLabel(growthOf, '', subject));
  const flow = subject.startsWith('CN-') ? CHINA_FLOW_KEYS[metric] : undefined;
  return t(flow ?? key);
}

/** A status code in the reader's words; an unknown code as it is. */
export function statusLabel(status: string): string {
  const key = STATUS_KEYS[status];
  return key ? t(key) : status;
}

/**
 * A change that fell, in the reader's words: "Trade: a fall", 贸易下降, "Товарооборот: снижение". Its value is
 * negative once measured (docs/adr/0013); a rise keeps the words of growth.
 */
function fallLabel(growthOf: string, subject: string): string {
  return growthOf ? t('measureFall', metricLabel(growthOf, '', subject)) : t('metricFall');
}

/**
 * What a figure measures as label/value rows, leaving out what could not be told. Given the figure's value, a
 * change that fell says so.
 */
export function measureRows(
  measure: Pick<MentionMeasure, 'subject' | 'metric' | 'growthOf' | 'period' | 'status'> & { value?: number },
): { label: string; value: string }[] {
  const rows: { label: string; value: string }[] = [];
  if (measure.subject) rows.push({ label: t('measureSubject'), value: subjectLabel(measure.subject) });
  const fell = measure.metric === 'growth' && (measure.value ?? 0) < 0;
  if (measure.metric)
    rows.push({
      label: t('measureMetric'),
      value: fell
        ? fallLabel(measure.growthOf, measure.subject)
        : metricLabel(measure.metric, measure.growthOf, measure.subject),
    });
  if (measure.period) rows.push({ label: t('measurePeriod'), value: measure.period });
  if (measure.status) rows.push({ label: t('measureStatus'), value: statusLabel(measure.status) });
  return rows;
}

const FACILITY_KEYS: Readonly<Record<string, MessageKey>> = {
  port: 'facilityPort',
  railway: 'facilityRailway',
  pipeline: 'facilityPipeline',
};

/**
 * A subject code in the reader's language: "CN-KZ" → "China–Kazakhstan", "CA" → "Central Asia",
 * "port:khorgos" → "Khorgos (border port)", "railway:cku-railway" → the railway's gazetteer name.
 */
export function subjectLabel(code: string): string {
  const facility = /^([a-z]+):(.+)$/.exec(code);
  if (facility) {
    const [, kind = '', id = ''] = facility;
    const named = LINK_TERMS.find((term) => term.id === id)?.label;
    const key = FACILITY_KEYS[kind];
    // Railways and pipelines are named with what they are; a port's name needs the word.
    if (named && kind !== 'port') return named;
    return key ? t(key, named ?? id) : (named ?? id);
  }
  const pair = /^CN-(\w+)$/.exec(code)?.[1];
  const country = (side: string) => {
    const key = COUNTRY_LABELS[side];
    return key ? t(key) : side;
  };
  return pair ? t('subjectPair', country(pair)) : country(code);
}

/** A fact key's measure in the reader's language: "trade_volume" → "Trade", "growth:exports" → "Exports: growth". */
export function measureLabel(measure: string, subject = ''): string {
  const grown = /^growth:(.+)$/.exec(measure)?.[1];
  return grown ? metricLabel('growth', grown, subject) : metricLabel(measure, '', subject);
}

const UNIT_FAMILY_KEYS: Readonly<Record<string, MessageKey>> = {
  percent: 'unitFamilyPercent',
  percentage_point: 'unitFamilyPercentagePoint',
  count: 'unitFamilyCount',
  ratio: 'unitFamilyRatio',
  mass: 'unitFamilyMass',
  teu: 'unitFamilyTeu',
  volume: 'unitFamilyVolume',
  length: 'unitFamilyLength',
  area: 'unitFamilyArea',
  hectare: 'unitFamilyHectare',
  power: 'unitFamilyPower',
};

/** A currency's name in the reader's language ("Kazakhstani Tenge", "哈萨克斯坦坚戈"), else its code. */
function currencyName(code: string, language: string): string {
  if (!language) return code;
  try {
    return new Intl.DisplayNames([language], { type: 'currency' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * A series' unit family in the reader's words: "mass" → "tonnes", "percent" → "百分比". A currency keeps its
 * code, as every reading does ("24.8B USD"); an exchange rate's pair is named in words ("KZT/USD" →
 * "Kazakhstani Tenge per US Dollar"), since the code of a pair says nothing to most readers. An unknown family
 * is shown as it is.
 */
export function unitFamilyLabel(family: string, language = uiLanguage()): string {
  const key = UNIT_FAMILY_KEYS[family];
  if (key) return t(key);
  const { unit: priced, per } = readReportedUnit(family);
  if (per === undefined || !isCurrencyCode(priced) || !isCurrencyCode(per)) return family;
  return t('unitFamilyRate', [currencyName(priced, language), currencyName(per, language)]);
}
