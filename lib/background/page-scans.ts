import type { Handlers, Protocol } from '../messages';
import { FIGURES_PER_MESSAGE } from '../report-parts';
import { type FigureOfBlock, readBlockTexts } from '../scan/read-block-texts';
import { HeldParts } from './record-uploads';

type ScanRequest = Protocol['page:scan']['request'];
type ScanAnswer = Protocol['page:scan']['response'];

/** Cuts the page's text, sent as one run of pieces, back into its blocks. */
function blocksOf(pieces: readonly string[], blockLengths: readonly number[]): string[] {
  const text = pieces.join('');
  const blocks: string[] = [];
  let at = 0;
  for (const length of blockLengths) {
    blocks.push(text.slice(at, at + length));
    at += length;
  }
  if (at !== text.length) throw new Error("The page's text arrived incomplete: its blocks do not add up.");
  return blocks;
}

/**
 * The background's side of a page scan: the text arrives in pieces ('page:scan-part'), 'page:scan' reads it
 * (topic, relevance, figures: lib/scan/read-block-texts.ts) and answers with the first figures; the page reads
 * the rest with 'page:scan-figures'. Nothing outlives one scan but the parts in flight: a worker that restarts
 * loses them and the page sends its scan again.
 */
export class PageScans {
  private readonly texts = new HeldParts<string>();
  private readonly answers = new HeldParts<FigureOfBlock>();

  addText(scan: string, pieces: readonly string[]): void {
    this.texts.add(scan, pieces);
  }

  scan(request: ScanRequest): ScanAnswer {
    const blocks = blocksOf(this.texts.take(request.scan, request.pieces), request.blockLengths);
    const reading = readBlockTexts({
      title: request.title,
      lang: request.lang,
      blocks,
      known: request.known,
      ...(request.units ? { units: request.units } : {}),
      ...(request.posts ? { posts: request.posts } : {}),
      ...(request.boxes ? { boxes: request.boxes } : {}),
    });
    const figures = reading.figures;
    if (figures.length > FIGURES_PER_MESSAGE) this.answers.add(request.scan, figures);
    return {
      topic: reading.topic,
      relevant: reading.relevant,
      figureTotal: figures.length,
      figures: figures.slice(0, FIGURES_PER_MESSAGE),
    };
  }

  figures(scan: string, from: number): FigureOfBlock[] {
    return this.answers.read(scan, from, FIGURES_PER_MESSAGE);
  }
}

/** The handlers of a page scan's messages, around one `PageScans`. */
export function pageScanHandlers(
  scans = new PageScans(),
): Required<Pick<Handlers, 'page:scan-part' | 'page:scan' | 'page:scan-figures'>> {
  return {
    'page:scan-part': async ({ scan, texts }) => {
      scans.addText(scan, texts);
      return undefined;
    },
    'page:scan': async (request) => scans.scan(request),
    'page:scan-figures': async ({ scan, from }) => scans.figures(scan, from),
  };
}
