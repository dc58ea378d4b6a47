import { afterEach, beforeEach, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerHandlers } from '@/lib/background/register-handlers';
import { recordReport } from '@/lib/content/record-report';
import { handleMessages } from '@/lib/messages';
import { FIGURES_PER_MESSAGE } from '@/lib/report-parts';
import { type CaravanDb, openDb } from '@/lib/store/db';
import { mentionsOf } from '@/lib/store/mentions-of';
import { readStats } from '@/lib/store/record-page';
import { figureSummary, pageReport } from '../../support/page-report';

let db: CaravanDb;
let stop = () => {};
let n = 0;
/** The figures each message to the background carried. */
let sent: { type: string; figures: number }[] = [];

beforeEach(() => {
  fakeBrowser.reset();
  sent = [];
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
    const { type, payload } = message as {
      type: string;
      payload: { figures?: unknown[]; report?: { figures: unknown[] } };
    };
    sent.push({ type, figures: (payload.figures ?? payload.report?.figures ?? []).length });
    return undefined;
  });
  db = openDb(`record-report-${++n}`);
  stop = registerHandlers(db);
});
afterEach(async () => {
  stop();
  await db.delete();
});

const reportOf = (count: number) =>
  pageReport(Array.from({ length: count }, (_, index) => figureSummary(index, `${index + 1} trains`)));

test('a short report goes to the store in one message', async () => {
  const id = (await recordReport(reportOf(12))).articleId;
  expect(sent).toEqual([{ type: 'page:record', figures: 12 }]);
  expect((await mentionsOf(db, id)).map((m) => m.text)).toHaveLength(12);
});

test('a long report crosses in parts of at most 200 figures and is stored whole, in reading order', async () => {
  const id = (await recordReport(reportOf(2 * FIGURES_PER_MESSAGE + 50))).articleId;
  expect(sent.map((message) => message.type)).toEqual([
    'page:record-part',
    'page:record-part',
    'page:record-part',
    'page:record',
  ]);
  expect(Math.max(...sent.map((message) => message.figures))).toBeLessThanOrEqual(FIGURES_PER_MESSAGE);
  const texts = (await mentionsOf(db, id)).map((m) => m.text);
  expect(texts).toHaveLength(450);
  expect(texts.slice(0, 2)).toEqual(['1 trains', '2 trains']);
  expect(texts.at(-1)).toBe('450 trains');
});

test('a worker that restarted between the parts stores nothing half-way, and the report is sent again', async () => {
  // The restart: the worker's memory (its handlers and the parts they hold) is lost after the second part.
  let parts = 0;
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
    if ((message as { type: string }).type === 'page:record-part' && ++parts === 2) {
      stop();
      stop = registerHandlers(db);
    }
    return undefined;
  });
  const id = (await recordReport(reportOf(3 * FIGURES_PER_MESSAGE))).articleId;
  expect(sent.filter((message) => message.type === 'page:record')).toHaveLength(2);
  expect(await readStats(db)).toEqual({ articles: 1, mentions: 600 });
  expect(await mentionsOf(db, id)).toHaveLength(600);
});

test('a store that refuses the report (a full disk) is not sent the whole report again', async () => {
  stop();
  stop = handleMessages({
    'page:record-part': async () => undefined,
    'page:record': async () => {
      throw new Error('The disk is full.');
    },
  });
  await expect(recordReport(reportOf(2 * FIGURES_PER_MESSAGE))).rejects.toThrow('The disk is full.');
  expect(sent.filter((message) => message.type === 'page:record')).toHaveLength(1);
});
