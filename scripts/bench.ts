// `npm run bench`: runs each bench section in turn and ends with one line holding a JSON object of all their
// figures. A section is an async function returning a partial record; add new ones to SECTIONS.
import { benchExtract } from './bench/extract';
import { benchFactSearch } from './bench/fact-search';
import { benchHitTest } from './bench/hit-test';
import { benchPageDecision } from './bench/page-decision';
import { benchPipeline } from './bench/pipeline';
import { benchReadingList } from './bench/reading-list';
import { benchStoreScale } from './bench/store-scale';
import { benchTopic } from './bench/topic';

type BenchRecord = Record<string, number | string | boolean>;
type BenchSection = () => Promise<BenchRecord>;

const SECTIONS: BenchSection[] = [
  benchExtract,
  benchPageDecision,
  benchTopic,
  benchStoreScale,
  benchFactSearch,
  benchHitTest,
  benchReadingList,
  benchPipeline,
];

async function runBenches(sections: readonly BenchSection[]): Promise<BenchRecord> {
  const record: BenchRecord = {};
  for (const section of sections) Object.assign(record, await section());
  return record;
}

const record = await runBenches(SECTIONS);
console.log(JSON.stringify(record));
