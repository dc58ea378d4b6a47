import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { mightBeTopic, scoreTopic } from '../../../lib/topic';

/** The shared seed pages live outside the project and are never copied into it; skipped when absent. */
const SEED_DIR = join(process.cwd(), '../shared/fixtures/seeds');
const seeds = existsSync(SEED_DIR) ? readdirSync(SEED_DIR).filter((name) => name.endsWith('.txt')) : [];

describe.skipIf(seeds.length === 0)('seed pages', () => {
  test.each(seeds)('%s is on topic', (name) => {
    const lines = readFileSync(join(SEED_DIR, name), 'utf8')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '');
    const [title = '', ...blocks] = lines;
    expect(mightBeTopic(lines.join('\n'))).toBe(true);
    expect(scoreTopic({ title, blocks }).isTopic).toBe(true);
  });
});
