import { describe, expect, test } from 'vitest';
import { prefilterPage } from '@/lib/content/prefilter-page';
import type { Slicer } from '@/lib/content/yield-to-main';
import { parseHtml } from '@/lib/scan/parse-html';

/** A slicer that counts how often the prefilter looks at the clock and pauses, and is due when told. */
function countingSlicer(isDue: boolean) {
  const counts = { clock: 0, pauses: 0 };
  const slicer: Slicer = {
    due: () => {
      counts.clock++;
      return isDue;
    },
    pause: async () => {
      counts.pauses++;
    },
    checkpoint: async () => {},
  };
  return { slicer, counts };
}

/** A body of `count` short paragraphs of unrelated text (each its own text node), then `tail`. */
function pageOfNodes(count: number, tail: string) {
  const filler = Array.from({ length: count }, (_, index) => `<p>Item ${index} of the list</p>`).join('');
  return parseHtml(`<html><body>${filler}${tail}</body></html>`, 'http://127.0.0.1/');
}

describe('prefilterPage on a page of many text nodes', () => {
  test('on a page of ordinary size, looks at the clock between chunks of text, not at every node', async () => {
    const page = pageOfNodes(5000, '');
    const { slicer, counts } = countingSlicer(false);
    expect((await prefilterPage(page.document.body, slicer)).mightBeTopic).toBe(false);
    expect(counts.clock).toBeGreaterThan(0);
    expect(counts.clock).toBeLessThan(5);
    await page.close();
  });

  test('yields along a page of very many nodes when the slice is due', async () => {
    // 50,000 paragraphs are read node by node, with a look at the clock every couple of thousand characters.
    const page = pageOfNodes(50_000, '');
    const { slicer, counts } = countingSlicer(true);
    await prefilterPage(page.document.body, slicer);
    expect(counts.pauses).toBeGreaterThan(10);
    await page.close();
  });

  test('keeps the head of the page text for the language guess', async () => {
    const page = pageOfNodes(5000, '');
    const { sample } = await prefilterPage(page.document.body, countingSlicer(false).slicer);
    expect(sample).toHaveLength(2000);
    expect(sample.startsWith('Item 0 of the listItem 1 of the list')).toBe(true);
    await page.close();
  });

  // 5,000 paragraphs are read in one call; 12,000 elements are too many for that, and are read node by node.
  test.each([5000, 12_000])(
    'finds names late on a page of %i paragraphs, split across nodes and past the first chunk of text',
    async (count) => {
      const passes = async (tail: string) => {
        const page = pageOfNodes(count, tail);
        const result = await prefilterPage(page.document.body, countingSlicer(false).slicer);
        await page.close();
        return result.mightBeTopic;
      };
      expect(await passes('<p>Freight from <i>Chi</i>na to Centr<b>al</b>\n Asia grew.</p>')).toBe(true);
      expect(await passes('<p>Freight to Centr<b>al</b>\n Asia grew.</p>')).toBe(false);
    },
  );
});
