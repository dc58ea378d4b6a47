import type { Term, TermKind } from '../types';

/** A Central Asian city or leader: English, Chinese (both scripts) and Russian forms. */
function defineEntry(
  id: string,
  label: string,
  kind: TermKind,
  forms: string[],
  exactForms?: string[],
): Term {
  return { id, label, side: 'central_asia', kind, forms, ...(exactForms ? { exactForms } : {}) };
}

/** Russian noun endings for masculine city names: Бишкек, Бишкека, Бишкеке, Бишкеку, Бишкеком. */
const MASC = '(?:а|е|у|ом)?';
/** Russian endings for feminine city names: Астана, Астаны, Астане, Астану, Астаной. */
const FEM = '(?:а|ы|и|е|у|ой)';
/** Russian endings for surnames: Токаев, Токаева, Токаеву, Токаевым, Токаеве. */
const SURNAME = '(?:а|у|ым|е)?';

/** Capitals, major cities and the leaders (current and recent) of the five countries. */
export const CENTRAL_ASIA_PLACE_TERMS: readonly Term[] = [
  defineEntry('astana', 'Astana', 'city', [
    'Astana',
    'Nur-Sultan',
    '阿斯塔[纳納那]',
    // Taiwan writes 阿斯塔那; 努尔苏丹 is the capital's name of 2019–2022.
    '努[尔爾][苏蘇]丹',
    `Астан${FEM}`,
    'Нур-Султан[а-яё]*',
  ]),
  defineEntry('almaty', 'Almaty', 'city', ['Almaty', 'Alma-Ata', '阿拉木[图圖]', 'Алматы', `Алма-Ат${FEM}`]),
  defineEntry('bishkek', 'Bishkek', 'city', ['Bishkek', '比[什斯][凯凱]克', `Бишкек${MASC}`]),
  defineEntry('osh', 'Osh', 'city', ['[奥奧]什(?!科)'], ['Osh', `Ош${MASC}`]),
  defineEntry('dushanbe', 'Dushanbe', 'city', ['Dushanbe', '杜尚[别別贝貝]', 'Душанбе']),
  defineEntry('ashgabat', 'Ashgabat', 'city', [
    'Ashgabat',
    'Ashkhabad',
    'Asgabat',
    '阿什[哈喀]巴德',
    `Ашхабад${MASC}`,
  ]),
  defineEntry('tashkent', 'Tashkent', 'city', ['Tashkent', 'Toshkent', '塔什干', `Ташкент${MASC}`]),
  defineEntry('samarkand', 'Samarkand', 'city', ['Samar[kq]and', '撒[马馬][尔爾]罕', `Самарканд${MASC}`]),
  defineEntry('bukhara', 'Bukhara', 'city', ['Bukhara', '布哈拉', `Бухар${FEM}`]),
  defineEntry('shymkent', 'Shymkent', 'city', ['Shymkent', '奇姆肯特', `Шымкент${MASC}`]),
  defineEntry('karaganda', 'Karaganda', 'city', ['Karagand[ay]', '卡拉干[达達]', `Караганд${FEM}`]),
  defineEntry('aktau', 'Aktau', 'city', ['Aktau', '阿克套', 'Актау']),
  defineEntry('khujand', 'Khujand', 'city', ['Khu(?:d?zh|j)and', '苦[盏盞]', `Худжанд${MASC}`]),
  defineEntry('fergana', 'Fergana', 'city', [
    'Fergh?ana',
    '[费費][尔爾]干[纳納]',
    `Ферган(?:${FEM}|ск[а-яё]*)`,
  ]),
  defineEntry('termez', 'Termez', 'city', ['Termez', '[铁鐵][尔爾]梅[兹茲]', `Термез${MASC}`]),
  defineEntry('tokayev', 'Tokayev', 'leader', ['Tokay?ev', '托卡[耶葉]夫', `Токаев${SURNAME}`]),
  defineEntry('japarov', 'Japarov', 'leader', [
    '(?:Japarov|Zhaparov|Dzhaparov)',
    '[扎札贾賈]帕[罗羅]夫',
    `Жапаров${SURNAME}`,
  ]),
  defineEntry('rahmon', 'Rahmon', 'leader', [
    'Rak?hmon(?:ov)?',
    '拉赫蒙',
    'Рахмон(?:ов(?:а|у|ым|е)?|а|у|ом|е)?',
  ]),
  defineEntry('berdimuhamedov', 'Berdimuhamedov', 'leader', [
    'Berd[iy]muk?hamm?edo[vw]',
    '[别別][尔爾]德穆哈梅多夫',
    `Бердымухамедов${SURNAME}`,
  ]),
  defineEntry('mirziyoyev', 'Mirziyoyev', 'leader', [
    'Mirziyoy?ev',
    '米[尔爾][济濟季][约約]耶夫',
    `Мирзи[её]ев${SURNAME}`,
  ]),
  defineEntry('nazarbayev', 'Nazarbayev', 'leader', [
    'Nazarbay?ev',
    '[纳納]扎[尔爾]巴耶夫',
    `Назарбаев${SURNAME}`,
  ]),
];
