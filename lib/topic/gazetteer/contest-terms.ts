import type { Lexeme } from '../types';

/**
 * Words of a sporting contest: a Games, a team sport, a match, a medal. A sentence that names China, a Central
 * Asian country and one of these reports a game between national teams ("中国女排3:0横扫哈萨克斯坦"), not
 * relations between the states. Each form is specific to sport; words like "beat" or "match" are left out
 * because business news uses them too.
 */
export const CONTEST_TERMS: readonly Lexeme[] = [
  {
    id: 'contest',
    label: 'a sporting contest',
    forms: [
      'Asian Games',
      'Olympics?',
      'Olympic Games',
      'World Cup',
      'qualifiers?',
      'volleyball',
      'football',
      'soccer',
      'basketball',
      'national team',
      '(?:gold|silver|bronze) medals?',
      '亚运',
      '亞運',
      '奥运',
      '奧運',
      '[女男]排',
      '排球',
      '足球',
      '[国國]足',
      '[篮籃]球',
      '比[赛賽]',
      '[对對]阵',
      '[对對]陣',
      '小[组組][赛賽]',
      '半?[决決][赛賽]',
      '[金银銀][牌]',
      '[奖獎]牌',
      '[夺奪]冠',
      '晋[级級]',
      '晉[级級]',
      '[横橫][扫掃]',
      String.raw`Азиатск[а-яё]*\s+игр[а-яё]*`,
      'олимпи[а-яё]*',
      'сборн[а-яё]*',
      'матч[а-яё]*',
      'чемпионат[а-яё]*',
      'турнир[а-яё]*',
      'футбол[а-яё]*',
      'волейбол[а-яё]*',
      'баскетбол[а-яё]*',
      'медал[а-яё]*',
    ],
  },
];
