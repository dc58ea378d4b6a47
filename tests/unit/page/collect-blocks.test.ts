import fc from 'fast-check';
import { beforeEach, describe, expect, test } from 'vitest';
import { foldWhiteSpace, liveRange, spanBounds } from '@/lib/page/block-text';
import { collectBlocks } from '@/lib/page/collect-blocks';
import { readArticle } from '@/lib/page/read-article';

function load(html: string): void {
  document.documentElement.innerHTML = html;
}

beforeEach(() => load('<head></head><body></body>'));

describe('foldWhiteSpace', () => {
  test('folds runs of spaces and newlines to one space and remembers where each character came from', () => {
    const folded = foldWhiteSpace('  94.8\n     billion', false);
    expect(folded.text).toBe(' 94.8 billion');
    expect(folded.rawIndex?.[6]).toBe(12);
  });

  test('leaves text that needs no folding alone, without an index', () => {
    expect(foldWhiteSpace('增长10.4%', false)).toEqual({ text: '增长10.4%', rawIndex: null });
  });

  test('keeps exactly the characters a browser shows, each mapped to its place in the raw text', () => {
    const textWithSpaces = fc
      .array(fc.constantFrom(' ', '  ', '\n', '\t', '\r\n', '\f', 'a', '9', '亿', '\u00a0'), {
        maxLength: 30,
      })
      .map((pieces) => pieces.join(''));
    fc.assert(
      fc.property(textWithSpaces, fc.boolean(), (raw, lastWasSpace) => {
        const { text, rawIndex } = foldWhiteSpace(raw, lastWasSpace);
        let expected = '';
        let prevSpace = lastWasSpace;
        for (const ch of raw) {
          const isSpace = ' \t\n\r\f'.includes(ch);
          if (isSpace && prevSpace) continue;
          expected += isSpace ? ' ' : ch;
          prevSpace = isSpace;
        }
        expect(text).toBe(expected);
        const index = rawIndex ?? Int32Array.from(text, (_, i) => i);
        expect(index.length).toBe(text.length);
        for (let i = 0; i < text.length; i++) {
          const from = raw.charAt(index[i] as number);
          expect(text.charAt(i) === ' ' ? ' \t\n\r\f'.includes(from) : from === text.charAt(i)).toBe(true);
        }
        expect(rawIndex === null).toBe(text === raw);
      }),
    );
  });
});

