// Pages generated for the browser tests rather than committed: huge, deep, restless and editable pages, and a
// client-side news app. Each is a function of its size, so a test states what it measured.

const CITIES = [
  'Almaty',
  'Astana',
  'Bishkek',
  'Tashkent',
  'Dushanbe',
  'Ashgabat',
  'Urumqi',
  "Xi'an",
  'Khorgos',
];
const GOODS = [
  'wheat',
  'copper',
  'cotton yarn',
  'solar panels',
  'rail cars',
  'fertilizer',
  'apples',
  'steel pipe',
];

/** One paragraph of a China–Central Asia trade report; `n` varies its figures and wording. */
export function tradeParagraph(n: number): string {
  const city = CITIES[n % CITIES.length];
  const goods = GOODS[n % GOODS.length];
  const tons = 1000 + ((n * 7919) % 90000);
  const share = ((n * 37) % 900) / 10 + 1;
  return `Freight forwarders in ${city} said shipments of ${goods} between China and Kazakhstan rose to ${tons} tonnes in the quarter, up ${share} percent, as trains crossed the border with Kyrgyzstan and Uzbekistan more often than a year earlier and customs cleared cargo within a day.`;
}

/** Filler prose without a figure or a place name, for text that must be read but yields nothing. */
function fillerSentence(n: number): string {
  return `The correspondents described the long road, the weather at the pass and the queue of lorries that waited there on day ${'abcdefghij'[n % 10]}, while drivers talked about family, food and football. `;
}

