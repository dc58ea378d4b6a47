// Builds the store's first-run facts from the demo articles, with the same pipeline the content script runs.
import 'fake-indexeddb/auto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { applyMeasures, buildReport } from '../../lib/content/build-report';
import { scanPage } from '../../lib/content/scan-page';
import { measureFigures } from '../../lib/facts/measure-figures';
import { readMetadata } from '../../lib/page/read-metadata';
import { parseHtml } from '../../lib/scan/parse-html';
import { openDb } from '../../lib/store/db';
import { type CaravanExport, exportStore } from '../../lib/store/export-store';
import { recordPage } from '../../lib/store/record-page';
import { listDemoPages, PAGES_DIR } from './demo-server';

/** Scans every on-topic demo article (under its canonical address) into a fresh store and exports it. */
export async function buildSeed(): Promise<CaravanExport> {
  const db = openDb(`seed-${Date.now()}`);
  try {
    for (const page of (await listDemoPages()).filter((p) => p.topic)) {
      const html = await readFile(join(PAGES_DIR, page.slug, 'source.html'), 'utf8');
      const canonical =
        /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1] ?? `https://demo.invalid/${page.slug}/`;
      const parsed = parseHtml(html, canonical);
      const doc = parsed.document;
      const scan = scanPage(doc);
      const metadata = readMetadata(doc);
      if (scan?.topic.isTopic) {
        const seenAt = Date.parse(metadata.publishedAt) || 0;
        const { report, request } = buildReport(canonical, metadata, scan);
        applyMeasures(report, measureFigures(request));
        await recordPage(db, report, seenAt);
      }
      await parsed.close();
    }
    return await exportStore(db, new Date(0));
  } finally {
    await db.delete();
  }
}
