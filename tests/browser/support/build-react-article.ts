import { resolve } from 'node:path';
import { build } from 'esbuild';

const DIR = resolve(import.meta.dirname, 'react-article');

async function bundle(entry: string, format: 'iife' | 'esm'): Promise<string> {
  const result = await build({
    entryPoints: [resolve(DIR, entry)],
    bundle: true,
    write: false,
    format,
    platform: 'browser',
    // The development build: it is the one that reports hydration mismatches in the console.
    define: { 'process.env.NODE_ENV': '"development"' },
    logLevel: 'silent',
  });
  return result.outputFiles[0]?.text ?? '';
}

/** The React article as a server would send it: its server-rendered markup and the script that hydrates it. */
export async function buildReactArticle(): Promise<{ html: string; markup: string }> {
  const [server, client] = await Promise.all([bundle('server.mjs', 'esm'), bundle('client.mjs', 'iife')]);
  const { renderArticle, TITLE } = (await import(
    `data:text/javascript;base64,${Buffer.from(server).toString('base64')}`
  )) as { renderArticle: () => string; TITLE?: string };
  const markup = renderArticle();
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${TITLE ?? 'Article'} | React Wire</title></head>
<body><main id="root">${markup}</main><script>${client.replace(/<\/script/gi, '<\\/script')}</script></body></html>`;
  return { html, markup };
}
