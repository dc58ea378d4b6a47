import { afterEach, beforeEach, expect, test } from 'vitest';
import { type CaravanDb, openDb } from '@/lib/store/db';
import { REPORTS_PER_FACT, readShownReports } from '@/lib/store/fact-report-view';
import { recordPage } from '@/lib/store/record-page';
import { figureSummary, pageReport } from '../../support/page-report';

let db: CaravanDb;
let n = 0;
beforeEach(() => {
  db = openDb(`fact-report-view-${++n}`);
});
afterEach(async () => {
  await db.delete();
});

const KEY = 'CN-KZ|trade_volume|2024|USD';

test('a fact reported more often than a view shows lists its newest reports, newest first', async () => {
  // Stored oldest first: the earliest-stored articles are the oldest ones.
  const articles = REPORTS_PER_FACT + 3;
  for (let day = 1; day <= articles; day++) {
    const figure = figureSummary(0, `$${40 + day} billion`, { factKey: KEY, metric: 'trade_volume' });
    await recordPage(
      db,
      pageReport([figure], {
        url: `https://news.example/${day}`,
        publishedAt: `2025-01-${String(day).padStart(2, '0')}`,
      }),
    );
  }
  const shown = (await readShownReports(db, [KEY])).get(KEY) ?? [];
  expect(shown).toHaveLength(REPORTS_PER_FACT);
  expect(shown[0]?.publishedAt).toBe(`2025-01-${articles}`);
  expect(shown.at(-1)?.publishedAt).toBe('2025-01-04');
});
