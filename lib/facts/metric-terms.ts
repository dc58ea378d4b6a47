import { compileCueTable, WORD_START } from './find-cues';
import type { Metric } from './types';

const W = WORD_START;

/**
 * Words that name what is measured, in English, Chinese (both scripts) and Russian. Overlaps resolve to the
 * earlier, then longer, match: 进出口 before 出口, "export" never inside "import".
 */
export const METRIC_CUES = compileCueTable<Metric>([
  [
    'trade_volume',
    `${W}(?:two-way trade|trade(?! (?:fair|zone|route|platform|organi[sz]ation))|turnover|trading volume)`,
  ],
  ['trade_volume', '进出口|進出口|贸易|貿易|经贸|經貿'],
  // "trade surplus" overlaps "trade" from the same place and, longer, wins; "budget deficit" is no trade cue.
  [
    'trade_balance',
    `${W}(?:trade (?:surplus|deficit|balance|gap)|(?<!(?:budget|fiscal|account|government|energy|power|water|labou?r)[\\s-])(?:surplus|deficit)(?! (?:of|in) (?:power|electricity|energy|water|grain|labou?r|workers))|сальдо(?! бюджет)|(?:профицит|дефицит)\\p{L}* (?:внешне)?торгов|торгов\\p{L}* (?:профицит|дефицит|баланс))|顺差|順差|逆差|贸易差额|貿易差額`,
  ],
  ['trade_volume', `${W}(?:товарооборот|торгов|взаимн\\p{L}* торговл)`],
  [
    'exports',
    `${W}(?:exports?|exported|exporting|sales to|shipments to)|出口|输华|輸華|${W}(?:экспорт|вывоз)`,
  ],
  ['imports', `${W}(?:imports?|imported|importing)|进口|進口|${W}(?:импорт|ввоз)`],
  ['investment', `${W}(?:invest|инвест|вложени|влож(?:ил|ит|ат|ив|енн))|投资|投資`],
  [
    'loans',
    // A policy bank lends: "Export-Import Bank" and 进出口银行 outrun the "export", "import" and 进出口 they start with.
    `${W}(?:loans?|lent|lends|lending|credit|financing|debt|export-import bank|exim\\s?bank|кредит|зай[мё]|долг|эксимбанк|экспортно-импортн\\p{L}* банк)|贷款|貸款|融资|融資|信贷|信貸|债务|債務|进出口银行|進出口銀行`,
  ],
  ['aid', `${W}(?:grants?|aid|assistance|безвозмездн|помощ|грант)|援助|无偿|無償`],
  [
    'train_trips',
    `${W}(?:trains?|train trips|rail services|поезд|состав(?:ов|а)?(?![\\p{L}])|рейс)|班列|列车|列車|开行|開行`,
  ],
  [
    'freight',
    `${W}(?:freight|cargo|containers?|TEU|throughput|груз|контейнер)|货物|貨物|发送|發送|货运|貨運|运量|運量|吞吐|标箱|標箱|集装箱|集裝箱`,
  ],
  [
    'companies',
    `${W}(?:compan|firms?|enterprises?|businesses|компани|предприяти|фирм)|企业|企業|中资|中資|公司`,
  ],
  ['projects', `${W}(?:projects?|проект)|项目|項目`],
  [
    'agreements',
    `${W}(?:agreements?|documents?|deals?|memorand|соглашени|документ|договор|меморандум)|协议|協議|文件|合同|备忘录|備忘錄`,
  ],
  ['visitors', `${W}(?:visitors?|tourists?|турист|посетител)|游客|遊客|旅客|人次`],
  // A figure is a price or a rate by its `per`, never by these words; they say what a change is of ("export
  // prices rose 12%") and what a reader's search asks for. "Курс на" before a word is a course ("курс на
  // сотрудничество"); before a date it is still a rate ("курс на 1 марта").
  [
    'exchange_rate',
    `${W}(?:exchange rates?|курс(?:а|ом|у|ы|ов|ах|ами)?(?![\\p{L}])(?![ \\u00a0]+на[ \\u00a0]+[^\\d\\s]))|汇率|匯率`,
  ],
  ['price', `${W}(?:prices?|цен(?:а|ы|у|е|ой|ам|ами|ах)?(?![\\p{L}]))|价格|價格|单价|單價`],
  [
    'gas_volume',
    `${W}(?:(?:natural )?gas|газ(?:а|у|ом)?(?![\\p{L}]))|天然气|天然氣|输气|輸氣|供气|供氣|管道气|管道氣`,
  ],
  ['capacity', `${W}(?:capacity|designed to carry|мощност|пропускн)|能力|产能|產能|装机|裝機`],
  [
    'production',
    `${W}(?:harvest|output|production|produced|урожа|производ|добыч)|产量|產量|年产|年產|生产|生產`,
  ],
  [
    'distance',
    `${W}(?:long|length|kilometres of|border|протяж[её]нн|длин|границ)|全长|全長|里程|边界|邊界|境外段`,
  ],
  [
    'share',
    `${W}(?:share|proportion|account(?:ed|ing|s)? for|mak(?:e|es|ing) up|made up|дол(?:я|и|ю|ей)(?![\\p{L}])|удельн)|占比|佔比|比重|份额|份額|占|佔`,
  ],
]);