describe('collectBlocks', () => {
  test('reads paragraphs as blocks and joins inline markup inside one', () => {
    load('<body><div id="a"><p>Trade reached <b>$94.8</b> billion.</p><p>Second paragraph.</p></div></body>');
    const blocks = collectBlocks(document.getElementById('a') as Element);
    expect(blocks.map((block) => block.text)).toEqual(['Trade reached $94.8 billion.', 'Second paragraph.']);
  });

  test('a line break ends a block, so numbers on two lines never run together', () => {
    load(
      '<body><div id="a"><p>Trade reached 1,200<br>2,400 tonnes were shipped<br/>中吉贸易额达到150亿元</p></div></body>',
    );
    const texts = collectBlocks(document.getElementById('a') as Element).map((block) => block.text);
    expect(texts).toEqual(['Trade reached 1,200', '2,400 tonnes were shipped', '中吉贸易额达到150亿元']);
  });

  test('leaves out navigation, related lists, scripts, forms and editable areas', () => {
    load(`<body><div id="a">
      <nav><a href="/">Home</a> 2025</nav>
      <p>Body text with 14 platforms.</p>
      <div class="related-news"><p>Other story with 55 numbers</p></div>
      <script>var x = 5;</script>
      <form><input value="12"><textarea>99 bottles</textarea></form>
      <div contenteditable="true">Draft 77</div>
    </div></body>`);
    const texts = collectBlocks(document.getElementById('a') as Element).map((block) => block.text.trim());
    expect(texts).toEqual(['Body text with 14 platforms.']);
  });

  test('goes on after a left-out element deep in the page, and stops at the end of the region', () => {
    load(`<body><div id="a">
      <section><div><p>First 1</p><aside><p>Aside 2</p><b>bold 3</b></aside></div></section>
      <p>Second 4<br>line 5</p>
      <div><div><nav><p>Menu 6</p></nav></div></div>
    </div><p>Outside 7</p></body>`);
    const texts = collectBlocks(document.getElementById('a') as Element).map((block) => block.text.trim());
    expect(texts).toEqual(['First 1', 'Second 4', 'line 5']);
  });

  test('leaves out the boxes an outlet sets inside the text: sign-up, subscription offer, author bio, player', () => {
    load(`<body><div id="a">
      <div class="player-controls"><span>00:00 / 04:10</span><span>Speed 1.5x</span></div>
      <p>The terminal can now process 600 trucks a day.</p>
      <div class="newsletter-box"><h4>Our morning briefing</h4><p>Lands 5 days a week for 40,000 readers.</p></div>
      <p>Fees remain about $150 per truck.</p>
      <div id="paywall"><p>Read on for $4.99/month, then $14.99.</p></div>
      <div class="subscription-offer"><p>Print and digital: $29 per month.</p></div>
      <div class="author-bio"><p>The author has written more than 80 columns since 2011.</p></div>
    </div></body>`);
    const texts = collectBlocks(document.getElementById('a') as Element).map((block) => block.text.trim());
    expect(texts).toEqual([
      'The terminal can now process 600 trucks a day.',
      'Fees remain about $150 per truck.',
    ]);
  });

  test('drops blocks that are mostly links, such as headline lists', () => {
    load(
      '<body><div id="a"><ul><li><a href="/1">China and Kazakhstan sign 12 deals</a></li></ul><p>Plain text.</p></div></body>',
    );
    expect(collectBlocks(document.getElementById('a') as Element).map((block) => block.text)).toEqual([
      'Plain text.',
    ]);
  });

  test('reads the text a site wraps in a paywall or subscription box: a box that long is the article', () => {
    const para = (n: number) =>
      `<p>Paragraph ${n}: China and Kazakhstan signed 12 agreements worth $5.4 billion in Astana on Tuesday, officials said, and trade between the two rose 18% to $41 billion last year.</p>`;
    load(`<body><div id="a"><p>The lead paragraph is free to read.</p>
      <div class="article-body paywall">${[1, 2, 3, 4, 5].map(para).join('')}</div>
      <div class="subscription-content">${[6, 7, 8, 9, 10].map(para).join('')}</div>
    </div></body>`);
    const texts = collectBlocks(document.getElementById('a') as Element).map((block) => block.text.trim());
    expect(texts).toHaveLength(11);
    expect(texts[10]).toContain('Paragraph 10:');
  });

  test("leaves out an AMP page's ad slots and menu drawer, whose placeholders carry numbers", () => {
    load(`<body><div id="a">
      <amp-sidebar id="menu" layout="nodisplay"><p>Top 10 stories</p></amp-sidebar>
      <p>Trade reached 11.86 billion dollars.</p>
      <amp-ad width="300" height="250" type="yandex"><div placeholder>Реклама 18+</div></amp-ad>
      <p>Fifteen documents were signed.</p>
    </div></body>`);
    expect(collectBlocks(document.getElementById('a') as Element).map((block) => block.text.trim())).toEqual([
      'Trade reached 11.86 billion dollars.',
      'Fifteen documents were signed.',
    ]);
  });

  test('drops a headline block set inside a link, as a list page writes its teasers', () => {
    load(`<body><div id="a"><div class="item">
      <a href="/n2"><h2>Uzbekistan and China sign deals worth $5 billion</h2></a>
      <p>The documents were signed during a visit to Beijing.</p>
    </div></div></body>`);
    expect(collectBlocks(document.getElementById('a') as Element).map((block) => block.text.trim())).toEqual([
      'The documents were signed during a visit to Beijing.',
    ]);
  });

  test('maps a span of folded text back to the exact DOM range, across elements', () => {
    load('<body><div id="a"><p>Volume   hit\n <em>173.05</em>   billion yuan.</p></div></body>');
    const [block] = collectBlocks(document.getElementById('a') as Element);
    if (!block) throw new Error('no block');
    const start = block.text.indexOf('173.05');
    const range = liveRange(spanBounds(block, start, start + '173.05 billion yuan'.length));
    expect(range?.toString().replace(/\s+/g, ' ')).toBe('173.05 billion yuan');
  });

  test("a painted range's live copy covers its text, and is none once the page took the text away", () => {
    load('<head></head><body><p id="p">Trade rose 5% this year.</p></body>');
    const text = document.getElementById('p')?.firstChild as Text;
    const painted = {
      startContainer: text,
      startOffset: 11,
      endContainer: text,
      endOffset: 13,
      collapsed: false,
    };
    expect(liveRange(painted)?.toString()).toBe('5%');
    document.getElementById('p')?.remove();
    expect(liveRange(painted)).toBeNull();
  });
});