function articleShell(title: string, body: string, head = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title} | Generated Wire</title>${head}</head>
<body><header><nav><a href="/">Home</a> <a href="/region/">Region</a></nav></header>
<main><article><h1>${title}</h1>${body}</article></main><footer><p>Generated Wire footer</p></footer></body></html>`;
}

const TOPIC_TITLE = 'China and Central Asia trade keeps growing along the rail corridor';

/**
 * About `megabytes` MB of article text: an on-topic opening with figures, then paragraphs of filler prose
 * with a trade paragraph every tenth one.
 */
export function hugeTextPage(megabytes: number): string {
  const target = megabytes * 1024 * 1024;
  const parts: string[] = [];
  let size = 0;
  for (let n = 0; size < target; n++) {
    const text = n % 10 === 0 ? tradeParagraph(n) : fillerSentence(n).repeat(5);
    parts.push(`<p>${text}</p>`);
    size += text.length;
  }
  return articleShell(TOPIC_TITLE, parts.join('\n'));
}

/** A page of about `count` DOM nodes: paragraphs of inline elements, links and text. */
export function manyNodesPage(count: number): string {
  const parts: string[] = [];
  // Each paragraph: p, 3 spans, 1 em, 1 a and their 6 text nodes, plus a line break node: 13 nodes.
  for (let n = 0; n * 13 < count; n++) {
    const lead = n % 20 === 0 ? tradeParagraph(n) : 'Traders compared notes on prices';
    parts.push(
      `<p><span>${lead}</span> <span>and <em>timetables</em></span> <span>at the depot</span> <a href="#n${n}">more</a></p>`,
    );
  }
  return articleShell(TOPIC_TITLE, parts.join('\n'));
}

/**
 * An article whose text sits up to `depth` elements deep, built by the page's own script (the HTML parser caps
 * nesting at 512). The levels are inline elements: Chromium's renderer itself crashes on a few thousand nested
 * blocks. Every hundredth level holds a line of the report, ended by a line break.
 */
export function deepNestingPage(depth: number): string {
  const script = `<script>
  (() => {
    let parent = document.querySelector('article');
    for (let level = 0; level < ${depth}; level++) {
      const span = document.createElement('span');
      if (level % 100 === 0) {
        span.append(${JSON.stringify(tradeParagraph(3))}.replace('quarter', 'quarter ' + level), document.createElement('br'));
      }
      parent.appendChild(span);
      parent = span;
    }
    document.body.dataset.depth = String(${depth});
  })();
  </script>`;
  return articleShell(TOPIC_TITLE, `<p>${tradeParagraph(1)}</p>${script}`);
}

/** An article beside a ticker, a clock and a box that the page's script rewrites on every animation frame. */
export function restlessPage(): string {
  const body = [0, 1, 2, 3, 4].map((n) => `<p>${tradeParagraph(n)}</p>`).join('\n');
  const script = `<aside id="ticker"><span id="clock">0</span><ul id="flicker"></ul></aside>
  <script>
  (() => {
    let frame = 0;
    const clock = document.getElementById('clock');
    const flicker = document.getElementById('flicker');
    const tick = () => {
      frame += 1;
      clock.textContent = 'Frame ' + frame + ': tenge 470.5 per dollar';
      const item = document.createElement('li');
      item.textContent = 'Update ' + frame;
      flicker.replaceChildren(item);
      document.body.dataset.frames = String(frame);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })();
  </script>`;
  return articleShell(TOPIC_TITLE, body + script);
}

/**
 * An article with content the scan must leave alone or cannot reach: an open shadow root, a same-origin
 * frame at `frameUrl`, a contenteditable area, a text field and a text area, all holding figures.
 */
export function editableAndEncapsulatedPage(frameUrl: string): string {
  const body = `<p>${tradeParagraph(1)}</p><p>${tradeParagraph(2)}</p>
  <div id="editor" contenteditable="true"><p>Draft: exports to Kazakhstan and China reached 300 tonnes, up 4 percent.</p></div>
  <form id="letter"><input id="field" value="Kazakhstan and China traded 800 tonnes">
  <textarea id="notes">China and Uzbekistan: 12 percent more wheat</textarea></form>
  <div id="host"></div>
  <iframe id="frame" src="${frameUrl}" title="Related report"></iframe>
  <script>
    document.getElementById('host').attachShadow({ mode: 'open' }).innerHTML =
      '<p>Inside a shadow root: China sold Kyrgyzstan 45 buses, up 9 percent.</p>';
  </script>`;
  return articleShell(TOPIC_TITLE, body);
}

/** The article a same-origin frame shows. */
export function framedArticlePage(): string {
  return articleShell('A framed report on China and Kazakhstan', `<p>${tradeParagraph(5)}</p>`);
}

/**
 * A news feed that loads more of its article when `loadMore()` is called (as a scroll would): each call adds
 * two paragraphs with new figures.
 */
export function infiniteScrollPage(): string {
  const body = `<p>${tradeParagraph(0)}</p><p>${tradeParagraph(1)}</p>
  <script>
    let loaded = 1;
    window.loadMore = () => {
      const article = document.querySelector('article');
      for (let n = 0; n < 2; n++) {
        loaded += 1;
        const p = document.createElement('p');
        p.textContent = 'Later that week traders in Bishkek said rail cargo between China and Kyrgyzstan reached ' + (loaded * 111) + ' containers.';
        article.appendChild(p);
      }
    };
  </script>`;
  return articleShell(TOPIC_TITLE, body);
}

/** Two articles of a client-side news app, shown by `show(n)` at /app/<n> through the History API. */
export function singlePageApp(): string {
  const articles = [
    ['China and Kazakhstan open a new rail crossing', tradeParagraph(2)],
    [
      'Uzbekistan and China sign a gas deal',
      'Tashkent said the deal with China covers 25 billion cubic metres of gas a year, 40 percent more than Uzbekistan sells now.',
    ],
  ];
  const script = `<script>
    const articles = ${JSON.stringify(articles)};
    const render = (n) => {
      const [title, text] = articles[n];
      document.title = title + ' | Generated Wire';
      const h1 = document.createElement('h1');
      h1.textContent = title;
      const p = document.createElement('p');
      p.textContent = text;
      document.querySelector('article').replaceChildren(h1, p);
    };
    window.show = (n) => {
      history.pushState({ n }, '', '/app/' + n);
      render(n);
    };
    addEventListener('popstate', (event) => render(event.state?.n ?? 0));
  </script>`;
  return articleShell(articles[0]?.[0] ?? '', `<p>${articles[0]?.[1]}</p>${script}`);
}
