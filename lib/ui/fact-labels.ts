import type { Metric } from '../facts/types';
import { type MessageKey, t } from '../i18n';
import { LINK_TERMS } from '../topic/gazetteer/link-terms';

const COUNTRY_LABELS: Readonly<Record<string, MessageKey>> = {
  CN: 'subjectCN',
  KZ: 'subjectKZ',
  KG: 'subjectKG',
  TJ: 'subjectTJ',
  TM: 'subjectTM',
  UZ: 'subjectUZ',
  CA: 'subjectCA',
};

const METRIC_LABELS: Readonly<Record<Metric, MessageKey>> = {
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

/** A subject code in the reader's language: "CN-KZ" → "China–Kazakhstan"; a facility by its gazetteer name. */
export function subjectLabel(code: string): string {
  const facility = /^[a-z]+:(.+)$/.exec(code)?.[1];
  if (facility) return LINK_TERMS.find((term) => term.id === facility)?.label ?? facility;
  const pair = /^CN-(\w+)$/.exec(code)?.[1];
  const country = (side: string) => {
    const key = COUNTRY_LABELS[side];
    return key ? t(key) : side;
  };
  return pair ? t('subjectPair', country(pair)) : country(code);
}

/** A fact key's measure in the reader's language: "trade_volume" → "Trade", "growth:exports" → "Exports: growth". */
export function measureLabel(measure: string): string {
  const metric = (name: string) => {
    const key = METRIC_LABELS[name as Metric];
    return key ? t(key) : name;
  };
  const grown = /^growth:(.+)$/.exec(measure)?.[1];
  return grown ? t('measureGrowth', metric(grown)) : metric(measure);
}
