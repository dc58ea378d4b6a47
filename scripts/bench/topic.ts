import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mightBeTopic, scoreTopic } from '../../lib/topic';
import { median } from './median';

const PAGE_CHARS = 100_000;
const RUNS = 41;
const WARMUP = 5;
const FIXTURES = join(import.meta.dirname, '../../tests/fixtures/text-pages');

/** The lines of the look-alike text pages (China–ASEAN trade, EU and US Central Asia summits…). */
function readLines(prefix: string): string[] {
  return readdirSync(FIXTURES)
    .filter((name) => name.startsWith(prefix) && name.endsWith('.txt'))
    .sort()
    .flatMap((name) => readFileSync(join(FIXTURES, name), 'utf8').split('\n'));
}

/** Repeats the lines up to about `chars` characters. */
function fillTo(lines: readonly string[], chars: number): string[] {
  const out: string[] = [];
  let size = 0;
  for (let i = 0; size < chars && lines.length > 0; i++) {
    const line = lines[i % lines.length] ?? '';
    out.push(line);
    size += line.length + 1;
  }
  return out;
}

function medianMs(run: () => unknown): number {
  const times: number[] = [];
  for (let i = 0; i < WARMUP + RUNS; i++) {
    const started = performance.now();
    run();
    if (i >= WARMUP) times.push(performance.now() - started);
  }
  return median(times);
}

/**
 * Bench section: the topic decision's cost in Node on 100 KB pages that are not China–Central Asia articles,
 * beside the Chromium figures of page-decision.ts (its `prefilter_ms_100kb` and `decide_ms_100kb` keys are not
 * overwritten). `prefilter_node_ms_100kb`: `mightBeTopic` on look-alike text that names China but never
 * Central Asia, so the scan reads all of it. `decide_node_ms_100kb`: the whole decision on a look-alike article
 * that names both sides (a US C5+1 meeting mentioning Xi) followed by China-only items up to 100 KB: it passes
 * the prefilter, so `scoreTopic` reads the whole page, the worst case for a page that must be rejected.
 */
export async function benchTopic(): Promise<Record<string, number>> {
  const chinaOnlyLines = readLines('off-').filter((line) => !mightBeTopic(`${line}\nChina`));
  const chinaOnly = fillTo(chinaOnlyLines, PAGE_CHARS).join('\n');
  const article = readLines('off-en-c5plus1');
  const blocks = [...article, ...fillTo(chinaOnlyLines, PAGE_CHARS - article.join('\n').length)];
  const page = blocks.join('\n');
  const title = blocks.find((line) => line.trim() !== '') ?? '';
  const decide = (): boolean => mightBeTopic(page) && scoreTopic({ title, blocks }).isTopic;
  if (mightBeTopic(chinaOnly) || !mightBeTopic(page) || decide())
    throw new Error('topic bench pages are wrong');
  return {
    prefilter_node_ms_100kb: Number(medianMs(() => mightBeTopic(chinaOnly)).toFixed(3)),
    decide_node_ms_100kb: Number(medianMs(decide).toFixed(3)),
  };
}
