import { sendToBackground } from '../messages';
import { readRestInParts, sendInParts } from '../report-parts';
import type { BlockTexts, BlockTextsReading } from '../scan/read-block-texts';
import { retryWhenInterrupted } from './store-error';
import type { Slicer } from './yield-to-main';

/** Characters of page text per message: serialized in well under a millisecond, even on a slow machine. */
export const TEXT_CHARS_PER_MESSAGE = 64 * 1024;

/** How the page reaches the background: production sends extension messages, tests and benches pass their own. */
export type SendToBackground = typeof sendToBackground;

/** The blocks' texts as one run cut into pieces of at most `size` characters: a 5 MB block crosses in many. */
export function cutIntoPieces(texts: readonly string[], size = TEXT_CHARS_PER_MESSAGE): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const text of texts) {
    for (let at = 0; at < text.length; ) {
      const taken = text.slice(at, at + size - piece.length);
      piece += taken;
      at += taken.length;
      if (piece.length >= size) {
        pieces.push(piece);
        piece = '';
      }
    }
  }
  if (piece) pieces.push(piece);
  return pieces;
}

/** One round: the text in parts, the reading, and the answer's figures in parts. */
async function readOnce(
  article: BlockTexts,
  slicer: Slicer,
  send: SendToBackground,
): Promise<BlockTextsReading> {
  const pieces = cutIntoPieces(article.blocks);
  const blockLengths = article.blocks.map((text) => text.length);
  const { title, lang } = article;
  const known = [...article.known];
  const { units, posts, boxes } = article;
  let scan = '';
  const answer = await sendInParts(pieces, 1, {
    part: async (id, texts) => {
      // A part per slice, and none once the page navigated.
      await slicer.pause();
      return send('page:scan-part', { scan: id, texts });
    },
    finish: ({ id, count }) => {
      scan = id;
      return send('page:scan', {
        scan,
        pieces: count,
        blockLengths,
        title,
        lang,
        known,
        ...(units ? { units } : {}),
        ...(posts ? { posts: [...posts] } : {}),
        ...(boxes ? { boxes: boxes.map((box) => [...box]) } : {}),
      });
    },
  });
  const figures = await readRestInParts(answer.figures, answer.figureTotal, async (from) => {
    await slicer.pause();
    return send('page:scan-figures', { scan, from });
  });
  return { topic: answer.topic, relevant: answer.relevant, figures };
}

/**
 * Has the background read the article: the topic decision with its evidence, which blocks belong to the
 * article, and the figures of those the page has not read before. The text crosses in parts of
 * TEXT_CHARS_PER_MESSAGE characters and the figures come back in parts, so no message costs the page a long
 * task; a worker that restarted in between has lost the parts, and the whole round is made again, after a
 * short wait (a worker still starting up may refuse the first messages), three rounds at most.
 */
export function readInBackground(
  article: BlockTexts,
  slicer: Slicer,
  send: SendToBackground = sendToBackground,
): Promise<BlockTextsReading> {
  return retryWhenInterrupted(() => readOnce(article, slicer, send), { rounds: 3, waitMs: 100 });
}