/**
 * Words that make a percent or multiple a change: "up", 增长, "вырос на", and words of falling: "shrank", 降幅, "спад";
 * Hong Kong and Taiwan write 按年 for 同比 and 升, 跌 for rise and fall ("按年跌3.2%").
 */
export const CHANGE_CUE =
  /(?<![\p{L}])(?:up|rose|rise|risen|rising|grew|grown|growth|increas\p{L}*|jump\p{L}*|surg\p{L}*|climb\p{L}*|gain\p{L}*|higher|expand\p{L}*|down|fell|fall\p{L}*|drop\p{L}*|declin\p{L}*|decreas\p{L}*|lower|contract(?:ed|ing|ion)|shr[iau]nk\p{L}*|slid|slump\p{L}*|lost|dipped|-fold|вырос\p{L}*|рост\p{L}*|прирост\p{L}*|увелич\p{L}*|больше|выше|сниз\p{L}*|сниж\p{L}*|сократ\p{L}*|сокращ\p{L}*|упал\p{L}*|уменьш\p{L}*|падени\p{L}*|спад\p{L}*|минус|меньше|ниже)|增长|增長|增幅|增速|增|上升|提高|下降|降幅|降低|下跌|萎缩|萎縮|减少|減少|下滑|回落|比上年少|比去年少|减|減|降|同比|环比|環比|按年|按季|按月|跌|升幅|攀升|回升|翻番|-fold/iu;

/**
 * Words right before an amount that make it a change of what the sentence names, not its level: "increased by
 * $2.4 billion", "rose $2.4 billion", "an increase of", "вырос на 2,4 млрд", "увеличился почти на", 增加24亿美元.
 */
export const CHANGE_BY_BEFORE =
  /(?:(?<![\p{L}])(?:(?:increased|increases?|rose|risen|rises?|grew|grown|grows|climbed|jumped|gained|expanded|fell|fallen|falls|dropped|declined|decreased|shrank|shrunk|slid|slumped|(?:was|were) (?:up|down)|up|down)(?:\s+\p{L}+)?\s+by|(?:an?\s+)?(?:increase|rise|growth|gain|jump|drop|decline|fall|decrease)\s+of|rose|fell|grew|jumped|climbed|dropped|declined|increased|decreased)|(?<![\p{L}])(?:вырос|увелич|сократ|сниз|уменьш|упал|упад|прибав|нарасти|прирост|рост|снижени|сокращени|падени)\p{L}*(?:\s+\p{L}+){0,2}?\s+на|增加|增长|增長|减少|減少|下降|提高|扩大|擴大|缩小|縮小|上升|下滑|回落)了?\s*$/iu;

/**
 * An amount that is the difference between two figures, not a level: "$2.4 billion less than the customs
 * figure", "exceeded imports by $5 billion", "на 2,4 млрд меньше", 比中方数据少24亿美元, "a gap of $17 billion",
 * "расхождение в 17 млрд долларов".
 */
export const DIFFERENCE_BEFORE =
  /(?:(?<![\p{L}])(?:exceed|surpass|outpac|outstripp?)\p{L}*(?:\s+\S+){0,5}\s+by|(?<![\p{L}])превы\p{L}*(?:\s+\S+){0,5}\s+на|(?<![\p{L}])(?:gap|discrepancy|difference)\s+of(?:\s+(?:more than|over|about|some|nearly|almost))?|(?<![\p{L}])(?:разниц|расхождени)\p{L}*\s+(?:в|на)(?:\s+(?:более|свыше|около|почти))?)\s*$/iu;
/** "$2.4 billion less than …": an English comparison after the amount. */
export const THAN_AFTER = /^\s*(?:more|less|fewer|higher|lower)\s+than(?![\p{L}])/iu;
/** "на 2,4 млрд меньше": a Russian comparative after an amount that "на" introduces (or that the figure ends with). */
export const RUSSIAN_BY_BEFORE = /(?<![\p{L}])на\s*$/iu;
export const RUSSIAN_COMPARATIVE = /(?:^\s*|\s)(?:больше|меньше|выше|ниже)(?![\p{L}])/iu;
/** 比…多/少 before an amount: a change when the comparison is with an earlier time, else a difference. */
export const CHINESE_COMPARISON_BEFORE = /比([^，,。；;]{1,20}?)[多少高低]出?了?\s*$/u;
export const EARLIER_TIME = /上年|去年|同期|上一年|前一年|\d{4}年/u;

