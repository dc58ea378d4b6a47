import { describe, expect, test } from 'vitest';
import { listBoxes } from '@/lib/page/article-boxes';
import { readArticle } from '@/lib/page/read-article';

function load(html: string): void {
  document.documentElement.innerHTML = html;
}

const para = (n: number) =>
  `Paragraph ${n} of the story on the Torugart crossing between Kyrgyzstan and China, long enough to count as text.`;

/** The texts of each box the article's blocks stand in. */
function boxTexts(): string[][] {
  const { blocks } = readArticle(document);
  return (listBoxes(blocks) ?? []).map((box) => box.map((index) => blocks[index]?.text.trim() ?? ''));
}

describe('boxes inside the article', () => {
  test('a fact box, in an aside or a div, is a box of its own lines, wherever it stands', () => {
    load(`<body><article><h1>Torugart</h1><div class="body">
      <p>${para(1)}</p>
      <aside class="key-facts"><h4>In figures</h4><ul><li>Trade: $22.7 billion</li></ul></aside>
      <p>${para(2)}</p>
      <p>${para(3)}</p>
      <div class="factbox"><h2>Kyrgyzstan and China</h2><ul><li>Lorries: 41,300</li><li>Share: 38%</li></ul></div>
    </div></article></body>`);
    expect(boxTexts()).toEqual([
      ['In figures', 'Trade: $22.7 billion'],
      ['Kyrgyzstan and China', 'Lorries: 41,300', 'Share: 38%'],
    ]);
  });

  test('an element that holds most of the text is the article, not a box in it; paragraphs are in no box', () => {
    load(`<body><article><h1>Torugart</h1><div class="content-box">
      <p>${para(1)}</p><p>${para(2)}</p><p>${para(3)}</p>
    </div><p>${para(4)}</p></article></body>`);
    expect(listBoxes(readArticle(document).blocks)).toBeUndefined();
  });
});
