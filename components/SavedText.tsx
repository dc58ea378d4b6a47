import { figureSegments } from '@/lib/list/figure-segments';
import type { FigureSummary } from '@/lib/messages';

/** Props of SavedText. */
export interface SavedTextProps {
  blocks: readonly string[];
  figures: readonly FigureSummary[];
}

/** A saved article's text, one paragraph per block, its figures marked; page text is only ever text. */
export function SavedText({ blocks, figures }: SavedTextProps) {
  return (
    <div class="saved-text">
      {figureSegments(blocks, figures).map((segments, block) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: blocks never move; their order is the text's.
        <p key={block}>
          {segments.map((segment, at) =>
            segment.figure ? (
              // biome-ignore lint/suspicious/noArrayIndexKey: segments of a block never move.
              <mark key={at} class={`figure-mark figure-mark-${segment.figure.kind}`}>
                {segment.text}
              </mark>
            ) : (
              segment.text
            ),
          )}
        </p>
      ))}
    </div>
  );
}
