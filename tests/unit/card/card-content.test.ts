import { beforeEach, describe, expect, it } from 'vitest';
import { buildCardContent } from '@/lib/card/card-content';
import type { FigureSummary } from '@/lib/messages';
import type { FigureLinks, OtherReport } from '@/lib/store/link-figures';
import { useEnglishMessages } from '../../support/english-messages';

beforeEach(useEnglishMessages);

const figure: FigureSummary = {
  index: 3,
  text: 'over $100 billion',
  value: 100e9,
  unit: 'USD',
  kind: 'money',
  approx: 'over',
  context: 'Trade between China and Kazakhstan reached over $100 billion in 2024.',
  conversionOf: -1,
  quote: { exact: 'over $100 billion', prefix: '', suffix: '' },
  position: null,
  fragment: '',
  subject: 'CN-KZ',
  metric: 'trade_volume',
  growthOf: '',
  period: '2024',
  status: 'actual',
  factKey: 'CN-KZ|trade_volume|2024|USD',
};

const links: FigureLinks = {
  index: 3,
  others: [
    {
      text: '$102 billion',
      value: 102e9,
      unit: 'USD',
      title: 'Steppe trade grows',
      source: 'Steppe Courier',
      publishedAt: '2025-02-01T08:00:00Z',
      fragment: 'https://steppe.example/trade#:~:text=%24102%20billion',
      agrees: false,
      copy: '',
      copyOf: '',
    },
    {
      text: '100 billion dollars',
      value: 100e9,
      unit: 'USD',
      title: 'Old news',
      source: 'Evil Feed',
      publishedAt: '',
      fragment: 'javascript:alert(1)',
      agrees: true,
      copy: '',
      copyOf: '',
    },
  ],
  agreement: 'differ',
  spread: { low: 100e9, high: 102e9 },
  conversion: { text: '¥720 billion', unit: 'CNY', rate: 7.2 },
  growthCheck: null,
};

describe('the figure card content', () => {
  it('gives the normalized reading and what the figure measures, in words', () => {
    const content = buildCardContent(figure, undefined);
    expect(content.reading).toBe('> 100B USD');
    expect(content.text).toBe('over $100 billion');
    expect(content.measure).toEqual([
      { label: 'About', value: 'China–Kazakhstan' },
      { label: 'Measures', value: 'Trade volume' },
      { label: 'Period', value: '2024' },
      { label: 'Status', value: 'actual figure' },
    ]);
    expect(content.reports).toEqual([]);
    expect(content.lines).toEqual([]);
  });

  it('lists the other reports with source, date, reading and agreement, and the store lines', () => {
    const content = buildCardContent(figure, links);
    expect(
      content.reports.map(({ source, date, reading, agrees }) => ({ source, date, reading, agrees })),
    ).toEqual([
      { source: 'Steppe Courier', date: '2025-02-01', reading: '102B USD', agrees: false },
      { source: 'Evil Feed', date: '', reading: '100B USD', agrees: true },
    ]);
    expect(content.lines.map((line) => line.text)).toEqual([
      'Reported differently elsewhere: 100B USD to 102B USD',
      'Stated conversion: ¥720 billion (1 USD = 7.2 CNY)',
    ]);
  });

  it('lists a reprint as a copy of the source it repeats, and the lines count only sources of their own', () => {
    const [first, second] = links.others as [OtherReport, OtherReport];
    const reprinted: FigureLinks = {
      ...links,
      others: [
        { ...first, agrees: true },
        { ...second, source: 'Portal', copy: 'other', copyOf: 'Steppe Courier' },
        { ...second, source: 'Mirror', copy: 'page', copyOf: '' },
      ],
      agreement: 'agree',
      spread: null,
      conversion: null,
    };
    const content = buildCardContent(figure, reprinted);
    expect(content.reports.map(({ source, copy }) => [source, copy])).toEqual([
      ['Steppe Courier', ''],
      ['Portal', 'reprint of Steppe Courier, not counted'],
      ['Mirror', 'same text as this page, not counted'],
    ]);
    expect(content.lines.map((line) => line.text)).toEqual([
      'Another article reports the same and agrees',
      'Same text reprinted, not counted as another source: Portal, Mirror',
    ]);
  });

  it('links only to web addresses', () => {
    const content = buildCardContent(figure, links);
    expect(content.reports[0]?.href).toBe('https://steppe.example/trade#:~:text=%24102%20billion');
    expect(content.reports[1]?.href).toBe('');
  });

  it('names growth by what grew, regions and facilities, and leaves out what is unknown', () => {
    const growth = buildCardContent(
      { ...figure, subject: 'CA', metric: 'growth', growthOf: 'exports', period: '', status: '' },
      undefined,
    );
    expect(growth.measure).toEqual([
      { label: 'About', value: 'Central Asia' },
      { label: 'Measures', value: 'Exports: growth' },
    ]);
    const port = buildCardContent(
      { ...figure, subject: 'port:khorgos', metric: '', period: '', status: '' },
      undefined,
    );
    expect(port.measure).toEqual([{ label: 'About', value: 'Khorgos (border port)' }]);
    const nothing = buildCardContent(
      { ...figure, subject: '', metric: '', period: '', status: '' },
      undefined,
    );
    expect(nothing.measure).toEqual([]);
  });

  it('keeps page text exactly as written, markup and all, for the card to show as text', () => {
    const hostile = '<img src=x onerror="alert(1)"> 5 billion';
    const content = buildCardContent({ ...figure, text: hostile, context: hostile }, undefined);
    expect(content.text).toBe(hostile);
    expect(content.sentence).toBe(hostile);
  });
});
