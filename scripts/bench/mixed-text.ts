// A long mixed Chinese / English / Russian news text for throughput benches, generated from templates the
// team wrote (no page text is copied). Figures, dates, citation markers and plain prose are interleaved.

const EN = [
  'In {year}, trade between China and Central Asia reached {usd} billion, up {p1}% year on year [{c}].',
  'More than {n1} freight trains ran on the corridor, carrying {n2},{n3} TEU over {n4} km of track.',
  'The ministers met on May {day}, {year} at 10:30 and signed {n1} agreements worth about USD {d1} billion.',
  'Officials said the project would take {n4} years and employ some {n2} workers, the G20 statement noted.',
  'The leaders of the five Central Asian countries discussed energy, transport and the digital economy at length.',
  'Exports of wheat grew {p1} percent to {n2} thousand tonnes, while gas supplies rose {d2}-fold since {year}.',
];
const ZH = [
  '{year}年，中国与中亚五国贸易额达{d1}亿美元，同比增长{p1}%，创历史新高。',
  '今年1-{m}月，中欧班列开行{n1}列，运送货物{n2}万标箱，较去年同期增长{p1}.{m}%。',
  '双方签署了{n1}份合作文件，涉及{n4}个领域，总投资约{d2}亿元人民币（约合{d3}亿美元）。',
  '第{m}届论坛于{m}月{day}日在西安举行，来自{n1}多个国家的{n2}多名代表出席。',
  '中吉乌铁路全长约{n3}公里，建成后年货运量可达{n4}00万吨，是地区互联互通的重要项目。',
  '专家认为，绿色产业、数字经济和人工智能正在成为双方合作新的增长点，前景广阔。',
];
const RU = [
  'В {year} году товарооборот вырос на {p1},{m}% и составил {d1},{m} млрд долларов.',
  'За {m} месяцев по дороге перевезено {n2} тыс. тонн грузов, что почти в {m} раза больше.',
  'В проекте участвуют более {n1} компаний; инвестиции превысят {n3} млрд тенге, сообщил министр {day} мая.',
  'Протяженность трассы составит {n3} км, а стоимость — порядка {usd},{m} млрд.',
  'Стороны обсудили сотрудничество в энергетике, транспорте и цифровой экономике.',
];

function fill(template: string, seed: number): string {
  const pick = (range: number, offset = 1) => String(((seed * 7919 + range * 104729) % range) + offset);
  return template
    .replace(/\{year\}/g, String(2015 + (seed % 11)))
    .replace(/\{day\}/g, pick(28))
    .replace(/\{m\}/g, pick(9))
    .replace(/\{c\}/g, pick(9))
    .replace(/\{p1\}/g, pick(60))
    .replace(/\{usd\}/g, () => `$${pick(900, 10)}`)
    .replace(/\{d1\}/g, pick(900, 10))
    .replace(/\{d2\}/g, pick(90, 2))
    .replace(/\{d3\}/g, pick(400, 5))
    .replace(/\{n1\}/g, pick(80, 2))
    .replace(/\{n2\}/g, pick(9000, 100))
    .replace(/\{n3\}/g, pick(999, 100))
    .replace(/\{n4\}/g, pick(40, 2));
}

/** Paragraphs of generated news text, about `targetBytes` of UTF-8 in all. */
export function generateMixedParagraphs(targetBytes: number): string[] {
  const paragraphs: string[] = [];
  const groups = [EN, ZH, RU];
  let bytes = 0;
  for (let seed = 1; bytes < targetBytes; seed++) {
    const group = groups[seed % groups.length] ?? EN;
    const sentences: string[] = [];
    for (let k = 0; k < 4; k++) sentences.push(fill(group[(seed + k) % group.length] ?? '', seed * 13 + k));
    const paragraph = sentences.join(group === ZH ? '' : ' ');
    paragraphs.push(paragraph);
    bytes += Buffer.byteLength(paragraph) + 1;
  }
  return paragraphs;
}
