import { expect, test, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { describeStoreError } from '@/lib/content/store-error';
import { t } from '@/lib/i18n';

// The key stands for its text: the fake browser has no messages.
vi.spyOn(browser.i18n, 'getMessage').mockImplementation((key: string) => `[${key}]`);

test('a worker stopped while answering is told in plain words, other errors as they are', () => {
  const stopped = [
    'A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received',
    'Could not establish connection. Receiving end does not exist.',
    'The message port closed before a response was received.',
    'No answer to page:record',
  ];
  for (const message of stopped) expect(describeStoreError(new Error(message))).toBe(t('errorInterrupted'));
  expect(describeStoreError(new Error(t('errorDiskFull')))).toBe(t('errorDiskFull'));
  expect(describeStoreError('something else')).toBe('something else');
});
