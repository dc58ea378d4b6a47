// `npm run scan -- [--out DIR] [--url URL] FILE...`: runs the page pipeline on saved pages and prints, per file,
// `{ topic: { isTopic, score, evidence }, figures: [...] }` with exactly the figures the extension would highlight.
// A `.txt` file is the page's text (its lines are blocks; offsets are UTF-16 offsets into the file); a `.html`
// file goes through the same pipeline as the content script, on a DOM in Node.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { scanHtml, scanText } from '../lib/scan';

interface ScanArgs {
  out?: string;
  url?: string;
  files: string[];
}

function parseArgs(argv: readonly string[]): ScanArgs {
  const args: ScanArgs = { files: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--out') args.out = argv[++i];
    else if (arg === '--url') args.url = argv[++i];
    else args.files.push(arg);
  }
  return args;
}

function scanFile(file: string, url: string | undefined): unknown {
  const content = readFileSync(file, 'utf8');
  const ext = extname(file).toLowerCase();
  if (ext === '.html' || ext === '.htm') return url ? scanHtml(content, url) : scanHtml(content);
  return scanText(content);
}

function main(argv: readonly string[]): number {
  const args = parseArgs(argv);
  if (!args.files.length) {
    console.error('usage: npm run scan -- [--out DIR] [--url URL] FILE...');
    return 2;
  }
  if (!args.out && args.files.length > 1) {
    console.error('several files need --out DIR (one <basename>.json per file)');
    return 2;
  }
  if (args.out) mkdirSync(args.out, { recursive: true });
  for (const file of args.files) {
    const result = scanFile(file, args.url);
    const json = JSON.stringify(result, null, 2);
    if (!args.out) console.log(json);
    else writeFileSync(join(args.out, `${basename(file, extname(file))}.json`), `${json}\n`);
  }
  return 0;
}

process.exitCode = main(process.argv.slice(2));
