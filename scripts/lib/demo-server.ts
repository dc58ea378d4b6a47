// The bundled demo news site: serves tests/fixtures/pages/<slug>/source.html at /<slug>/ on 127.0.0.1, and an
// index of them at /. Used by `npm start`, the browser tests and the benches.
import { readdir, readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';

export const PAGES_DIR = resolve(import.meta.dirname, '../../tests/fixtures/pages');

export interface DemoPage {
  slug: string;
  title: string;
  lang: string;
  topic: boolean;
  /** How many figures the page must show. */
  figureCount: number;
}

export interface DemoServer {
  url: string;
  pages: DemoPage[];
  close: () => Promise<void>;
}

const SLUG = /^[a-z0-9][a-z0-9-]*$/;

/** The demo pages with their expected verdicts, in a stable order. */
export async function listDemoPages(dir = PAGES_DIR): Promise<DemoPage[]> {
  const slugs = (await readdir(dir, { withFileTypes: true }))
    .filter((e) => e.isDirectory() && SLUG.test(e.name))
    .map((e) => e.name);
  const pages: DemoPage[] = [];
  for (const slug of slugs.sort()) {
    const expected = JSON.parse(
      await readFile(join(dir, slug, 'expected.json'), 'utf8'),
    ) as Partial<DemoPage> & { figures?: unknown[] };
    pages.push({
      slug,
      title: expected.title || slug,
      lang: expected.lang ?? '',
      topic: expected.topic === true,
      figureCount: expected.figures?.length ?? 0,
    });
  }
  return pages;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

function renderIndex(pages: DemoPage[]): string {
  const group = (heading: string, list: DemoPage[]) =>
    `<h2>${heading}</h2><ul>${list.map((p) => `<li><a href="/${p.slug}/">${escapeHtml(p.title)}</a> <small>${escapeHtml(p.lang)}</small></li>`).join('')}</ul>`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Caravan demo news</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:760px;margin:32px auto;padding:0 16px}h1{color:#b35c00}small{color:#777}</style></head>
<body><h1>Caravan demo news</h1><p>Pages written for the Caravan demo and tests. Caravan highlights figures in the articles about China and Central Asia, and leaves the others alone.</p>
${group(
  'China–Central Asia articles',
  pages.filter((p) => p.topic),
)}
${group(
  'Other pages (no highlights expected)',
  pages.filter((p) => !p.topic),
)}</body></html>`;
}

/** Starts the demo site on 127.0.0.1 (port 0 picks a free one). */
export async function startDemoServer(port = 0, dir = PAGES_DIR): Promise<DemoServer> {
  const pages = await listDemoPages(dir);
  const known = new Set(pages.map((p) => p.slug));
  const favicon = await readFile(resolve(import.meta.dirname, '../../public/icon/32.png'));
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    const slug = path.split('/')[1] ?? '';
    const send = (status: number, body: string) => {
      response.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      response.end(body);
    };
    if (path === '/') return send(200, renderIndex(pages));
    if (path === '/favicon.ico') {
      response.writeHead(200, { 'content-type': 'image/png' });
      return response.end(favicon);
    }
    if (!known.has(slug)) return send(404, '<!doctype html><title>Not found</title><p>No such page.</p>');
    if (path === `/${slug}`) {
      response.writeHead(301, { location: `/${slug}/` });
      return response.end();
    }
    readFile(join(dir, slug, 'source.html'), 'utf8').then(
      (html) => send(200, html),
      () => send(500, '<!doctype html><title>Error</title><p>Could not read the page.</p>'),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${bound}/`,
    pages,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
