import { expect, test } from 'vitest';
import { buildReport } from '@/lib/content/build-report';
import { readMetadata } from '@/lib/page/read-metadata';
import { parseHtml } from '@/lib/scan/parse-html';
import { scanDocument } from '@/lib/scan/scan-document';

const ARTICLE = `<html lang="en"><head><title>Wheat and rails</title></head><body><article>
<h1>China buys more Kazakh wheat as Khorgos freight grows</h1>
<p>China imported 1.2 million tonnes of wheat from Kazakhstan last year, paying an average of $245 per tonne.</p>
<p>Traders in Almaty said the tenge averaged 470.5 tenge per dollar over the year, while freight trains between
China and Kazakhstan through Khorgos carried goods worth $3.1 billion.</p>
</article></body></html>`;

test('the report keeps what a price is for in its unit, so the panel, the card and the store can tell it apart', async () => {
  const page = parseHtml(ARTICLE, 'http://127.0.0.1/wheat/');
  try {
    const scan = scanDocument(page.document);
    const { report } = buildReport('http://127.0.0.1/wheat/', readMetadata(page.document), scan);
    const units = Object.fromEntries(report.figures.map((figure) => [figure.text, figure.unit]));
    expect(units).toMatchObject({
      '$245 per tonne': 'USD/tonne',
      '470.5 tenge per dollar': 'KZT/USD',
      '$3.1 billion': 'USD',
    });
  } finally {
    await page.close();
  }
});
