import { beforeEach, describe, expect, test } from 'vitest';
import { readArticle } from '@/lib/page/read-article';
import { scanHtml } from '@/lib/scan';

/** One post of a channel's web preview in bare `div`s: the author, the text, a view counter and a dated link. */
const post = (text: string, views: string, time: string) =>
  `<div><div><div>Канал о Казахстане</div><div>${text}</div><div><span>${views}</span> <a href="https://t.example/c/${time}">${time}</a></div></div></div>`;

const WEATHER =
  'В Алматы к выходным ожидается снег и похолодание до минус 12 градусов, акимат просит сменить шины.';
const TRADE =
  'Товарооборот Казахстана и Китая за десять месяцев составил 36,9 млрд долларов, что на 6,4% больше, чем годом ранее.';
const RATE =
  'Курс тенге на утренних торгах составил 521,4 тенге за доллар, аналитики ждут стабильности до конца недели.';
const CROSSING =
  'Китай и Казахстан договорились построить второй железнодорожный переход на границе: стоимость проекта оценивается в 1,2 млрд долларов.';
const KHORGOS =
  'Через погранпереход Хоргос за десять месяцев прошло 412 тысяч контейнеров, сообщили в таможне.';

const FEED = `<!DOCTYPE html><html lang="ru"><head><title>Канал о Казахстане – Telegram</title></head><body>
  <div><div>Канал о Казахстане</div><div>48.2K subscribers</div></div>
  <div>${post(WEATHER, '9.8K', '08:12')}${post(TRADE, '12.3K', '10:40')}${post(RATE, '5.1K', '11:02')}
  ${post(CROSSING, '15.0K', '18:30')}${post(KHORGOS, '7.4K', '16:22')}</div>
  <div>© 2025</div></body></html>`;

function load(html: string): void {
  document.documentElement.innerHTML = html;
}

beforeEach(() => load('<head></head><body></body>'));

describe('a feed of posts written in bare divs, without a paragraph', () => {
  test('is read whole, each post its own, not the channel header around it', () => {
    load(FEED.replace(/^<!DOCTYPE html><html lang="ru">|<\/html>$/g, ''));
    const blocks = readArticle(document).blocks;
    const texts = blocks.map((block) => block.text.trim());
    for (const text of [WEATHER, TRADE, RATE, CROSSING, KHORGOS]) expect(texts).toContain(text);
    expect(texts).not.toContain('48.2K subscribers');
    const posts = new Set(blocks.map((block) => block.post));
    expect(posts.size).toBe(5);
    expect(posts.has(undefined)).toBe(false);
  });

  test('gets highlights in the posts on China and Central Asia only, never on counters or times', () => {
    const scan = scanHtml(FEED);
    expect(scan.topic.isTopic).toBe(true);
    expect(scan.figures.map((figure) => figure.text)).toEqual([
      '36,9 млрд долларов',
      '6,4%',
      '1,2 млрд долларов',
      '412 тысяч контейнеров',
    ]);
  });
});

describe('repeated markup that is no feed', () => {
  const para = (n: number) =>
    `<p>Paragraph ${n} of the article is long enough to count as body text, and it goes on a while.</p>`;

  test('a layout of rows of one class keeps the article row, not the header and footer rows', () => {
    load(`<body><div class="row"><div>Steppe Daily: news of the region since 2009, every day</div></div>
      <div class="row"><div class="story"><h1>Headline</h1>${para(1)}${para(2)}${para(3)}${para(4)}</div></div>
      <div class="row"><div>© 2009–2025 Steppe Daily, all rights reserved, tel. 555 01 20</div></div></body>`);
    const texts = readArticle(document).blocks.map((block) => block.text.trim());
    expect(texts).toContain(para(4).slice(3, -4));
    expect(texts.some((text) => text.includes('Steppe Daily'))).toBe(false);
    expect(readArticle(document).blocks.every((block) => block.post === undefined)).toBe(true);
  });

  test('stories appended one after another, each with its headline, are not read as one feed', () => {
    const story = (n: number) =>
      `<article class="story"><h1>Story ${n}</h1><div class="body">${para(n)}</div></article>`;
    load(`<body><div class="stream">${story(1)}${story(2)}${story(3)}</div></body>`);
    const texts = readArticle(document).blocks.map((block) => block.text.trim());
    expect(texts).toContain(para(1).slice(3, -4));
    expect(texts).not.toContain(para(2).slice(3, -4));
  });
});

describe('a live blog: timestamped entries under the article headline', () => {
  const entry = (time: string, text: string) =>
    `<div class="live-entry"><div class="entry-time">${time}</div><div class="entry-body"><p>${text}</p></div></div>`;
  const PAGE = `<!DOCTYPE html><html lang="en"><head><title>Live: China-Central Asia summit</title></head><body>
    <article class="liveblog"><h1>Live: China-Central Asia summit in Astana</h1>
    <p>Xi Jinping meets the region.</p>
    <div class="live-entries">
    ${entry('14:05', 'The six leaders signed a treaty of good-neighbourliness. Officials said trade between China and Central Asia reached $94.8 billion last year.')}
    ${entry('13:20', 'Xi told the summit that Beijing will provide 1.5 billion yuan in grants this year and train professionals.')}
    ${entry('12:48', 'Tokayev said 58 agreements worth $24 billion were signed with Chinese companies in Astana.')}
    ${entry('11:30', 'Good morning and welcome to our live coverage. The summit opens at noon local time.')}
    </div></article></body></html>`;

  test('is read whole as one story, with no posts of its own', () => {
    load(PAGE.replace(/^<!DOCTYPE html><html lang="en">|<\/html>$/g, ''));
    const blocks = readArticle(document).blocks;
    const texts = blocks.map((block) => block.text.trim());
    expect(texts[0]).toBe('Live: China-Central Asia summit in Astana');
    expect(texts).toContain(
      'Xi told the summit that Beijing will provide 1.5 billion yuan in grants this year and train professionals.',
    );
    expect(blocks.some((block) => block.post)).toBe(false);
  });

  test('gets highlights in every entry, also one that does not name both sides', () => {
    expect(scanHtml(PAGE).figures.map((figure) => figure.text)).toEqual([
      '$94.8 billion',
      '1.5 billion yuan',
      '58 agreements',
      '$24 billion',
    ]);
  });
});

describe('an article body written as a run of like blocks right under its h1', () => {
  const block = (text: string) =>
    `<div class="block"><div class="block-text"><div class="paragraph">${text}</div></div></div>`;
  const PAGE = `<!DOCTYPE html><html lang="ru"><head><title>Новый маршрут</title></head><body>
    <div class="material"><h1>Узбекистан и Китай запустят новый грузовой маршрут</h1><div class="material-body">
    ${block('Узбекистан и Китай в апреле запустят новый маршрут через Кыргызстан, сообщило министерство транспорта.')}
    ${block('По маршруту планируется перевозить до 300 тыс. тонн грузов в год, говорится в сообщении.')}
    ${block('Товарооборот Узбекистана и Китая в 2024 году составил 13,8 млрд долларов.')}
    ${block('Ранее стороны договорились о строительстве железной дороги протяженностью 523 км.')}
    </div></div></body></html>`;

  test('is one story: every block gets its figures, also one that does not name both sides', () => {
    expect(scanHtml(PAGE).figures.map((figure) => figure.text)).toEqual([
      'до 300 тыс. тонн',
      '13,8 млрд долларов',
      '523 км',
    ]);
  });
});
