import { beforeEach, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleMessages, sendToBackground } from '@/lib/messages';

beforeEach(() => fakeBrowser.reset());

test('a request reaches its handler and its answer comes back', async () => {
  handleMessages({ 'store:stats': async () => ({ articles: 2, mentions: 7 }) });
  await expect(sendToBackground('store:stats', undefined)).resolves.toEqual({ articles: 2, mentions: 7 });
});

test('an error in a handler reaches the sender as an error with its message', async () => {
  handleMessages({
    'store:stats': async () => {
      throw new Error('The store is full');
    },
  });
  await expect(sendToBackground('store:stats', undefined)).rejects.toThrow('The store is full');
});

test('aborting the signal stops the handler from answering', async () => {
  const controller = new AbortController();
  handleMessages({ 'store:stats': async () => ({ articles: 1, mentions: 1 }) }, controller.signal);
  controller.abort();
  await expect(sendToBackground('store:stats', undefined)).rejects.toThrow();
});

test('a signal that has already ended registers no handler at all', async () => {
  const controller = new AbortController();
  controller.abort();
  handleMessages({ 'store:stats': async () => ({ articles: 1, mentions: 1 }) }, controller.signal);
  await expect(sendToBackground('store:stats', undefined)).rejects.toThrow();
});
