import { browser } from 'wxt/browser';
import type { Metric } from '../facts/types';
import { type MessageKey, t } from '../i18n';
import type { MentionMeasure } from '../store/rows';

const METRIC_KEYS: Record<Metric, MessageKey> = {
  trade_volume: 'metricTradeVolume',
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
  other: 'metricOther',
};

const STATUS_KEYS: Record<string, MessageKey> = {
  actual: 'statusActual',
  target: 'statusTarget',
  forecast: 'statusForecast',
};

const FACILITY_KEYS: Record<string, MessageKey> = {
  port: 'facilityPort',
  railway: 'facilityRailway',
  pipeline: 'facilityPipeline',
};

/** "cku-railway" → "CKU Railway": short words read as abbreviations. */
const facilityName = (slug: string) =>
  slug
    .split('-')
    .map((word) => (word.length <= 3 ? word.toUpperCase() : word[0]?.toUpperCase() + word.slice(1)))
    .join(' ');

/** A metric's name in the reader's words; growth names what grew. Unknown codes are shown as they are. */
export function metricLabel(metric: string, growthOf = ''): string {
  const key = METRIC_KEYS[metric as Metric];
  if (!key) return metric;
  if (metric === 'growth' && growthOf) return t('metricGrowthOf', metricLabel(growthOf));
  return t(key);
}

/**
 * A subject code in the reader's words: "CN-KZ" → "China–Kazakhstan", "CA" → "Central Asia",
 * "port:khorgos" → "Khorgos (port)". Country names come from the browser's own `Intl.DisplayNames`.
 */
export function subjectLabel(subject: string, language: string = browser.i18n.getUILanguage()): string {
  const facility = /^([a-z]+):(.+)$/.exec(subject);
  if (facility) {
    const key = FACILITY_KEYS[facility[1] as string];
    const name = facilityName(facility[2] as string);
    return key ? t(key, name) : name;
  }
  let regions: Intl.DisplayNames | null = null;
  try {
    regions = new Intl.DisplayNames([language, 'en'], { type: 'region' });
  } catch {
    // An unknown language tag: codes are shown as they are.
  }
  return subject
    .split('-')
    .map((code) => (code === 'CA' ? t('regionCentralAsia') : (regions?.of(code) ?? code)))
    .join('–');
}

/** A status code in the reader's words; an unknown code as it is. */
export function statusLabel(status: string): string {
  const key = STATUS_KEYS[status];
  return key ? t(key) : status;
}

/** What a figure measures as label/value rows, leaving out what could not be told. */
export function measureRows(
  measure: Pick<MentionMeasure, 'subject' | 'metric' | 'growthOf' | 'period' | 'status'>,
  language?: string,
): { label: string; value: string }[] {
  const rows: { label: string; value: string }[] = [];
  if (measure.subject)
    rows.push({ label: t('measureSubject'), value: subjectLabel(measure.subject, language) });
  if (measure.metric)
    rows.push({ label: t('measureMetric'), value: metricLabel(measure.metric, measure.growthOf) });
  if (measure.period) rows.push({ label: t('measurePeriod'), value: measure.period });
  if (measure.status) rows.push({ label: t('measureStatus'), value: statusLabel(measure.status) });
  return rows;
}