describe('readArticle', () => {
  test('takes the body container with the most paragraph text and keeps a headline placed outside it', () => {
    load(`<head><title>Site</title></head><body lang="en">
      <header><a href="/">Steppe Daily</a></header>
      <h1>China–Central Asia trade tops $100 billion</h1>
      <div class="sidebar"><p>Short.</p></div>
      <div class="story"><p>The first paragraph of the article is long enough to count as body text.</p>
      <p>The second paragraph adds more body text so that this container clearly wins.</p></div>
      <footer>© 2025 Steppe Daily, tel. 8 800 555 35 35</footer></body>`);
    const article = readArticle(document);
    expect(article.title).toBe('China–Central Asia trade tops $100 billion');
    expect(article.blocks.map((block) => block.text)).toEqual([
      'China–Central Asia trade tops $100 billion',
      'The first paragraph of the article is long enough to count as body text.',
      'The second paragraph adds more body text so that this container clearly wins.',
    ]);
  });

  test('keeps the standfirst between a headline and the body, but not the sidebar beside them', () => {
    load(`<body><div class="page"><div class="main">
      <h1>Trade up 37.3 percent</h1>
      <p class="standfirst">Beijing pledges 26 billion yuan in financing.</p>
      <div class="body"><p>The first paragraph of the article is long enough to count as body text.</p>
      <p>The second paragraph adds more body text so that this container clearly wins.</p></div></div>
      <div class="rail"><p>Most read: a story about 12 other things.</p></div></div></body>`);
    expect(readArticle(document).blocks.map((block) => block.text.trim())).toEqual([
      'Trade up 37.3 percent',
      'Beijing pledges 26 billion yuan in financing.',
      'The first paragraph of the article is long enough to count as body text.',
      'The second paragraph adds more body text so that this container clearly wins.',
    ]);
  });

  test('reads no article on a tag page: linked headlines with teasers are a list of other stories', () => {
    const teaser = (n: number, href: string) =>
      `<div class="item"><a href="${href}"><h2>Story ${n} about Kazakhstan and China</h2></a>
      <p>A teaser of story ${n}, long enough to be scored: freight grew by ${n}0 percent this year.</p></div>`;
    load(`<body><h1>China and Central Asia</h1><div class="list">
      ${teaser(1, '/one')}${teaser(2, '/two')}<div class="item"><h3><a href="/three">Story 3 headline</a></h3>
      <p>A teaser of story 3, long enough to be scored: trade grew by 30 percent this year.</p></div>
    </div></body>`);
    expect(readArticle(document).blocks).toEqual([]);
  });

  test('reads no article when the longest teaser of a list outscores the list itself', () => {
    const card = (n: number, words: string) =>
      `<div class="card"><div class="text"><a href="/s${n}"><h2>Story ${n}</h2></a><p>${words}</p></div></div>`;
    load(`<body><div class="head"><h1>China and Central Asia</h1></div><div class="stream">
      ${card(1, 'The two railways will add eight tracks at the border station so that it can hand over 45 trains a day.')}
      ${card(2, 'Gas deliveries reached 36 billion cubic metres.')}${card(3, 'Talks covered 300 officers.')}
    </div></body>`);
    expect(readArticle(document).blocks).toEqual([]);
  });

  test('reads an article that links one other story between its paragraphs and lists more beside it', () => {
    const para = (n: number) => `<p>Paragraph ${n} of the article is long enough to count as body text.</p>`;
    const more = [1, 2, 3].map((n) => `<h3><a href="/more${n}">More story ${n}</a></h3>`).join('');
    load(`<body><div class="page"><div class="story"><h1>Headline</h1><div class="text">
      ${para(1)}<h3><a href="/other">Read also: another story</a></h3>${para(2)}${para(3)}
    </div></div><div class="more">${more}</div></div></body>`);
    expect(readArticle(document).blocks.map((block) => block.text.trim())).toContain(
      'Paragraph 3 of the article is long enough to count as body text.',
    );
  });

  test('reads an article that links three other stories as headings between its paragraphs', () => {
    const para = (n: number) =>
      `<p>Paragraph ${n}: China and Kazakhstan signed 12 agreements worth $5.4 billion in Astana on Tuesday, officials said, and trade between the two rose 18% to $41 billion last year.</p>`;
    const readAlso = (n: number) => `<h3><a href="/news/${n}">Read also: story ${n} on the railway</a></h3>`;
    load(`<body><div class="story"><div class="content">
      ${para(1)}${para(2)}${readAlso(1)}${para(3)}${para(4)}${readAlso(2)}${para(5)}${para(6)}${readAlso(3)}${para(7)}${para(8)}
    </div></div></body>`);
    expect(readArticle(document).blocks.map((block) => block.text.trim())).toContain(para(8).slice(3, -4));
  });

  test('reads a short article whose three linked headings are labelled as read-also links', () => {
    // Three short paragraphs, a few hundred characters: as many linked headings as a list of that length holds.
    load(`<body><div class="story"><h1>Kyrgyzstan and China reopen a border crossing</h1><div class="content">
      <p>Kyrgyzstan and China reopened the crossing on Monday after two months of repairs.</p>
      <h3><a href="/news/queue">Read also: the truck queue at the pass grows to 300 vehicles</a></h3>
      <p>It will handle up to 450 trucks a day, the customs service said.</p>
      <h3><a href="/news/survey">Читайте также: изыскания на железной дороге завершены</a></h3>
      <p>Last year freight through the pass rose 21% to 1.6 million tonnes.</p>
      <h3><a href="/news/market">相关阅读：奥什商户等待中国商品</a></h3>
    </div></div></body>`);
    expect(readArticle(document).blocks.map((block) => block.text.trim())).toContain(
      'Last year freight through the pass rose 21% to 1.6 million tonnes.',
    );
  });

  test('still reads no article on a short list whose headlines carry no read-also label', () => {
    load(`<body><div class="list">
      <h3><a href="/news/queue">The truck queue at the pass grows to 300 vehicles</a></h3>
      <p>Drivers wait two days at the crossing, the customs service said.</p>
      <h3><a href="/news/survey">Railway survey ends in the valley</a></h3>
      <p>Engineers finished the route survey a month ahead of time.</p>
      <h3><a href="/news/market">Osh traders await new goods</a></h3>
      <p>The bazaar expects 40 more containers before the holiday.</p>
    </div></body>`);
    expect(readArticle(document).blocks).toEqual([]);
  });

  test('still reads an article whose linked headings are contents anchors or sit in a related box', () => {
    const para = (n: number) => `<p>Paragraph ${n} of the report is long enough to count as body text.</p>`;
    load(`<body><div class="report">
      <h2><a href="#one">Part one</a></h2>${para(1)}<h2><a href="#two">Part two</a></h2>${para(2)}
      <h2><a href="#three">Part three</a></h2>${para(3)}
      <div class="related"><h3><a href="/a">Other story A</a></h3><h3><a href="/b">Other story B</a></h3></div>
      <h3><a href="/c">Further reading: story C</a></h3>
    </div></body>`);
    expect(readArticle(document).blocks.map((block) => block.text.trim())).toContain(
      'Paragraph 3 of the report is long enough to count as body text.',
    );
  });

  test('finds no blocks in a page without an article', () => {
    load('<body><nav><a href="/">Home</a></nav></body>');
    expect(readArticle(document).blocks).toEqual([]);
  });

  test('uses the declared language, else guesses it from the script', () => {
    load(
      '<body><p>Товарооборот вырос до 66,2 млрд долларов за прошлый год, сообщили в ведомстве.</p></body>',
    );
    document.documentElement.removeAttribute('lang');
    expect(readArticle(document).lang).toBe('ru');
    document.documentElement.setAttribute('lang', 'zh-CN');
    expect(readArticle(document).lang).toBe('zh');
  });
});

