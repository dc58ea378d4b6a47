import type { ArticleCapture, PageReport } from '../messages';
import type { PageBlock } from '../page/block-text';

/**
 * The article as the reading list keeps it: the report and the main content's blocks as plain text. The text
 * comes from the page's text nodes, so no markup, script or attribute of the page survives into the copy.
 */
export function captureArticle(
  report: PageReport,
  scan: { blocks: readonly PageBlock[] } | null,
): ArticleCapture {
  const blocks = (scan?.blocks ?? []).map((block) => block.text.trim()).filter((text) => text.length > 0);
  return { report, blocks };
}