/** What a length measures when it is not a distance: height, diameter, gauge. */
export const NOT_DISTANCE_CUE =
  /altitude|above sea level|diameter|gauge|высот|диаметр|коле[яиюей]|海拔|管径|管徑|口径|口徑|轨距|軌距|毫米/iu;

/** Counted nouns (as the figure engine reports them) and what they count. */
export const COUNT_NOUNS: readonly (readonly [Metric, RegExp])[] = [
  ['train_trips', /^(?:trains?|train trips|列|趟|поезд|состав|рейс)/iu],
  ['companies', /^(?:compan|firms?|enterprises?|businesses|家|компани|предприяти|фирм)/iu],
  ['projects', /^(?:projects?|项目|項目|проект)/iu],
  ['agreements', /^(?:agreements?|documents?|deals?|memorand|份|соглашени|документ|договор|меморандум)/iu],
  ['visitors', /^(?:visitors?|tourists?|人次|游客|遊客|турист|посетител)/iu],
];

/**
 * What a length of time measures (a figure in minutes, hours, days, weeks, months or years): the nearest of these
 * words in the sentence, as for other metrics (`pickNearestCue`).
 */
export const DURATION_CUES = compileCueTable<Metric>([
  [
    'clearance_time',
    `${W}(?:(?:customs )?clearance|border crossing|crossing the border|inspection|таможенн\\p{L}*|растамож\\p{L}*|оформлени\\p{L}*|прохождени\\p{L}* границ)|通关|通關|清关|清關|查验|查驗|验放|驗放|放行|过境时间|過境時間`,
  ],
  [
    'transit_time',
    `${W}(?:transit|journey|travel(?:s|led|ling)?|trip|voyage|flights?|drive|delivery|deliver(?:ed|s)?|en route|on the way|shipping time|в пути|путь|пути|достав\\p{L}*|транзит\\p{L}*|рейс\\p{L}*)|运行时间|運行時間|运输时间|運輸時間|运输时长|運輸時長|在途|时效|時效|全程|抵达|抵達|运抵|運抵|运到|運到|送达|送達`,
  ],
  [
    'construction_time',
    `${W}(?:construction|constructed|built|build(?:ing)?|строительств\\p{L}*|построен\\p{L}*|возвед\\p{L}*)|工期|建设|建設|建成|施工|修建`,
  ],
  [
    'term',
    `${W}(?:(?:terms?|tenor|maturity|lease[ds]?|leasing|concessions?|contracts?|agreements?|deals?|loans?|credits?|visa-free|stays?|valid(?:ity)?|licen[cs]es?|payback|pays?\\s+(?:for\\s+)?itself|tax\\s+(?:holidays?|breaks?)|exempt(?:ed|ion)?)(?![\\p{L}])|срок\\p{L}*|окуп\\p{L}*|льгот\\p{L}*|освобожд\\p{L}*|каникул\\p{L}*|контракт\\p{L}*|договор\\p{L}*|соглашени\\p{L}*|аренд\\p{L}*|концесси\\p{L}*|кредит\\p{L}*|займ(?:а|ы|ов|ом|у|ам|ами)?(?![\\p{L}])|заём|безвиз\\p{L}*|пребывани\\p{L}*)|期限|为期|為期|租期|年期|合同|合約|合约|协议|協議|贷款|貸款|特许|特許|免签|免簽|停留|有效期`,
  ],
]);

/**
 * A length of time that is what a duration was cut by, not the duration: "shortened by 3 days", 缩短了3天, "на 2
 * дня быстрее". Its card names no metric: a cut of 3 days read as a transit time of 3 days would be false.
 */
export const DURATION_CHANGE_BEFORE =
  /(?:(?<![\p{L}])(?:shortened|shorten|cut|reduced|saved|saving|trimmed)\s+(?:\p{L}+\s+){0,5}?by\s+(?:another\s+|a\s+further\s+)?|缩短了?|縮短了?|减少了?|減少了?|节省了?|節省了?|节约了?|節約了?|压缩了|壓縮了|提前了?|(?<![\p{L}])(?:сократ|сокращ|уменьш|сэконом)\p{L}*(?:\s+\p{L}+)?\s+на\s+)$/iu;
export const DURATION_CHANGE_AFTER =
  /^\s*(?:faster|shorter|sooner|earlier|less|быстрее|меньше|короче)(?![\p{L}])/iu;

/**
 * "50% more than in 2023", "12% fewer than a year earlier": a percent compared with an earlier figure by "more" or
 * "less" right after it is a change ("more than 50%", before it, is a bound).
 */
export const COMPARED_AFTER = /^\s*(more|greater|less|fewer)\s+than(?![\p{L}])/iu;