describe('the article region on page shapes met in session 8', () => {
  const para = (n: number) =>
    `Paragraph ${n}: Chinese lenders committed $${n}.4 billion to the region's governments that year, data show.`;

  test('leaves out footnotes and a references list, whose counts and page numbers cite sources', () => {
    load(`<body><article><h1>Lending to the region</h1><div class="entry-content">
      <p>${para(1)}<sup><a href="#fn1">1</a></sup></p><p>${para(2)}</p>
      <ol class="footnotes"><li id="fn1">Development finance dataset, version 3.0 (2023), 13,427 projects.</li></ol>
      <ul class="references"><li>Author, A. (2021). A book on lending. A press, 288 pp.</li></ul>
      <div id="bibliography"><p>Author, B. (2016). An article. A journal 7(1): 14-23.</p></div>
    </div></article></body>`);
    const texts = readArticle(document).blocks.map((block) => block.text.trim());
    expect(texts).toContain(`${para(2)}`);
    expect(texts.join(' ')).not.toMatch(/13,427|288 pp|14-23/);
  });

  test('reads a fact box set in an aside inside the article, but no other aside there', () => {
    load(`<body><article><h1>The cement plant</h1><div class="body">
      <p>${para(1)}</p>
      <aside class="factbox"><h4>Trade in figures</h4><ul><li>Trade in 2024: $3.9 billion</li><li>Growth: 11.3%</li></ul></aside>
      <p>${para(2)}</p>
      <aside class="related"><a href="/x">Another story about 40 trucks</a> and its 12 readers</aside>
      <aside><p>Advertisement: 20% off flights this week only, book now online.</p></aside>
      <p>${para(3)}</p>
    </div></article></body>`);
    const texts = readArticle(document).blocks.map((block) => block.text.trim());
    expect(texts).toEqual(expect.arrayContaining(['Trade in 2024: $3.9 billion', 'Growth: 11.3%', para(3)]));
    expect(texts.join(' ')).not.toMatch(/40 trucks|20% off/);
  });

  test('a rail of linked headlines in bare divs before a short article does not take its place', () => {
    const item = (n: number) =>
      `<div class="item"><a href="/s/${n}">Story ${n}: a long headline about markets, prices and the weather in the capital</a></div>`;
    load(`<body><div class="rail">${Array.from({ length: 15 }, (_, n) => item(n)).join('')}</div>
      <div class="main"><h1>Short news</h1><div class="text">
      <p>Kazakhstan and China opened a new crossing on Monday, officials said in Astana.</p>
      <p>It will handle 450 trucks a day, the customs service said in a statement.</p></div></div></body>`);
    expect(readArticle(document).blocks.map((block) => block.text.trim())).toContain(
      'It will handle 450 trucks a day, the customs service said in a statement.',
    );
  });

  test('reads a body split into sections of div paragraphs, without a single p', () => {
    const section = (n: number) =>
      `<section class="block-text"><div class="paragraph">${para(n)}</div></section>`;
    load(`<body><div class="top"><div>Caspian News: energy and trade of the region every day</div></div>
      <div class="article-wrap"><h1>Gas contract extended</h1><div class="article-body">
      ${section(1)}${section(2)}<section class="block-image"><figure><figcaption>A compressor station</figcaption></figure></section>${section(3)}
      </div></div><div class="bottom"><div>© 2025 Caspian News, all rights reserved</div></div></body>`);
    const texts = readArticle(document).blocks.map((block) => block.text.trim());
    expect(texts).toEqual(['Gas contract extended', para(1), para(2), 'A compressor station', para(3)]);
  });
});

