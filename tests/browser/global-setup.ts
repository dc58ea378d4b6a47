import type { TestProject } from 'vitest/node';
import { buildDemoExtension } from '../../scripts/lib/build-extension';
import { startDemoServer } from '../../scripts/lib/demo-server';

declare module 'vitest' {
  export interface ProvidedContext {
    demoUrl: string;
  }
}

/** Builds the extension once and serves the demo site for every browser test file. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  buildDemoExtension();
  const server = await startDemoServer();
  project.provide('demoUrl', server.url);
  return server.close;
}
