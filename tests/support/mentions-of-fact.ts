import type { CaravanDb } from '@/lib/store/db';
import { mentionsIn } from '@/lib/store/mentions-of';
import type { MentionRow } from '@/lib/store/rows';

/** Every stored mention of one fact, by article and then reading order. */
export async function mentionsOfFact(db: CaravanDb, factKey: string): Promise<MentionRow[]> {
  const reports = (await db.factReports.get(factKey))?.reports ?? [];
  const rows = await db.articleFigures.bulkGet([...new Set(reports.map((report) => report.articleId))]);
  return rows.flatMap((row) => (row ? mentionsIn(row).filter((m) => m.factKey === factKey) : []));
}