describe('the article region on page shapes met in session 10', () => {
  test('a layout table row is no paragraph: the story column is the region, not the row with its rates column', () => {
    load(`<body><table><tr>
      <td class="lcol"><b>Rates</b><br>USD 525,11<br>EUR 544,68<br>CNY 71,62</td>
      <td><h1>Trade with China grows</h1><div class="text">Astana, 16 January. Trade with China reached 43,8 bn dollars last year.<br><br>
      Exports to China came to 19,5 bn dollars, the statistics bureau said on Thursday.</div>
      <div class="src">Source: the outlet. Reprints must name it.</div></td>
      <td class="rcol"><b>Popular</b><br><a href="/p/1">Pensions rise 8,5%</a></td></tr></table></body>`);
    const texts = readArticle(document).blocks.map((block) => block.text.trim());
    expect(texts).toContain('Trade with China grows');
    expect(texts.some((text) => text.startsWith('USD') || text.startsWith('EUR'))).toBe(false);
  });

  test('leaves out a pull quote, which repeats a line of the text', () => {
    load(`<body><article><h1>Gas to China</h1><div class="body">
      <p>A fourth line would add 30 billion cubic metres a year through Tajikistan and Kyrgyzstan.</p>
      <blockquote class="pullquote">30 billion cubic metres a year, once more in large type</blockquote>
      <div class="pull-quote"><p>A fourth line would add 30 billion cubic metres a year</p></div>
      <p>Trade with Turkmenistan came to about $10.6 billion, almost all of it gas.</p></div></article></body>`);
    const texts = readArticle(document).blocks.map((block) => block.text.trim());
    expect(texts).toEqual([
      'Gas to China',
      'A fourth line would add 30 billion cubic metres a year through Tajikistan and Kyrgyzstan.',
      'Trade with Turkmenistan came to about $10.6 billion, almost all of it gas.',
    ]);
  });

  test('leaves out an "Also read" card set between the paragraphs, with its teaser', () => {
    load(`<body><article><h1>Trade rises</h1><div class="post-content">
      <p>Trade between Kyrgyzstan and China grew to $22.7 billion in 2024, customs data showed this week.</p>
      <div class="also-read"><span>Also read</span><a href="/gold">Gold reserves</a><p>Reserves rose 22% to $41.2 billion.</p></div>
      <p>The crossings handled more than 1.9 million tonnes of cargo last year, officials said.</p></div></article></body>`);
    expect(readArticle(document).blocks.map((block) => block.text.trim())).toEqual([
      'Trade rises',
      'Trade between Kyrgyzstan and China grew to $22.7 billion in 2024, customs data showed this week.',
      'The crossings handled more than 1.9 million tonnes of cargo last year, officials said.',
    ]);
  });

  test("leaves out readers' comments that a Chinese site names in pinyin, inside the article", () => {
    load(`<body><div class="article-box"><h1>霍尔果斯口岸今年通行中欧班列超7000列</h1><div class="article-content">
      <p>今年以来经霍尔果斯口岸进出境的中欧班列已超过7000列，同比增长9.8%。</p>
      <div class="pinglun"><div class="pl-tit">网友评论</div><div class="pl-item">网友：希望明年突破一万列！</div></div>
      </div></div></body>`);
    expect(readArticle(document).blocks.map((block) => block.text.trim())).toEqual([
      '霍尔果斯口岸今年通行中欧班列超7000列',
      '今年以来经霍尔果斯口岸进出境的中欧班列已超过7000列，同比增长9.8%。',
    ]);
  });

  test("reads a gallery's captions without their slide counter and photo credit", () => {
    const slide = (n: number, caption: string) =>
      `<figure class="slide"><figcaption><span class="slide-count">${n} / 3</span>${caption} <span class="photo-credit">Photo: D. Seitkali</span></figcaption></figure>`;
    load(`<body><div class="gallery-page"><h1>A day at Khorgos</h1><div class="gallery">
      ${slide(1, 'The port handled 382,000 TEU in 2024, 28% more than a year earlier.')}
      ${slide(2, 'More than 7,000 trains crossed at Khorgos last year.')}
      ${slide(3, 'Evening over the crossing.')}</div></div></body>`);
    expect(readArticle(document).blocks.map((block) => block.text.trim())).toEqual([
      'A day at Khorgos',
      'The port handled 382,000 TEU in 2024, 28% more than a year earlier.',
      'More than 7,000 trains crossed at Khorgos last year.',
      'Evening over the crossing.',
    ]);
  });
});

