import { describe, expect, test } from 'vitest';
import en from '@/public/_locales/en/messages.json';
import ru from '@/public/_locales/ru/messages.json';
import zh from '@/public/_locales/zh_CN/messages.json';

type Entry = { message: string; placeholders?: Record<string, { content: string }> };
type Messages = Record<string, Entry>;
const LOCALES: [string, Messages][] = [
  ['zh_CN', zh as Messages],
  ['ru', ru as Messages],
];
const english = en as Messages;

/** The placeholders a message uses, sorted: $NAME$ in the text. */
const used = (entry: Entry) =>
  [...entry.message.matchAll(/\$(\w+)\$/g)].map((m) => m[1]?.toLowerCase()).sort();

describe.each(LOCALES)('the %s interface', (_locale, messages) => {
  test('has every English message, and no other', () => {
    expect(Object.keys(messages).sort()).toEqual(Object.keys(english).sort());
  });

  test('takes the same substitutions in each message as the English one', () => {
    for (const [key, entry] of Object.entries(english)) {
      const translated = messages[key] as Entry;
      expect(used(translated), key).toEqual(used(entry));
      expect(translated.placeholders ?? {}, key).toEqual(entry.placeholders ?? {});
    }
  });

  test('is translated: a message in words is not left in English', () => {
    const left = Object.entries(english)
      .filter(([key, entry]) => /[a-z]{3,} [a-z]{3,}/i.test(entry.message) && key !== 'extName')
      .filter(([key, entry]) => messages[key]?.message === entry.message)
      .map(([key]) => key);
    expect(left).toEqual([]);
  });
});

test('every placeholder a message declares is used, and every one it uses is declared', () => {
  for (const [key, entry] of Object.entries(english)) {
    expect(used(entry), key).toEqual(Object.keys(entry.placeholders ?? {}).sort());
  }
});
