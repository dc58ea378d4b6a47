import type { Page } from 'playwright-core';

/** The page's main-thread tasks from the moment the extension's content script was evaluated, from a trace. */
export interface MainThreadTasks {
  /** The task that evaluated the content script (its modules' set-up and start), wall time in ms. */
  loadMs: number;
  /** The evaluation of the content script itself within that task, in ms. */
  evaluateMs: number;
  /** How many tasks the page's main thread ran after that one. */
  count: number;
  /**
   * The most script time one of those tasks ran, in ms: its outermost script events (the scan's slices, the
   * observers, the answers to the panel, and any layout they force), not the rendering the browser does after
   * them, nor the calls into the page's own scripts. Microtasks carry no script address, so the page's promise
   * callbacks still count: an upper bound of what the extension adds to one task.
   */
  worstScriptMs: number;
  /** What that task did: its longest inner trace events. */
  worstScript: string[];
  /** The longest task after the load, whatever ran in it (the page's own rendering included), in ms. */
  longestTaskMs: number;
  longestTask: string[];
  /** The longest of those that only rendered (style, layout, painting the highlights), wall time in ms. */
  worstRenderMs: number;
}

/** Trace categories with tasks, script evaluations and what runs inside tasks. */
const CATEGORIES = ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute'];

/** Trace events of script running inside a task: microtasks (a resumed scan), calls, timers, events. */
const SCRIPT_EVENTS = new Set([
  'RunMicrotasks',
  'FunctionCall',
  'EvaluateScript',
  'TimerFire',
  'FireIdleCallback',
  'EventDispatch',
  'v8.run',
]);

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { data?: { url?: string } };
}

/** Records a Chromium trace of the page's renderer while `action` runs. */
async function traceWhile(page: Page, action: () => Promise<void>): Promise<TraceEvent[]> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: CATEGORIES, recordMode: 'recordAsMuchAsPossible' },
    transferMode: 'ReportEvents',
  });
  try {
    await action();
  } finally {
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await complete;
    await cdp.detach().catch(() => {});
  }
  return events;
}

const contains = (outer: TraceEvent, inner: TraceEvent) =>
  outer.pid === inner.pid &&
  outer.tid === inner.tid &&
  inner.ts >= outer.ts &&
  inner.ts <= outer.ts + (outer.dur ?? 0);

/**
 * Runs `action` (load a page, let the extension scan it) while tracing, then measures every task the page's
 * main thread ran from the evaluation of the extension's content script on. Script-level attribution is not
 * possible for the scan's own slices (a resumed async function carries no script address in a trace), so every
 * script in those tasks counts but the calls into the page's own scripts, whose address is the page's.
 */
export async function traceMainThread(
  page: Page,
  extensionId: string,
  action: () => Promise<void>,
): Promise<MainThreadTasks> {
  const events = await traceWhile(page, action);
  const prefix = `chrome-extension://${extensionId}/`;
  const evaluation = events.find(
    (event) => event.name === 'EvaluateScript' && event.args?.data?.url?.startsWith(prefix),
  );
  if (!evaluation) throw new Error('The trace shows no evaluation of the content script');
  const tasks = events.filter(
    (event) =>
      event.ph === 'X' &&
      event.name === 'RunTask' &&
      event.pid === evaluation.pid &&
      event.tid === evaluation.tid &&
      event.ts + (event.dur ?? 0) >= evaluation.ts,
  );
  const load = tasks.find((task) => contains(task, evaluation));
  const after = tasks.filter((task) => task !== load);
  const scripts = events.filter((event) => SCRIPT_EVENTS.has(event.name));
  const runsScript = (task: TraceEvent) => scripts.some((event) => contains(task, event));
  const longest = (list: TraceEvent[]) =>
    list.reduce<TraceEvent | null>(
      (worst, task) => ((task.dur ?? 0) > (worst?.dur ?? -1) ? task : worst),
      null,
    );
  const outermost = (list: TraceEvent[]) =>
    list.filter(
      (event) =>
        !list.some(
          (other) => other !== event && contains(other, event) && (other.dur ?? 0) > (event.dur ?? 0),
        ),
    );
  const sumMs = (list: TraceEvent[]) => list.reduce((sum, event) => sum + (event.dur ?? 0), 0) / 1000;
  /** A call into one of the page's own scripts: its address says so (the scan's resumed slices carry none). */
  const pageCode = (event: TraceEvent) =>
    event.name === 'FunctionCall' && !!event.args?.data?.url && !event.args.data.url.startsWith(prefix);
  /**
   * Script time inside a task: its outermost script events (a forced layout inside them counts), less the calls
   * into the page's own scripts (its animation frames, timers and handlers).
   */
  const scriptMs = (task: TraceEvent) => {
    const inner = scripts.filter((event) => contains(task, event));
    return sumMs(outermost(inner)) - sumMs(outermost(inner.filter(pageCode)));
  };
  // Each task's script time once: it filters every script event of the trace.
  const worst = after.filter(runsScript).reduce<{ task: TraceEvent | null; ms: number }>(
    (found, task) => {
      const ms = scriptMs(task);
      return ms > found.ms || !found.task ? { task, ms } : found;
    },
    { task: null, ms: 0 },
  );
  const worstTask = worst.task;
  const worstRender = longest(after.filter((task) => !runsScript(task)));
  const longestTask = longest(after);
  const inside = (task: TraceEvent | null) =>
    task
      ? events
          .filter((event) => event !== task && contains(task, event) && (event.dur ?? 0) >= 1000)
          .sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0))
          .slice(0, 4)
          .map((event) => `${event.name} ${((event.dur ?? 0) / 1000).toFixed(1)} ms`)
      : [];
  return {
    loadMs: (load?.dur ?? 0) / 1000,
    evaluateMs: (evaluation.dur ?? 0) / 1000,
    count: after.length,
    worstScriptMs: worst.ms,
    worstScript: inside(worstTask),
    longestTaskMs: (longestTask?.dur ?? 0) / 1000,
    longestTask: inside(longestTask),
    worstRenderMs: (worstRender?.dur ?? 0) / 1000,
  };
}