describe('the article region on page shapes met in session 11', () => {
  const FOOTER_TEXT =
    '关于我们 | 广告服务 | 联系我们 | 网站声明 | 招聘信息 违法和不良信息举报电话：010-65363263 举报邮箱：jubao@example.cn 本网站所刊载信息不代表本站观点，未经书面授权禁止转载、摘编、复制及建立镜像 Copyright © 1997-2025 京ICP证000006号 京公网安备11000002000008号';

  test("a portal's long footer does not outscore a two-paragraph flash: the story's body is the region, not the page", () => {
    load(`<body><div class="top">北京 晴 -3℃~6℃</div>
      <div class="ticker"><b>滚动新闻</b><ul><li>11月LPR报价出炉：1年期3.0%、5年期以上3.5%</li></ul></div>
      <div class="wrap"><h1>中塔公路改造项目完工</h1><div class="rm_txt_con">
      <p>由中国企业承建的中塔公路改造项目19日完工，全长约80公里，总投资约1.3亿美元。</p>
      <p>据塔方统计，今年前三季度中塔贸易额达28.6亿美元，同比增长17%。</p></div></div>
      <div class="footer">${FOOTER_TEXT}</div></body>`);
    expect(readArticle(document).blocks.map((block) => block.text.trim())).toEqual([
      '中塔公路改造项目完工',
      '由中国企业承建的中塔公路改造项目19日完工，全长约80公里，总投资约1.3亿美元。',
      '据塔方统计，今年前三季度中塔贸易额达28.6亿美元，同比增长17%。',
    ]);
  });

  test('a footer element or a nav scores nothing either, whatever its paragraphs hold', () => {
    load(`<body><div class="story"><h1>Khorgos trains</h1><div class="text">
      <p>Trains through Khorgos between China and Kazakhstan passed 8,000 this year.</p></div></div>
      <footer><div class="inner"><p>${FOOTER_TEXT}</p><p>${FOOTER_TEXT}</p></div></footer>
      <nav><p>${FOOTER_TEXT}</p></nav></body>`);
    expect(readArticle(document).blocks.map((block) => block.text.trim())).toEqual([
      'Khorgos trains',
      'Trains through Khorgos between China and Kazakhstan passed 8,000 this year.',
    ]);
  });

  test("an h1 that holds the site's name or logo is not the headline: the h2 the page's title opens with is", () => {
    for (const logo of [
      '<h1 class="logo"><a href="/">天山日报</a></h1>',
      '<h1><a href="/">天山日报</a></h1>',
    ]) {
      load(`<head><title>中哈跨境运输量同比增长21%_天山日报</title></head><body><div class="header">${logo}</div>
        <div class="main"><div class="title"><h2>中哈跨境运输量同比增长21%</h2></div><div class="text">
        <p>今年前10个月，中哈两国间跨境公路运输量达1,260万吨，同比增长21%，其中经霍尔果斯口岸约620万吨。</p>
        <p>目前，新疆已开通对哈国际道路运输线路68条，占全疆对外道路运输线路的四成以上。</p></div></div></body>`);
      expect(readArticle(document).title).toBe('中哈跨境运输量同比增长21%');
    }
  });

  test("a page with no h1 takes the element set as a title that opens the page's title as the headline", () => {
    load(`<head><title>Kyrgyzstan, China add a Torugart lane as trade nears $20 billion | Example</title></head><body>
      <table><tr><td><div class="menu-title">Central Asia</div><div class="newstitle">Kyrgyzstan, China add a Torugart lane as trade nears $20 billion</div>
      <div class="date">BISHKEK, November 3</div><div class="newstext">
      <p>Kyrgyzstan and China opened a second lane at Torugart, raising capacity to 1,200 trucks a day from about 700.</p>
      <p>Trade between the two countries totalled $19.6 billion in January to September, up 11.4% from a year earlier.</p>
      </div></td></tr></table></body>`);
    const article = readArticle(document);
    expect(article.title).toBe('Kyrgyzstan, China add a Torugart lane as trade nears $20 billion');
    expect(article.blocks[0]?.text.trim()).toBe(article.title);
    // A page whose title no element opens keeps the document title and no headline block.
    load(`<head><title>Trade news | Example</title></head><body><div class="newstitle">Another story</div>
      <div class="text"><p>Kyrgyzstan and China opened a second lane at Torugart, raising capacity to 1,200 trucks a day.</p>
      <p>Trade between the two countries totalled $19.6 billion in January to September, up 11.4% on a year.</p></div></body>`);
    expect(readArticle(document).title).toBe('Trade news | Example');
    // Nor is a channel's or site's name set as a title a headline: it says nothing.
    load(`<head><title>Steppe Express – Telegram</title></head><body><div class="channel_title">Steppe Express</div>
      <div class="feed"><p>Kyrgyzstan and China opened a second lane at Torugart, raising capacity to 1,200 trucks a day.</p>
      <p>Trade between the two countries totalled $19.6 billion in January to September, up 11.4% on a year.</p></div></body>`);
    expect(readArticle(document).title).toBe('Steppe Express – Telegram');
  });

  test("a short h1 that is the story's own headline stays the headline", () => {
    load(`<head><title>天山日报_中哈贸易增长</title></head><body><h1>中哈贸易增长</h1><div class="text">
      <p>今年前10个月，中哈两国间跨境公路运输量达1,260万吨，同比增长21%，其中经霍尔果斯口岸约620万吨。</p></div></body>`);
    expect(readArticle(document).title).toBe('中哈贸易增长');
  });

  test('a wrapper far above the story named like furniture ("has-sidebar") does not hide the story', () => {
    load(`<body><div class="layout has-sidebar"><div class="main"><h1>中哈贸易增长</h1><div class="article">
      <p>今年前三季度中哈贸易额达347.2亿美元，同比增长9.8%，中国继续保持哈第一大贸易伙伴地位。</p>
      <p>哈对华出口151.6亿美元，自华进口195.6亿美元，双方同意推动贸易额翻番。</p></div></div>
      <div class="sidebar"><p>热门：沪指收报3402.11点，两市成交额1.52万亿元，北向资金净买入52.3亿元。</p></div></div></body>`);
    const texts = readArticle(document).blocks.map((block) => block.text.trim());
    expect(texts).toContain('哈对华出口151.6亿美元，自华进口195.6亿美元，双方同意推动贸易额翻番。');
    expect(texts.some((text) => text.includes('沪指'))).toBe(false);
  });
});

