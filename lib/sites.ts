/**
 * News sites that cover China and Central Asia, where Caravan runs without being asked. Elsewhere the reader
 * scans a page from the popup (activeTab). See docs/adr/0001-where-caravan-runs.md.
 */
export const NEWS_SITE_MATCHES: readonly string[] = [
  // Chinese state and financial media
  '*://*.news.cn/*',
  '*://*.xinhuanet.com/*',
  '*://*.people.com.cn/*',
  '*://*.chinadaily.com.cn/*',
  '*://*.cctv.com/*',
  '*://*.cgtn.com/*',
  '*://*.globaltimes.cn/*',
  '*://*.chinanews.com.cn/*',
  '*://*.china.org.cn/*',
  '*://*.yicai.com/*',
  '*://*.caixin.com/*',
  '*://*.thepaper.cn/*',
  '*://*.scmp.com/*',
  '*://*.cna.com.tw/*',
  // Central Asian outlets
  '*://*.inform.kz/*',
  '*://*.kazinform.kz/*',
  '*://*.tengrinews.kz/*',
  '*://*.kursiv.media/*',
  '*://*.astanatimes.com/*',
  '*://*.24.kg/*',
  '*://*.kabar.kg/*',
  '*://*.akipress.org/*',
  '*://*.kun.uz/*',
  '*://*.gazeta.uz/*',
  '*://*.uza.uz/*',
  '*://*.asiaplustj.info/*',
  '*://*.khovar.tj/*',
  '*://*.turkmenportal.com/*',
  // Regional and Russian-language coverage
  '*://*.eurasianet.org/*',
  '*://*.rferl.org/*',
  '*://*.tass.ru/*',
  '*://*.tass.com/*',
  '*://*.ria.ru/*',
  '*://*.interfax.ru/*',
  '*://*.kommersant.ru/*',
  '*://*.reuters.com/*',
];

/** Where the bundled demo news site is served; only demo builds (`--mode demo`) run there. */
export const DEMO_SITE_MATCHES: readonly string[] = ['http://127.0.0.1/*'];
