import { expect, test } from 'vitest';
import STORED from '../../../lib/topic/gazetteer/prefilter-tables.json';
import { buildPrefilterTables } from '../../../lib/topic/prefilter-tables';

test('the stored prefilter tables are the ones its keys build (else run `npm run make:prefilter`)', () => {
  expect(
    STORED,
    'lib/topic/gazetteer/prefilter-tables.json is out of date: run `npm run make:prefilter`',
  ).toEqual(buildPrefilterTables());
});
