import type { FigureKind } from './types';
import { WordTable } from './word-table';

/** A unit read after a number; `factor` converts the stated unit to `unit` (km → m is 1000). */
export interface UnitSpec {
  unit: string;
  kind: FigureKind;
  factor: number;
  /** The unit as written, when it differs from `unit`. */
  stated?: string;
}

const percent: UnitSpec = { unit: 'percent', kind: 'percent', factor: 1 };
const point: UnitSpec = { unit: 'percentage_point', kind: 'percent', factor: 1 };
const basisPoint: UnitSpec = { unit: 'basis_point', kind: 'percent', factor: 1 };

// biome-ignore format: a word table reads best packed
const PERCENTS: Record<string, UnitSpec> = {
  '%': percent, '％': percent, percent, 'per cent': percent, pct: percent, pc: percent, процентов: percent,
  процента: percent, процент: percent, 'проц.': percent, 'percentage points': point,
  'percentage point': point, 'percentage-points': point, 'percentage-point': point, 'pct points': point,
  pp: point, ppt: point, ppts: point, 'б.п.': basisPoint, 'б. п.': basisPoint, 'p.p.': point, 'п.п.': point,
  'п. п.': point, 'процентных пунктов': point, 'процентного пункта': point, 'процентных пункта': point,
  'процентный пункт': point, 个百分点: point, 個百分點: point, 百分点: point, 百分點: point, 'basis points': basisPoint,
  bps: basisPoint, bp: basisPoint, 'базисных пунктов': basisPoint, 个基点: basisPoint, 個基點: basisPoint,
  基点: basisPoint,
};

function measure(unit: string, factor = 1, stated?: string): UnitSpec {
  return stated ? { unit, kind: 'measure', factor, stated } : { unit, kind: 'measure', factor };
}
const km = measure('m', 1000, 'km');
const metre = measure('m');
const mile = measure('m', 1609.344, 'mile');
const tonne = measure('tonne');
const tonneKm = measure('tonne_km');
const kg = measure('kg');
/** A pound of weight (uranium oxide is priced per pound): "lb", "lbs" anywhere, "pound" only as a price's unit. */
const pound = measure('kg', 0.45359237, 'lb');
/**
 * A troy ounce, the weight gold and silver are mined, held and priced in ("2.1 million troy ounces", "$4,118 an
 * ounce", "140 тыс. тройских унций", "每盎司"): 31.1034768 g. An ounce in news of metals is a troy ounce.
 */
const troyOunce = measure('kg', 0.0311034768, 'troy oz');
const sqKm = measure('square_metre', 1e6, 'km²');
const sqM = measure('square_metre');
const hectare = measure('hectare');
/** Farms and industrial parks in English and American reports are in acres: a hectare is 2.471 acres. */
const acre = measure('hectare', 0.40468564224, 'acre');
const cubic = measure('cubic_metre');
const barrel = measure('barrel');
const teu = measure('teu');
/**
 * Litres are a unit of their own rather than thousandths of a cubic metre: what a page counts in litres (milk,
 * juice, fuel) is never the gas a volume in cubic metres is linked to (lib/facts/find-metric.ts).
 */
const litre = measure('litre');
const ml = measure('litre', 0.001, 'ml');
const gallon = measure('litre', 3.785411784, 'gallon');
/** A centner (quintal) is 100 kg; a harvest's yield is given in centners or tonnes per hectare. */
const centner = measure('tonne', 0.1, 'centner');
const centnersPerHa = measure('tonne_per_hectare', 0.1, 'ц/га');
const tonnesPerHa = measure('tonne_per_hectare');
/** Oil output is a flow: "612,000 b/d", "1.8 million barrels a day", "баррелей в сутки". */
const barrelsPerDay = measure('barrel_per_day');
/** "1.1 Mt", "5 mt of LNG": the energy press writes a million tonnes as mt; "$250/MT" is a metric tonne. */
const millionTonnes = measure('tonne', 1e6, 'Mt');
/** A thousand cubic metres, the unit gas is priced in: "$300/tcm", "за тыс. кубометров", "每千立方米". */
const tcm = measure('cubic_metre', 1000, 'tcm');
const mm = measure('m', 0.001, 'mm');
const cm = measure('m', 0.01, 'cm');
const kmh = measure('km_per_hour');
const kW = measure('watt', 1e3, 'kW');
const MW = measure('watt', 1e6, 'MW');
const GW = measure('watt', 1e9, 'GW');
const kWh = measure('watt_hour', 1e3, 'kWh');
const MWh = measure('watt_hour', 1e6, 'MWh');
const GWh = measure('watt_hour', 1e9, 'GWh');
const TWh = measure('watt_hour', 1e12, 'TWh');

