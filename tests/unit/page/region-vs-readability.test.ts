import { expect, test } from 'vitest';
import { compareRegions } from '../../../scripts/lib/compare-regions';

// Mozilla Readability is the reference for main-content detection: on the team's pages, Caravan's own
// article region must lead to no more missed or extra highlights than Readability's region would.
test('the article region does at least as well as Readability on every demo page', async () => {
  const { caravan, readability } = await compareRegions();
  expect(caravan.pages).toBe(readability.pages);
  expect(caravan.missed + caravan.extra).toBeLessThanOrEqual(readability.missed + readability.extra);
}, 60_000);
