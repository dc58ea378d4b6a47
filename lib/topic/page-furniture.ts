import { measureText } from './collect-sentences';
import { LEAD_MIN_CHARS } from './topic-weights';

/**
 * Page furniture around an article, read from the order of its blocks: related-story lists, read counters,
 * footers. Only lines that do not read as sentences can be furniture: short, and not ending with a full
 * stop. Article paragraphs end with one; headlines, menu items, counters and copyright lines do not.
 */

/** Longer lines are paragraphs even without a full stop (text whose punctuation was lost). */
export const FURNITURE_MAX_CHARS = 2 * LEAD_MIN_CHARS;

/**
 * A full stop at the end of a line, before closing quotes, brackets or citation markers like "[4]", and before a
 * wire story's sign-off: a short bracketed note and a story number ("。（完）", "。（編輯：陳嘉宜）1131128").
 */
const SENTENCE_END =
  /[。．.…；;!！]["'”’」』）)\]]*(?:\s*\[\d+\])*(?:\s*[（(【][^（）()【】\n]{1,20}[）)】])?(?:\s*\d{4,})?\s*$/;

/**
 * A heading that opens a list of other stories: everything listed under it is furniture. Headings are short
 * lines of their own: "相关阅读", "推薦閱讀", "Related stories", "Read more", "Читайте также".
 */
const LIST_HEADING =
  /^[【[]?\s*(?:相[关關](?:阅读|閱讀|新[闻聞]|文章|[链鏈]接|[报報]道|[报報]導|推[荐薦])|推[荐薦](?:[阅閱][读讀]|新[闻聞])|[热熱]点(?:新[闻聞]|推[荐薦])|[熱]點(?:新[闻聞]|推[荐薦])|猜你喜[欢歡]|[为為]你推[荐薦]|精彩推[荐薦]|[编編][辑輯]推[荐薦]|延伸[阅閱][读讀]|更多(?:新[闻聞]|[报報]道)|[热熱][门門](?:排行|新[闻聞]|文章)|(?:related|more)(?:\s+(?:news|stories|posts|articles|on this|coverage))?|read (?:more|also|next)|see also|most (?:read|popular|viewed)|top stories|читайте(?:\s+также)?|смотрите также|по теме|ещ[её] по теме|похожие (?:новости|материалы)|популярное)\s*[】\]]?\s*[:：]?$/i;

/**
 * A heading that opens the apparatus under a paper or an analysis: notes, references, sources, a bibliography.
 * What follows it cites works ("World Bank, Economic Update, 2025, 12 tables", "Наука, 2021. — 312 с."), full
 * sentences or not: none of it is the article's figures, so every line after it is furniture.
 */
const APPARATUS_HEADING =
  /^[【[]?\s*(?:(?:foot|end)?notes|references|sources|bibliography|works cited|literature|注释|註釋|注[释釋]与参考文献|参考文献|參考文獻|参考资料|參考資料|资料来源|資料來源|примечания|сноски|источники|литература|список (?:литературы|источников)|библиография)\s*[】\]]?\s*[:：]?$/i;

/**
 * The outlet's call to follow it, set among the paragraphs: "Подписывайтесь на наш Telegram-канал — там 120
 * тысяч читателей!", "Follow us on Telegram: 25,000 readers", "关注我们的微信公众号，每天推送10条要闻。". A sentence
 * by its shape, but its counts are the outlet's audience, not the article's figures.
 */
const FOLLOW_CALL =
  /^\s*(?:(?:please\s+)?(?:subscribe|follow us|follow our|join us|join our|sign up for|get our|download our|like us)\b|(?:подписывайтесь|подпишитесь|присоединяйтесь|следите за нами|читайте нас|скачивайте наше)|(?:欢迎)?(?:关注|關注|订阅|訂閱)(?:我们|我們|官方|本(?:号|號|站|网|網|报|報|公众号|公眾號|账号|帳號))|扫码关注|掃碼關注|扫描二维码|长按二维码|下载.{0,8}客户端)/i;

/**
 * A read, view or comment counter: "阅读 1.2万", "瀏覽次數：2,418", "瀏覽人次：2,907", "访问量：5,310", "1,045 views",
 * "Просмотров: 3 517", an eye before a number: "👁 5 812", and with the count first: "5.2万人看过", "36条评论",
 * "1.1万次播放".
 */
const COUNTER =
  /(?:\uD83D[\uDC40\uDC41]\uFE0F?|[阅閱][读讀]|[浏瀏][览覽]|点击|點擊|[评評][论論]|点[赞讚]|[访訪][问問](?=量|人次|次[数數])|(?<![a-z])(?:views?|reads|comments?)|просмотр[а-яё]*|комментари[а-яё]*)\s*(?:量|数|數|人次|次[数數])?\s*[:：]?\s*\d[\d,.\s]*[万萬k]?|\d[\d,.\s]*[万萬k]?\s*(?:views?|reads|comments?(?:\(s\))?|просмотр[а-яё]*|人(?:看[过過]|已[读讀]|[阅閱][读讀]|[浏瀏][览覽]|点[赞讚]|點讚)|[条條][评評][论論]|次播放)(?![a-z])/i;

/**
 * A line of metadata that ends in a bare number: a clock time or a date, then a separator and the count of views
 * ("Uzbekistan | 17:42 / 21.01.2025 | 8,104", "Душанбе, 10.03.2025 / Asia-Plus / 2318").
 */
const DATED_COUNT =
  /(?:\d{1,2}:\d{2}|\d{1,2}\.\d{1,2}\.\d{2,4})[^\d\n]{0,30}[|·•/]\s*(?:\d{1,3}(?:[\s,.]\d{3})*|\d{4,7})\s*$/;

function isCounter(line: string): boolean {
  return COUNTER.test(line) || DATED_COUNT.test(line);
}

function isFollowCall(line: string): boolean {
  return (
    line.length < FURNITURE_MAX_CHARS && FOLLOW_CALL.test(line) && measureText(line) < FURNITURE_MAX_CHARS
  );
}

/** A heading that opens a list of other stories ("Read also") or the notes and references under an article. */
export function opensListOrNotes(line: string): boolean {
  const text = line.trim();
  return LIST_HEADING.test(text) || APPARATUS_HEADING.test(text);
}

/**
 * The blocks listed under a related-stories heading ("相关新闻", "Read also"), up to the first blank line or
 * paragraph: other stories' headlines, which say nothing of what this page is about.
 */
export function findListedBlocks(blocks: readonly string[]): Set<number> {
  const listed = new Set<number>();
  let inList = false;
  blocks.forEach((block, index) => {
    const line = block.trim();
    if (line === '' || !isFurnitureShaped(line)) inList = false;
    else if (inList) listed.add(index);
    else if (LIST_HEADING.test(line)) inList = true;
  });
  return listed;
}

/** A line that is furniture wherever it stands: a read counter, the outlet's call to follow it. */
export function isFurnitureAnywhere(line: string): boolean {
  const text = line.trim();
  return isCounter(text) || isFollowCall(text);
}

/** A short line that does not read as a sentence: a headline, a menu item, a counter, a footer. */
export function isFurnitureShaped(line: string): boolean {
  const text = line.trim();
  return (
    text !== '' &&
    text.length < FURNITURE_MAX_CHARS && // a cheap bound first: a text measures at least its length
    measureText(text) < FURNITURE_MAX_CHARS &&
    !SENTENCE_END.test(text)
  );
}

/**
 * The trimmed texts of an on-topic page's furniture. `isArticleText` is the content rule of block relevance.
 * 1. Counters are furniture wherever they are.
 * 2. The lines listed under a related-stories heading are furniture, up to the first blank line or paragraph.
 * 3. After the article's last paragraph (the last sentence-like block that passes `isArticleText`), every
 *    furniture-shaped line is furniture: related headlines, "most read" lists, footers.
 * 4. From a notes or references heading on, every line is furniture, sentence or not (APPARATUS_HEADING).
 * 5. A short call to follow the outlet is furniture wherever it is, sentence or not (FOLLOW_CALL).
 * A line that repeats the title is never furniture: it is the article's own headline (a share bar, the page
 * title at the foot of a saved page).
 */
export function findFurniture(
  title: string,
  blocks: readonly string[],
  isArticleText: (block: string, index: number) => boolean,
): string[] {
  const headline = title.trim();
  const repeatsTitle = (line: string): boolean => measureText(headline) >= 16 && line.includes(headline);
  // The last article paragraph, found from the end: the blocks before it need no reading.
  let articleEnd = blocks.length - 1;
  for (; articleEnd >= 0; articleEnd--) {
    const block = blocks[articleEnd] as string;
    if (block.trim() !== '' && !isFurnitureShaped(block) && isArticleText(block, articleEnd)) break;
  }
  const furniture = new Set<string>();
  let inList = false;
  let inApparatus = false;
  blocks.forEach((block, index) => {
    const line = block.trim();
    if (APPARATUS_HEADING.test(line)) inApparatus = true;
    if ((inApparatus && line !== '') || isFollowCall(line)) {
      furniture.add(line);
      return;
    }
    const shaped = isFurnitureShaped(line);
    if (line === '' || !shaped) inList = false;
    if (!shaped || repeatsTitle(line)) return;
    if (LIST_HEADING.test(line)) inList = true;
    if (inList || index > articleEnd || isCounter(line)) furniture.add(line);
  });
  return [...furniture];
}