/**
 * "кВт·ч", "МВт⋅ч", "ГВт*ч", "ТВтч", "мегаватт-часов": Russian energy units in every way the hour is joined to
 * the watts (a middle dot, a dot operator, an asterisk, nothing), and the spelled-out words.
 */
function russianWattHours(): Record<string, UnitSpec> {
  const scales = [
    ['к', 'кило', kWh],
    ['м', 'мега', MWh],
    ['г', 'гига', GWh],
    ['т', 'тера', TWh],
  ] as const;
  const table: Record<string, UnitSpec> = {};
  for (const [short, long, spec] of scales) {
    for (const join of ['·', '⋅', '*', '']) table[`${short}вт${join}ч`] = spec;
    for (const ending of ['час', 'часа', 'часов']) table[`${long}ватт-${ending}`] = spec;
  }
  return table;
}

// biome-ignore format: a word table reads best packed
const MEASURES: Record<string, UnitSpec> = {
  kilometres: km, kilometers: km, kilometre: km, kilometer: km, km, miles: mile, mile, metres: metre,
  meters: metre, metre, meter: metre, m: metre, 公里: km, 千米: km, '㎞': km, 米: metre, 公尺: metre, 英里: mile, километров: km,
  километра: km, километр: km, км: km, метров: metre, метра: metre, метр: metre, м: metre, tonnes: tonne,
  tonne, tons: tonne, ton: tonne, 'metric tons': tonne, 'metric tonnes': tonne, 吨公里: tonneKm, 噸公里: tonneKm, 吨: tonne, 噸: tonne, 公吨: tonne, 公噸: tonne,
  // Freight turnover: "215 billion tonne-km", "218,6 млрд тонно-км", "1,2 млрд ткм".
  'tonne-km': tonneKm, 'ton-km': tonneKm, 'tonne-kilometres': tonneKm, 'tonne-kilometers': tonneKm, tkm: tonneKm,
  'т-км': tonneKm, ткм: tonneKm, 'тонно-км': tonneKm, 'тонно-километров': tonneKm, 'тонно-километра': tonneKm,
  'тонно-километр': tonneKm,
  тонн: tonne, тонны: tonne, тонна: tonne, тонну: tonne, т: tonne, t: tonne, kilograms: kg, kilogram: kg, kg, 公斤: kg, '㎏': kg,
  千克: kg, кг: kg, килограммов: kg, 'square kilometres': sqKm, 'square kilometers': sqKm, 'sq km': sqKm,
  'km²': sqKm, km2: sqKm, 'км²': sqKm, км2: sqKm, 'м²': sqM, 'square-kilometre': sqKm, 'square-kilometer': sqKm, 'square-metre': sqM,
  'square-meter': sqM, 平方公里: sqKm, 平方千米: sqKm, '㎢': sqKm, 'кв. км': sqKm, 'квадратных километров': sqKm,
  'square metres': sqM, 'square meters': sqM, 'sq m': sqM, 'm²': sqM, 平方米: sqM, 平方公尺: sqM, '㎡': sqM, 'кв. м': sqM, m2: sqM, м2: sqM,
  'квадратных метров': sqM, hectares: hectare, hectare, ha: hectare, 公顷: hectare, 公頃: hectare,
  гектаров: hectare, гектара: hectare, га: hectare, acres: acre, acre, 英亩: acre, 英畝: acre, акров: acre,
  акра: acre, 亩: measure('mu'), 畝: measure('mu'), 'cubic metres': cubic,
  'cubic meters': cubic, 'cubic metre': cubic, 'cubic meter': cubic, 'cu m': cubic, 'm³': cubic, m3: cubic,
  bcm: measure('cubic_metre', 1e9, 'bcm'), mtpa: measure('tonne', 1e6, 'mtpa'), 立方米: cubic, 立方公尺: cubic, '㎥': cubic, 立方: cubic, кубометров: cubic, кубометра: cubic,
  кубометр: cubic, 'куб. м': cubic, 'куб. метров': cubic, 'куб. метра': cubic, 'кубических метров': cubic, 'м³': cubic, м3: cubic, barrels: barrel,
  barrel, 桶: barrel, баррелей: barrel, барреля: barrel, баррель: barrel, teu: teu, teus: teu, 标箱: teu, 标准箱: teu, 標箱: teu,
  標準箱: teu, 个标准箱: teu, 個標準箱: teu, 个标箱: teu, 個標箱: teu, дфэ: teu, тэу: teu,
  // TEU written out: "605,000 twenty-foot equivalent units", "148 тыс. контейнеров в двадцатифутовом эквиваленте".
  'twenty-foot equivalent units': teu, 'twenty-foot equivalent unit': teu, 'twenty foot equivalent units': teu,
  'контейнеров в двадцатифутовом эквиваленте': teu, 'контейнеров в 20-футовом эквиваленте': teu,
  'контейнера в двадцатифутовом эквиваленте': teu, 'контейнера в 20-футовом эквиваленте': teu,
  megawatts: MW, megawatt: MW,
  mw: MW, 兆瓦: MW, мвт: MW,
  gigawatts: GW, gigawatt: GW, gw: GW, 吉瓦: GW,
  гвт: GW, мегаватт: MW, гигаватт: GW, kilowatts: kW, kilowatt: kW, kw: kW,
  千瓦: kW, квт: kW, kwh: kWh,
  mwh: MWh, gwh: GWh,
  twh: TWh,
  'kilowatt-hours': kWh, 'kilowatt-hour': kWh,
  'kilowatt hours': kWh, 'kilowatt hour': kWh,
  'megawatt-hours': MWh, 'megawatt hours': MWh,
  'gigawatt-hours': GWh, 'gigawatt hours': GWh,
  'terawatt-hours': TWh, 'terawatt hours': TWh, 千瓦时: kWh,
  千瓦時: kWh, ...russianWattHours(), 'km/h': kmh, 'км/ч': kmh, '公里/小时': kmh, '公里/小時': kmh,
  'kilometres per hour': kmh, 'kilometers per hour': kmh, 'kilometres an hour': kmh, 'kilometers an hour': kmh,
  'km per hour': kmh, 'kph': kmh, 'километров в час': kmh, 'километра в час': kmh, 'километр в час': kmh,
  公里每小时: kmh, 公里每小時: kmh, 千米每小时: kmh, '千米/小时': kmh, millimetres: mm, millimeters: mm, millimetre: mm,
  millimeter: mm, mm, 毫米: mm, миллиметров: mm, миллиметра: mm, мм: mm, centimetres: cm, centimeters: cm, cm,
  厘米: cm, сантиметров: cm, сантиметра: cm, см: cm,
  litres: litre, liters: litre, litre, liter: litre, литров: litre, литра: litre, литр: litre, л: litre,
  公升: litre, 升: litre, millilitres: ml, milliliters: ml, ml, мл: ml, 毫升: ml, gallons: gallon, gallon,
  галлонов: gallon, галлона: gallon, галлон: gallon, 加仑: gallon, 加侖: gallon, tcm, 'thousand cubic metres': tcm,
  'thousand cubic meters': tcm, 'тыс. кубометров': tcm, 'тыс. куб. м': tcm, 'тысячу кубометров': tcm,
  'тыс. кубических метров': tcm, 千立方米: tcm, 'барр.': barrel, барр: barrel, bbl: barrel, mt: millionTonnes,
  mmt: millionTonnes, центнеров: centner, центнера: centner, центнер: centner, centners: centner,
  quintals: centner, 公担: centner, 公擔: centner, 'ц/га': centnersPerHa, 'центнеров с гектара': centnersPerHa,
  'центнера с гектара': centnersPerHa, 'центнеров с га': centnersPerHa, 'ц с га': centnersPerHa,
  'centners per hectare': centnersPerHa, 'quintals per hectare': centnersPerHa, 'т/га': tonnesPerHa,
  't/ha': tonnesPerHa, 'tonnes per hectare': tonnesPerHa, 'tons per hectare': tonnesPerHa,
  'тонн с гектара': tonnesPerHa, mu: measure('mu'), 'b/d': barrelsPerDay, bpd: barrelsPerDay,
  'barrels per day': barrelsPerDay, 'barrels a day': barrelsPerDay, 'barrels/day': barrelsPerDay,
  'bbl/d': barrelsPerDay, 'баррелей в сутки': barrelsPerDay, 'барр./сут.': barrelsPerDay,
  'барр. в сутки': barrelsPerDay, '桶/日': barrelsPerDay, '桶/天': barrelsPerDay, lb: pound, lbs: pound,
  'troy ounces': troyOunce, 'troy ounce': troyOunce, 'troy oz': troyOunce, 'oz t': troyOunce, ozt: troyOunce,
  ounces: troyOunce, ounce: troyOunce, oz: troyOunce, 'тройских унций': troyOunce, 'тройской унции': troyOunce,
  'тройскую унцию': troyOunce, 'тройская унция': troyOunce, 'тройские унции': troyOunce, унций: troyOunce,
  унции: troyOunce, унцию: troyOunce, унция: troyOunce, 金衡盎司: troyOunce, 盎司: troyOunce,
};

