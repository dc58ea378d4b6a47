import { expect, test } from 'vitest';
import type { PageReport } from '@/lib/messages';
import { FIGURES_PER_MESSAGE, type ReportPart, readReportInParts, reportPart } from '@/lib/report-parts';
import { figureSummary, pageReport } from '../support/page-report';

const reportOf = (count: number, label = 'trains') =>
  pageReport(Array.from({ length: count }, (_, index) => figureSummary(index, `${index + 1} ${label}`)));

test('the panel reads a long report in parts and gets every figure, in order', async () => {
  const report = reportOf(2 * FIGURES_PER_MESSAGE + 1);
  const asked: number[] = [];
  const read = await readReportInParts(async (from) => {
    asked.push(from);
    return reportPart(report, 1, from);
  });
  expect(asked).toEqual([0, 200, 400]);
  expect(read).toEqual(report);
});

test('parts asked together and answered in any order make the report in reading order', async () => {
  const report = reportOf(5 * FIGURES_PER_MESSAGE + 7);
  // Later parts answer first: each waits less the further it starts.
  const read = await readReportInParts(
    (from) =>
      new Promise((resolve) => setTimeout(() => resolve(reportPart(report, 1, from)), 30 - from / 100)),
  );
  expect(read).toEqual(report);
});

test('a page rescanned between two parts is read again from the start, never mixed', async () => {
  let current: PageReport = reportOf(300, 'trains');
  let version = 1;
  const read = await readReportInParts(async (from) => {
    const part = reportPart(current, version, from);
    if (from === 0 && version === 1) {
      current = reportOf(250, 'wagons');
      version = 2;
    }
    return part;
  });
  expect(read.figures).toHaveLength(250);
  expect(read.figures.every((figure) => figure.text.endsWith('wagons'))).toBe(true);
});

test('a part asked from a nonsense offset starts at the first figure', () => {
  const report = reportOf(3);
  const parts: ReportPart[] = [reportPart(report, 1, -5), reportPart(report, 1, Number.NaN)];
  for (const part of parts)
    expect(part.figures.map((f) => f.text)).toEqual(['1 trains', '2 trains', '3 trains']);
  expect(reportPart(report, 1, 2).figureTotal).toBe(3);
});
