import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseHtml } from '../../../lib/scan/parse-html';
import { EDGE_CASES } from './extract-edge-cases';

// The texts the differential test (extract-snapshot.test.ts) runs the extractor over: every block and the whole
// body of each demo page and hostile page, the text pages, the held-out corpus, every string written in the
// figure tests, hand-written edge cases, and neighbours joined two by two, so that what one reader sees around
// a number comes from varied text. Built from the files each time: nothing here is copied out of them.

const ROOT = resolve(import.meta.dirname, '../../..');
const FIXTURES = join(ROOT, 'tests/fixtures');
const TESTS = join(ROOT, 'tests/unit/figures');
const BLOCK_SELECTOR = 'p, li, td, th, h1, h2, h3, h4, h5, h6, blockquote, figcaption, dt, dd, pre, caption';
const JOINERS = [' ', '\n', '，', '. ', '; ', ''];

export interface CorpusText {
  /** Where the text comes from, to name a failing case. */
  source: string;
  text: string;
  lang?: 'zh' | 'en' | 'ru';
  /** A string written in a figure test: tests added later bring new ones. */
  fromTests?: boolean;
}

function langOf(name: string): CorpusText['lang'] {
  const found = /(?:^|[-/])(zh|en|ru)-/.exec(name)?.[1];
  return found === 'zh' || found === 'en' || found === 'ru' ? found : undefined;
}

function pageTexts(name: string, html: string): CorpusText[] {
  const page = parseHtml(html, 'http://localhost/');
  try {
    const lang = langOf(name);
    const blocks = [...page.document.querySelectorAll(BLOCK_SELECTOR)].map((node) => node.textContent ?? '');
    const texts = blocks
      .filter((text) => text.trim())
      .map((text, index) => ({ source: `${name}#${index}`, text, lang }));
    texts.push({ source: `${name}#body`, text: page.document.body?.textContent ?? '', lang });
    return texts;
  } finally {
    void page.close();
  }
}

function htmlPages(): CorpusText[] {
  const pages = readdirSync(join(FIXTURES, 'pages')).sort();
  const texts = pages.flatMap((slug) =>
    pageTexts(`pages/${slug}`, readFileSync(join(FIXTURES, 'pages', slug, 'source.html'), 'utf8')),
  );
  const hostile = readdirSync(join(FIXTURES, 'hostile'))
    .filter((file) => file.endsWith('.html'))
    .sort();
  for (const file of hostile)
    texts.push(...pageTexts(`hostile/${file}`, readFileSync(join(FIXTURES, 'hostile', file), 'utf8')));
  return texts;
}

function textPages(): CorpusText[] {
  const dir = join(FIXTURES, 'text-pages');
  return readdirSync(dir)
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .flatMap((file) => {
      const text = readFileSync(join(dir, file), 'utf8');
      const lang = langOf(file.replace(/^off-/, ''));
      const lines = text.split('\n').map((line, index) => ({ source: `${file}:${index}`, text: line, lang }));
      return [{ source: file, text, lang }, ...lines.filter((line) => line.text.trim())];
    });
}

function heldOutCorpus(): CorpusText[] {
  return (['zh', 'en', 'ru'] as const).flatMap((lang) => {
    const items = JSON.parse(readFileSync(join(FIXTURES, 'figure-corpus', `${lang}.json`), 'utf8')) as {
      text: string;
    }[];
    return items.map((item, index) => ({ source: `corpus/${lang}#${index}`, text: item.text, lang }));
  });
}

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', v: '\v', 0: '\0' };

function decodeEscapes(body: string): string {
  return body.replace(/\\(u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|[\s\S])/g, (_, code: string) => {
    if (code.startsWith('u{')) return String.fromCodePoint(Number.parseInt(code.slice(2, -1), 16));
    if (code.length > 1) return String.fromCharCode(Number.parseInt(code.slice(1), 16));
    return ESCAPES[code] ?? code;
  });
}

/** String literals ('…', "…", and `…` without substitutions) of a TypeScript source, comments skipped. */
function readStringLiterals(source: string): string[] {
  const found: string[] = [];
  const token =
    /\/\/[^\n]*|\/\*[\s\S]*?\*\/|'((?:[^'\\\n]|\\[\s\S])*)'|"((?:[^"\\\n]|\\[\s\S])*)"|`((?:[^`\\$]|\\[\s\S]|\$(?!\{))*)`/g;
  for (const match of source.matchAll(token)) {
    const body = match[1] ?? match[2] ?? match[3];
    if (body !== undefined) found.push(decodeEscapes(body));
  }
  return found;
}

/** Every string literal written in the figure tests. */
function testStrings(): CorpusText[] {
  const files = readdirSync(TESTS)
    .filter((file) => file.endsWith('.test.ts') && !file.startsWith('extract-snapshot'))
    .sort();
  return files.flatMap((file) =>
    readStringLiterals(readFileSync(join(TESTS, file), 'utf8'))
      .filter((text) => text.length > 1)
      .map((text, index) => ({ source: `${file}#${index}`, text })),
  );
}

/** Neighbouring texts joined in turn with each joiner: numbers meet the context of other texts. */
function joined(texts: readonly CorpusText[]): CorpusText[] {
  const pairs: CorpusText[] = [];
  for (let i = 1; i < texts.length; i++) {
    const left = texts[i - 1] as CorpusText;
    const right = texts[i] as CorpusText;
    if (left.text.length + right.text.length > 2000) continue;
    const joiner = JOINERS[i % JOINERS.length] as string;
    pairs.push({ source: `${left.source} + ${right.source}`, text: left.text + joiner + right.text });
  }
  return pairs;
}

/** A small deterministic generator (mulberry32): the mixed texts are the same on every run. */
function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Texts of two to eight pieces drawn from anywhere in `texts`, joined by varied joiners. */
function mixed(texts: readonly CorpusText[], count: number): CorpusText[] {
  const random = seededRandom(20261124);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const result: CorpusText[] = [];
  for (let i = 0; i < count; i++) {
    const pieces = Array.from({ length: 2 + Math.floor(random() * 7) }, () => pick(texts).text);
    const text = pieces.reduce((all, piece) => all + pick(JOINERS) + piece);
    result.push({ source: `mixed#${i}`, text, lang: pick(['zh', 'en', 'ru', undefined] as const) });
  }
  return result;
}

/** Each language's page bodies as one long block without line breaks: readers that scan far show up here. */
function longBlocks(pages: readonly CorpusText[]): CorpusText[] {
  return (['zh', 'en', 'ru'] as const).map((lang) => ({
    source: `long/${lang}`,
    text: pages
      .filter((page) => page.lang === lang && page.source.endsWith('#body'))
      .map((page) => page.text.replace(/\n+/g, ' '))
      .join(' '),
    lang,
  }));
}

/**
 * The whole corpus, in a fixed order. The strings of the figure tests come first and are marked: a new test adds
 * new ones, so only they may be missing from a snapshot; everything joined or mixed is drawn from the rest.
 */
export function buildExtractCorpus(): CorpusText[] {
  const edge = EDGE_CASES.map((text, index) => ({ source: `edge#${index}`, text }));
  const short = [...heldOutCorpus(), ...edge];
  const pages = htmlPages();
  const texts = textPages();
  const pieces = [...short, ...pages.filter((page) => page.text.length < 600), ...texts];
  const stable = [
    ...pages,
    ...longBlocks(pages),
    ...texts,
    ...short,
    ...joined(short),
    ...mixed(pieces, 2000),
  ];
  return [...testStrings().map((item) => ({ ...item, fromTests: true })), ...stable];
}