/**
 * Units read only as what a price is for: "$75 per pound", "75 долларов за фунт", "每磅75美元". Alone, "5 million
 * pounds" may be money as well as weight.
 */
const UNITS_OF_ONE: Record<string, UnitSpec> = { pound: pound, фунт: pound, 磅: pound };

const MULTIPLES: Record<string, UnitSpec> = {
  倍: { unit: 'times', kind: 'multiple', factor: 1 },
  '-fold': { unit: 'times', kind: 'multiple', factor: 1 },
  fold: { unit: 'times', kind: 'multiple', factor: 1 },
};

/** "m" is a million before most words, but metres before a word of size: "3,752 m above sea level", "120 m high". */
const METRE_M_GUARD =
  '(?![A-Za-z²³])(?![ \\u00a0]?(?!(?:above|below|high|tall|long|deep|wide|thick|asl)(?![A-Za-z]))[A-Za-z])';
/** "т." ends a sentence ("12 млн т."), but "т. е.", "т.д." are abbreviations of words. */
const RU_TONNE_GUARD = '(?![А-Яа-яЁё])(?!\\.[ \\u00a0]?[А-Яа-яЁё]\\.)';
const PERCENT_TABLE = new WordTable(PERCENTS, {
  guards: { 'п.п.': '', 'p.p.': '', 'б.п.': '', pc: '(?![A-Za-z])(?!\\.[A-Za-z])' },
});
const MEASURE_TABLE = new WordTable(MEASURES, {
  guards: {
    m: METRE_M_GUARD,
    // "6M25" is a half-year, not six square metres.
    m2: '(?![0-9A-Za-z])',
    м2: '(?![0-9А-Яа-яЁё])',
    м: '(?![А-Яа-яЁё.²³])',
    т: RU_TONNE_GUARD,
    t: "(?![A-Za-z'’])",
    米: '(?![饭飯粒面麵])',
    // "升至", "升到", "升幅": 升 after a number is a litre only where it does not go on as the verb "rise".
    升: '(?![至到为為高幅级級值温溫势勢])',
    // "2,5 млн л." ends a sentence; "150 л. с." is horsepower.
    л: RU_TONNE_GUARD,
    立方: '(?!米)',
  },
});
const MULTIPLE_TABLE = new WordTable(MULTIPLES);
const ONE_TABLE = new WordTable(UNITS_OF_ONE, {
  guards: { pound: '(?![A-Za-z])(?![ \\u00a0]+sterling)', фунт: '(?![А-Яа-яЁё])(?![ \\u00a0]+стерлинг)' },
});

