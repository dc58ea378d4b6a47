import type { Figure } from '../figures/types';
import type { TopicDecision } from '../topic';
import { scanBlocks } from './scan-blocks';

/** A scan whose figure offsets point into one whole text (a file, a page's text). */
export interface TextScan {
  topic: TopicDecision;
  figures: Figure[];
}

/**
 * Scans plain text the way the scan command reads a `.txt` page: each line is a block, the first non-empty line
 * is the title, and figure offsets are UTF-16 offsets into the whole text.
 */
export function scanText(text: string, lang?: string): TextScan {
  const lines: string[] = [];
  const starts: number[] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    lines.push(line);
    starts.push(at);
    at += line.length + 1;
  }
  const title = lines.find((line) => line.trim().length > 0)?.trim() ?? '';
  const scan = scanBlocks({ title, blocks: lines, ...(lang ? { lang } : {}) });
  const figures = scan.figures.map(({ block, ...figure }) => {
    const offset = starts[block] ?? 0;
    return { ...figure, start: figure.start + offset, end: figure.end + offset };
  });
  return { topic: scan.topic, figures };
}
