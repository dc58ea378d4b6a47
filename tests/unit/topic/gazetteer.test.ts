import { describe, expect, test } from 'vitest';
import { topicMatcher } from '../../../lib/topic/collect-sentences';
import { OTHER_SUBJECTS, TOPIC_TERMS } from '../../../lib/topic/gazetteer';

function findIds(text: string): string[] {
  return topicMatcher.findAll(text).map((match) => match.entry.id);
}

describe('gazetteer forms', () => {
  const entries = [...TOPIC_TERMS, ...OTHER_SUBJECTS];
  const forms = entries.flatMap((entry) =>
    [...entry.forms, ...(entry.capitalizedForms ?? []), ...(entry.exactForms ?? [])].map(
      (form) => [entry.id, form] as const,
    ),
  );

  test.each(forms)('%s: %s compiles without capturing groups and never matches empty text', (_id, form) => {
    const groups = new RegExp(`${form}|`).exec('');
    expect(groups).toHaveLength(1);
    expect(new RegExp(`^(?:${form})$`, 'i').test('')).toBe(false);
  });

  test('ids are unique', () => {
    const ids = TOPIC_TERMS.map((term) => term.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('surface forms in four scripts', () => {
  const cases: [string, string][] = [
    // English
    ['China signed', 'china'],
    ['Chinese investors', 'china'],
    ['the PRC government', 'china'],
    ['in Beijing on Monday', 'beijing'],
    ['Xi Jinping said', 'xi-jinping'],
    ["President Xi's visit", 'xi-jinping'],
    ["the secretariat in Xi'an", 'xian'],
    ['Xinjiang exports', 'xinjiang'],
    ['flights from Urumqi', 'urumqi'],
    ['Kazakhstan exports', 'kazakhstan'],
    ['Kazakh wheat', 'kazakhstan'],
    ['Kazakhstani officials', 'kazakhstan'],
    ['Kyrgyz President', 'kyrgyzstan'],
    ['Tajikistan borders', 'tajikistan'],
    ['Turkmen gas', 'turkmenistan'],
    ['Uzbekistan and', 'uzbekistan'],
    ['Central Asian states', 'central-asia'],
    ['a C5+1 meeting', 'central-asia'],
    ['in Astana', 'astana'],
    ['Almaty airport', 'almaty'],
    ['Bishkek', 'bishkek'],
    ['the city of Osh', 'osh'],
    ['Dushanbe', 'dushanbe'],
    ['Ashgabat', 'ashgabat'],
    ['Tashkent', 'tashkent'],
    ['Samarkand', 'samarkand'],
    ['Tokayev said', 'tokayev'],
    ['Sadyr Japarov', 'japarov'],
    ['Emomali Rahmon', 'rahmon'],
    ['Serdar Berdimuhamedov', 'berdimuhamedov'],
    ['Shavkat Mirziyoyev', 'mirziyoyev'],
    ['the Khorgos Gateway', 'khorgos'],
    ['Horgos', 'khorgos'],
    ['via Alashankou', 'alashankou'],
    ['the Altynkol station', 'altynkol'],
    ['the China-Kyrgyzstan-Uzbekistan railway', 'cku-railway'],
    ['the Central Asia-China gas pipeline', 'ca-china-pipeline'],
    ['the China–Central Asia Summit', 'china-central-asia'],
    ['the C+C5 format', 'c-plus-c5'],
    ['Sino-Kazakh ties', 'china-kazakhstan'],
    ['Kazakhstan-China border', 'china-kazakhstan'],
    // Simplified Chinese
    ['中国同', 'china'],
    ['中方愿', 'china'],
    ['我国对', 'china'],
    ['习近平指出', 'xi-jinping'],
    ['新疆', 'xinjiang'],
    ['陕西西安', 'xian'],
    ['哈萨克斯坦总统', 'kazakhstan'],
    ['吉尔吉斯斯坦', 'kyrgyzstan'],
    ['塔吉克斯坦', 'tajikistan'],
    ['土库曼斯坦', 'turkmenistan'],
    ['乌兹别克斯坦', 'uzbekistan'],
    ['中亚国家', 'central-asia'],
    ['阿斯塔纳', 'astana'],
    ['阿拉木图', 'almaty'],
    ['比什凯克', 'bishkek'],
    ['杜尚别', 'dushanbe'],
    ['阿什哈巴德', 'ashgabat'],
    ['塔什干', 'tashkent'],
    ['撒马尔罕', 'samarkand'],
    ['托卡耶夫', 'tokayev'],
    ['扎帕罗夫', 'japarov'],
    ['拉赫蒙', 'rahmon'],
    ['别尔德穆哈梅多夫', 'berdimuhamedov'],
    ['米尔济约耶夫', 'mirziyoyev'],
    ['霍尔果斯口岸', 'khorgos'],
    ['阿腾科里站', 'altynkol'],
    ['阿拉山口', 'alashankou'],
    ['中吉乌铁路', 'cku-railway'],
    ['中国—中亚天然气管道', 'ca-china-pipeline'],
    ['中国—中亚峰会', 'china-central-asia'],
    ['中国-中亚机制', 'china-central-asia'],
    ['中哈关系', 'china-kazakhstan'],
    ['中塔公路', 'china-tajikistan'],
    // A headline's verb after the abbreviated pair: the two states act together.
    ['中吉签署光伏协议', 'china-kyrgyzstan'],
    ['中哈签约', 'china-kazakhstan'],
    ['中塔达成共识', 'china-tajikistan'],
    // 双边 (bilateral) after the pair, as customs and ministries write trade: 中吉双边贸易额.
    ['中吉双边贸易额', 'china-kyrgyzstan'],
    ['中塔雙邊貿易', 'china-tajikistan'],
    // 中土 and 中乌 match as pairs; the page decides whether they are Turkmenistan and Uzbekistan (pair-context.ts).
    ['中土天然气合作', 'china-turkmenistan'],
    ['中乌贸易额', 'china-uzbekistan'],
    ['中烏關係', 'china-uzbekistan'],
    // Traditional Chinese
    ['中國與', 'china'],
    ['習近平', 'xi-jinping'],
    ['哈薩克總統', 'kazakhstan'],
    ['吉爾吉斯', 'kyrgyzstan'],
    ['土庫曼', 'turkmenistan'],
    ['烏茲別克', 'uzbekistan'],
    ['中亞五國', 'central-asia'],
    ['阿斯塔納', 'astana'],
    ['比什凱克', 'bishkek'],
    ['霍爾果斯', 'khorgos'],
    ['中國—中亞峰會', 'china-central-asia'],
    ['中吉烏鐵路', 'cku-railway'],
    // Russian
    ['Китай и', 'china'],
    ['из Китая', 'china'],
    ['с Китаем', 'china'],
    ['китайские компании', 'china'],
    ['председатель КНР', 'china'],
    ['в Пекине', 'beijing'],
    ['Си Цзиньпином', 'xi-jinping'],
    ['Синьцзяна', 'xinjiang'],
    ['Казахстан', 'kazakhstan'],
    ['Казахстана', 'kazakhstan'],
    ['в Казахстане', 'kazakhstan'],
    ['казахстанский', 'kazakhstan'],
    ['Кыргызстан', 'kyrgyzstan'],
    ['Киргизии', 'kyrgyzstan'],
    ['Таджикистан', 'tajikistan'],
    ['Туркмении', 'turkmenistan'],
    ['узбекский', 'uzbekistan'],
    ['Центральная Азия', 'central-asia'],
    ['Центральной Азии', 'central-asia'],
    ['центральноазиатских', 'central-asia'],
    ['в Астане', 'astana'],
    ['Алматы', 'almaty'],
    ['в Бишкеке', 'bishkek'],
    ['в Оше', 'osh'],
    ['Душанбе', 'dushanbe'],
    ['Ашхабада', 'ashgabat'],
    ['в Ташкенте', 'tashkent'],
    ['Самарканда', 'samarkand'],
    ['Токаевым', 'tokayev'],
    ['Жапаров', 'japarov'],
    ['Рахмон', 'rahmon'],
    ['Бердымухамедов', 'berdimuhamedov'],
    ['Мирзиёев', 'mirziyoyev'],
    ['через Хоргос', 'khorgos'],
    ['Алашанькоу', 'alashankou'],
    ['на станции Алтынколь', 'altynkol'],
    ['через Алтынколе', 'altynkol'],
    ['Китай – Киргизия – Узбекистан', 'cku-railway'],
    ['газопровод «Центральная Азия – Китай»', 'ca-china-pipeline'],
    ['саммит «Центральная Азия – Китай»', 'china-central-asia'],
    ['китайско-казахстанский', 'china-kazakhstan'],
  ];

  test.each(cases)('%s → %s', (text, id) => {
    expect(findIds(text)).toContain(id);
  });
});

describe('look-alike substrings', () => {
  const cases: [string, string][] = [
    ['Indochina', 'china'],
    ['Chinatown', 'china'],
    ['a set of fine china', 'china'],
    ['the South China Morning Post reported', 'china'],
    ['the casino opened', 'china'],
    ['Sinopec', 'china'],
    ["the Xi'an declaration", 'xi-jinping'],
    ['Louis XI', 'xi-jinping'],
    ['OSH regulations', 'osh'],
    ['Oshkosh', 'osh'],
    ['KOGAS', 'khorgos'],
    ['South and Central Asian Affairs', 'central-asia'],
    ['Ili Kazakh Autonomous Prefecture', 'kazakhstan'],
    ['Или-Казахский автономный округ', 'kazakhstan'],
    ['Китай-город', 'china'],
    ['其中亚洲市场', 'central-asia'],
    ['其中亚太地区', 'central-asia'],
    ['中亚股份涨停', 'central-asia'],
    ['比赛中亚军', 'central-asia'],
    ['东南亚国家', 'central-asia'],
    ['发展中国家', 'china'],
    ['其中国有企业', 'china'],
    ['华中国际', 'china'],
    ['伊犁哈萨克自治州', 'kazakhstan'],
    ['哈萨克族牧民', 'kazakhstan'],
    ['塔什库尔干塔吉克自治县', 'tajikistan'],
    ['陕西安康', 'xian'],
    ['江西安福', 'xian'],
    ['北京时间13时', 'beijing'],
    ['Beijing time', 'beijing'],
    ['其中哈尔滨', 'china-kazakhstan'],
    ['中哈', 'china-kazakhstan'],
    ['其中吉签署的协议', 'china-kyrgyzstan'],
    ['代表团在华盛顿会谈', 'china'],
    ['对华尔街的影响', 'china'],
    ['在华为的培训中心', 'china'],
    ['面向华人华侨', 'china'],
    ['美国驻华大使', 'china'],
    ['未来华夏文明', 'china'],
    ['其中企业数量', 'china'],
    ['在此过程中企业受益', 'china'],
    ['集中资源发展水电', 'china'],
    ['其中资金来源', 'china'],
    ['美对华加征关税', 'china'],
    ['欧盟对华反倾销调查', 'china'],
    ['金字塔方形的展馆', 'tajikistan'],
    ['中土世界的地图', 'china-turkmenistan'],
    ['其中乌鲁木齐贸易额', 'china-uzbekistan'],
    ['沿灯塔方向航行', 'tajikistan'],
  ];

  test.each(cases)('%s is not %s', (text, id) => {
    expect(findIds(text)).not.toContain(id);
  });

  test.each([
    ['中国家庭', 'china'],
    ['尤其中国', 'china'],
    ['尤其中亚', 'central-asia'],
    ['中亚太阳能', 'central-asia'],
    ['中亚军事合作', 'central-asia'],
    ['哈萨克斯坦对华出口', 'china'],
    ['自華進口汽車', 'china'],
    ['总统应邀访华', 'china'],
    ['留学生来华学习', 'china'],
    ['输华天然气', 'china'],
    ['中资企业', 'china'],
    ['中資銀行', 'china'],
    ['中企承建', 'china'],
    ['哈方增加对华出口', 'china'],
    ['吉國總統扎帕羅夫', 'kyrgyzstan'],
    ['比斯凱克', 'bishkek'],
    ['杜尚貝', 'dushanbe'],
    ['阿斯塔那', 'astana'],
    ['努爾蘇丹', 'astana'],
    ['阿什喀巴德', 'ashgabat'],
    ['賈帕羅夫總統', 'japarov'],
    ['米爾季約耶夫', 'mirziyoyev'],
    ['塔方表示愿扩大合作', 'tajikistan'],
    ['ChinaKyrgyzstanUzbekistan', 'kyrgyzstan'],
  ])('%s is still %s', (text, id) => {
    expect(findIds(text)).toContain(id);
  });
});
