import type { Figure } from '../figures/types';
import type { TopicDecision } from '../topic';
import { scanBlocks } from './scan-blocks';
import { readTextBlocks } from './text-tables';

/** A scan whose figure offsets point into one whole text (a file, a page's text). */
export interface TextScan {
  topic: TopicDecision;
  figures: Figure[];
}

/**
 * Scans plain text the way the scan command reads a `.txt` page: each line is a block (a table's cells, written
 * out as tab-separated rows, are blocks of their own: text-tables.ts), the first non-empty line is the title, and
 * figure offsets are UTF-16 offsets into the whole text.
 */
export function scanText(text: string, lang?: string): TextScan {
  const blocks = readTextBlocks(text);
  const units: [number, string[]][] = [];
  blocks.forEach((block, index) => {
    if (block.units) units.push([index, block.units]);
  });
  const title =
    text
      .split('\n')
      .find((line) => line.trim().length > 0)
      ?.trim() ?? '';
  const scan = scanBlocks({
    title,
    blocks: blocks.map((block) => block.text),
    ...(lang ? { lang } : {}),
    ...(units.length > 0 ? { units } : {}),
  });
  const figures = scan.figures.map(({ block, ...figure }) => {
    const offset = blocks[block]?.start ?? 0;
    return { ...figure, start: figure.start + offset, end: figure.end + offset };
  });
  return { topic: scan.topic, figures };
}