export function readPercentUnit(text: string, start: number): { end: number; spec: UnitSpec } | null {
  const found = PERCENT_TABLE.match(text, start);
  return found ? { end: found.end, spec: found.value } : null;
}

/** "9M 2026", "5M-strong": a capital M after a number is months or millions, never metres. */
const CAPITAL_M = 'M';

/**
 * The measure written at `start`. `ofOne` when no million can be meant: after a scale ("1.2 million mt") or in
 * the unit a price is for ("$250/mt"), mt is a metric tonne; so is "MT" in capitals anywhere. In the unit a price
 * is for, a pound is also a weight (`UNITS_OF_ONE`).
 */
export function readMeasureUnit(
  text: string,
  start: number,
  ofOne = false,
): { end: number; spec: UnitSpec } | null {
  const found = MEASURE_TABLE.match(text, start) ?? (ofOne ? ONE_TABLE.match(text, start) : null);
  if (!found || found.word === CAPITAL_M) return null;
  const isMetricTonne = found.value === millionTonnes && (ofOne || found.word === 'MT');
  return { end: found.end, spec: isMetricTonne ? tonne : found.value };
}

export function readMultipleUnit(text: string, start: number): { end: number; spec: UnitSpec } | null {
  const found = MULTIPLE_TABLE.match(text, start);
  return found ? { end: found.end, spec: found.value } : null;
}
