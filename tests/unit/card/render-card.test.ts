import { beforeEach, describe, expect, it } from 'vitest';
import type { CardContent } from '@/lib/card/card-content';
import { renderCard } from '@/lib/card/render-card';
import { useEnglishMessages } from '../../support/english-messages';

beforeEach(useEnglishMessages);

const hostile = '<img src=x onerror="globalThis.cardPwned = 1"><b>bold</b>';
const content: CardContent = {
  reading: '> 100B USD',
  text: `over $100 billion ${hostile}`,
  sentence: `Trade reached over $100 billion ${hostile}.`,
  measure: [{ label: 'About', value: 'China–Kazakhstan' }],
  metric: 'trade_volume',
  factKey: 'CN-KZ|trade_volume|2024|USD',
  reports: [
    {
      source: hostile,
      title: 't',
      date: '2025-01-02',
      reading: '102B USD',
      agrees: false,
      href: '',
      copy: '',
    },
    {
      source: 'Steppe Courier',
      title: 't',
      date: '',
      reading: '100B USD',
      agrees: true,
      href: 'https://s.example/a',
      copy: '',
    },
  ],
  lines: [{ key: 'differ', text: 'Reported differently elsewhere: 100B USD to 102B USD', tone: 'differ' }],
};

const noop = async () => '';

describe('the figure card as a DOM tree', () => {
  it('is a dialog labelled by its reading, and shows page text as text only', () => {
    const card = renderCard(document, content, { close: () => {}, save: noop, openInPanel: noop });
    document.body.append(card);
    expect(card.getAttribute('role')).toBe('dialog');
    const title = card.querySelector(`#${card.getAttribute('aria-labelledby')}`);
    expect(title?.textContent).toBe('> 100B USD');
    expect(card.querySelector('img, b')).toBeNull();
    expect(card.textContent).toContain(hostile);
    expect((globalThis as { cardPwned?: number }).cardPwned).toBeUndefined();
    card.remove();
  });

  it('links other reports only where there is a web address, and marks agreement', () => {
    const card = renderCard(document, content, { close: () => {}, save: noop, openInPanel: noop });
    const items = [...card.querySelectorAll('.reports li')];
    expect(items.map((item) => item.querySelector('a')?.getAttribute('href') ?? null)).toEqual([
      null,
      'https://s.example/a',
    ]);
    expect(items[1]?.querySelector('a')?.getAttribute('rel')).toBe('noopener noreferrer');
    expect(items.map((item) => item.querySelector('.agree, .differ')?.textContent)).toEqual([
      'differs',
      'agrees',
    ]);
  });

  it('marks a reprint as a copy, with neither agreement nor difference', () => {
    const reprint = {
      ...content.reports[1],
      source: 'Portal',
      copy: 'reprint of Steppe Courier, not counted',
    };
    const card = renderCard(
      document,
      { ...content, reports: [...content.reports, reprint as CardContent['reports'][number]] },
      { close: () => {}, save: noop, openInPanel: noop },
    );
    const last = [...card.querySelectorAll('.reports li')].at(-1);
    expect(last?.querySelector('.agree, .differ')).toBeNull();
    expect(last?.querySelector('.copy')?.textContent).toBe('reprint of Steppe Courier, not counted');
  });

  it('says so when no other report is known, or when the figure is not a comparable fact', () => {
    const none = renderCard(
      document,
      { ...content, reports: [] },
      { close: () => {}, save: noop, openInPanel: noop },
    );
    expect(none.textContent).toContain('No other article in your fact store reports this fact yet.');
    const unknown = renderCard(
      document,
      { ...content, factKey: '', reports: [] },
      { close: () => {}, save: noop, openInPanel: noop },
    );
    expect(unknown.textContent).toContain('cannot yet tell what this figure measures');
    // A price knows what it measures: the card says why it is not compared instead.
    const price = renderCard(
      document,
      { ...content, metric: 'price', factKey: '', reports: [] },
      { close: () => {}, save: noop, openInPanel: noop },
    );
    expect(price.textContent).toContain('does not compare prices');
    expect(price.textContent).not.toContain('cannot yet tell what this figure measures');
    expect([...unknown.querySelectorAll('button')].map((button) => button.textContent)).toEqual([
      '×',
      'Save article',
    ]);
  });

  it('runs its actions and shows what they answer in a status line', async () => {
    let closed = 0;
    const card = renderCard(document, content, {
      close: () => {
        closed += 1;
      },
      save: async () => 'The article could not be saved: No handler',
      openInPanel: noop,
    });
    const buttons = [...card.querySelectorAll('button')];
    expect(buttons.map((button) => button.getAttribute('aria-label') ?? button.textContent)).toEqual([
      'Close',
      'Save article',
      'Open in panel',
    ]);
    buttons[1]?.click();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(card.querySelector('[role=status]')?.textContent).toBe(
      'The article could not be saved: No handler',
    );
    buttons[0]?.click();
    expect(closed).toBe(1);
  });
});
