import Dexie from 'dexie';
import type { CaravanDb } from './db';

/** The mentions of one article, in reading order, as a Dexie collection (through the compound index). */
export function mentionsOf(db: CaravanDb, articleId: number) {
  return db.mentions.where('[articleId+index]').between([articleId, Dexie.minKey], [articleId, Dexie.maxKey]);
}