describe('a gallery\'s slide counter classed only "count"', () => {
  test('is left out, so "4 / 12" before a caption is not read as 12 containers', () => {
    load(`<body><article><h1>Khorgos dry port</h1><div class="body">
      <p>Trains through Khorgos between China and Kazakhstan passed 8,000 this year, up 11.4%.</p>
      <div class="gallery"><span class="count">4 / 12</span> Containers at the Khorgos dry port.</div>
      <div class="pics"><em class="count">3/12</em>霍尔果斯站内待发的班列。</div></div></article></body>`);
    expect(readArticle(document).blocks.map((block) => block.text.trim())).toEqual([
      'Khorgos dry port',
      'Trains through Khorgos between China and Kazakhstan passed 8,000 this year, up 11.4%.',
      'Containers at the Khorgos dry port.',
      '霍尔果斯站内待发的班列。',
    ]);
  });

  test('a word that only contains "count" (an account box, a country list) is no counter', () => {
    load(`<body><article><h1>Trade</h1><div class="body">
      <p class="country-note">China and Kazakhstan traded goods worth $43.8 billion in 2024.</p>
      <div class="account">Exports to China came to $15.2 billion.</div></div></article></body>`);
    expect(readArticle(document).blocks.map((block) => block.text.trim())).toEqual([
      'Trade',
      'China and Kazakhstan traded goods worth $43.8 billion in 2024.',
      'Exports to China came to $15.2 billion.',
    ]);
  });
});
