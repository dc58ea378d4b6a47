import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startBackground } from '@/lib/background/start-background';
import { sendToBackground } from '@/lib/messages';
import { type CaravanDb, openDb } from '@/lib/store/db';
import demoFacts from '@/lib/store/demo-facts.json';

let db: CaravanDb;
let n = 0;

beforeEach(() => {
  fakeBrowser.reset();
  // The fake browser has no commands, menus or messages; they play no part here.
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key: string) => key);
  vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation(() => {});
  vi.spyOn(fakeBrowser.contextMenus.onClicked, 'addListener').mockImplementation(() => {});
  vi.spyOn(fakeBrowser.contextMenus, 'create').mockImplementation(() => 0);
  db = openDb(`start-background-${++n}`);
  startBackground(db);
});
afterEach(async () => {
  await db.delete();
});

const demoArticles = demoFacts.tables.articles.length;

test('a panel opened while a new install writes its first facts finds them, not an empty store', async () => {
  await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
  const [stats, found] = await Promise.all([
    sendToBackground('store:stats', undefined),
    sendToBackground('facts:search', { query: 'Kazakhstan' }),
  ]);
  expect(stats.articles).toBe(demoArticles);
  expect(found.storeEmpty).toBe(false);
  expect(found.series.map((series) => series.id)).toContain('CN-KZ|trade_volume|USD');
});

test('clearing the store while a new install writes its first facts leaves it empty', async () => {
  await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
  expect(await sendToBackground('store:clear', undefined)).toEqual({ articles: 0, mentions: 0 });
  expect((await sendToBackground('store:stats', undefined)).articles).toBe(0);
});

test('an update leaves the store as the reader had it', async () => {
  await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.1.0' });
  const found = await sendToBackground('facts:search', { query: 'Kazakhstan' });
  expect(found.storeEmpty).toBe(true);
});
