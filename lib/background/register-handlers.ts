import { handleMessages } from '../messages';
import { type CaravanDb, openDb } from '../store/db';
import { readStats, recordPage } from '../store/record-page';

/** Answers the background's side of the message protocol, all in one place. */
export function registerHandlers(db: CaravanDb = openDb()): () => void {
  return handleMessages({
    'page:record': async (page) => ({ articleId: await recordPage(db, page) }),
    'store:stats': async () => readStats(db),
  });
}
