import { Culture, recognizeNumber } from '@microsoft/recognizers-text-number';
import { extractFigures } from '../../lib/figures';
import { generateMixedParagraphs } from './mixed-text';

const TARGET_BYTES = 3_000_000;
const ROUNDS = 3;
/** Recognizers-Text runs at a fraction of a MB/s: it reads the same text until this budget is spent. */
const RECOGNIZERS_BUDGET_MS = 8_000;
const CJK = /[\u3400-\u9fff]/;

function byteLength(paragraphs: readonly string[]): number {
  return paragraphs.reduce((sum, paragraph) => sum + Buffer.byteLength(paragraph) + 1, 0);
}

function measureExtract(paragraphs: readonly string[]): { mbPerS: number; figures: number } {
  let best = Number.POSITIVE_INFINITY;
  let figures = 0;
  for (let round = 0; round <= ROUNDS; round++) {
    const started = performance.now();
    figures = 0;
    for (const paragraph of paragraphs) figures += extractFigures(paragraph).length;
    const elapsedMs = performance.now() - started;
    if (round > 0) best = Math.min(best, elapsedMs);
  }
  return { mbPerS: byteLength(paragraphs) / 1e6 / (best / 1000), figures };
}

function measureRecognizers(paragraphs: readonly string[]): number {
  const started = performance.now();
  let bytes = 0;
  for (const paragraph of paragraphs) {
    recognizeNumber(paragraph, CJK.test(paragraph) ? Culture.Chinese : Culture.English);
    bytes += Buffer.byteLength(paragraph) + 1;
    if (performance.now() - started > RECOGNIZERS_BUDGET_MS) break;
  }
  return bytes / 1e6 / ((performance.now() - started) / 1000);
}

/**
 * One block of 100 KB dense with amounts and no line break ("1美元约合7元人民币" over and over, as a page that sets its
 * text with <br> rather than paragraphs): each step that looks back from an amount must stay local, or the block
 * takes seconds.
 */
const LONG_BLOCK_CHARS = 100_000;
const LONG_BLOCK_UNIT = '1美元约合7.1元人民币，';

function measureLongBlock(): number {
  const text = LONG_BLOCK_UNIT.repeat(Math.ceil(LONG_BLOCK_CHARS / LONG_BLOCK_UNIT.length));
  let best = Number.POSITIVE_INFINITY;
  for (let round = 0; round <= ROUNDS; round++) {
    const started = performance.now();
    extractFigures(text);
    if (round > 0) best = Math.min(best, performance.now() - started);
  }
  return best;
}

/** Bench section: extraction throughput on a long mixed zh/en/ru text, and Recognizers-Text on the same text. */
export async function benchExtract(): Promise<Record<string, number>> {
  const paragraphs = generateMixedParagraphs(TARGET_BYTES);
  const extract = measureExtract(paragraphs);
  const recognizers = measureRecognizers(paragraphs);
  console.error(`extract: ${paragraphs.length} paragraphs, ${extract.figures} figures`);
  return {
    extract_mb_per_s: Number(extract.mbPerS.toFixed(2)),
    recognizers_mb_per_s: Number(recognizers.toFixed(3)),
    extract_long_block_ms: Number(measureLongBlock().toFixed(1)),
  };
}
