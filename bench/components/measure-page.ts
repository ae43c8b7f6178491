// What one page load measures in Chromium: when the first input is enabled, the
// latency of each keystroke with live validation on, characters lost while typing
// fast, and the JS heap. Timings come from inside the page (performance.now(),
// whose origin is the navigation start), so Playwright's own round trips stay out.

import type { CDPSession, Page } from 'playwright';

/** Installed before any script of the page runs. */
const instrumentation = () => {
  const bench = { firstInputEnabled: undefined as number | undefined, keys: [] as number[] };
  (window as unknown as { bench: typeof bench }).bench = bench;
  const selector = 'input:not([disabled]):not([type="hidden"])';
  const observer = new MutationObserver(() => {
    if (bench.firstInputEnabled !== undefined || !document.querySelector(selector)) return;
    bench.firstInputEnabled = performance.now();
    observer.disconnect();
  });
  observer.observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['disabled'],
  });
  // Input to next paint, as INP counts it: from the key's timestamp to a task queued
  // from the next animation frame, which runs once that frame is painted.
  document.addEventListener(
    'keydown',
    (event) => {
      const start = event.timeStamp;
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => bench.keys.push(performance.now() - start);
        channel.port2.postMessage(null);
      });
    },
    true,
  );
};

export interface LoadResult {
  /** ms from navigation start to the first enabled input. */
  firstInputEnabledMs: number;
  /** With `profile`: where the main thread spent the load. */
  profile: ProfileEntry[];
}

/** Self time of the functions that took most of a CPU profile. */
export interface ProfileEntry {
  name: string;
  where: string;
  selfMs: number;
}

export interface TypingResult {
  keystrokeMs: number[];
  /** With `profile`: where the main thread spent the slow typing. */
  profile: ProfileEntry[];
  /** With `profile`: the page's main-thread trace events over the slow typing, total ms by name. */
  trace: ProfileEntry[];
  /** Main-thread task time per keystroke (CDP TaskDuration), paint included. */
  taskMsPerKey: number;
  typedFast: number;
  lost: number;
  heapMb: number;
}

export async function installInstrumentation(page: Page): Promise<void> {
  await page.addInitScript(instrumentation);
}

export async function loadPage(
  page: Page,
  url: string,
  options: { profile?: boolean } = {},
): Promise<LoadResult> {
  const cdp = options.profile ? await page.context().newCDPSession(page) : undefined;
  if (cdp) await startProfiler(cdp);
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(
    () =>
      (window as unknown as { bench: { firstInputEnabled?: number } }).bench.firstInputEnabled !== undefined,
    undefined,
    { timeout: 60_000, polling: 50 },
  );
  const firstInputEnabledMs = await page.evaluate(
    () => (window as unknown as { bench: { firstInputEnabled: number } }).bench.firstInputEnabled,
  );
  const profile = cdp ? topSelfTime((await cdp.send('Profiler.stop')).profile, 25) : [];
  await cdp?.detach();
  return { firstInputEnabledMs, profile };
}

async function startProfiler(cdp: CDPSession): Promise<void> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
}

async function taskSeconds(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((metric) => metric.name === 'TaskDuration')?.value ?? 0;
}

async function heapMegabytes(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize / 1024 / 1024;
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

function topSelfTime(
  profile: { nodes: ProfileNode[]; samples?: number[]; timeDeltas?: number[] },
  count: number,
): ProfileEntry[] {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<string, ProfileEntry>();
  (profile.samples ?? []).forEach((id, index) => {
    const frame = byId.get(id)?.callFrame;
    if (!frame || frame.functionName === '(idle)' || frame.functionName === '(program)') return;
    const where = `${frame.url.replace(/^.*\//, '')}:${frame.lineNumber + 1}`;
    const key = `${frame.functionName}@${where}`;
    const entry = self.get(key) ?? { name: frame.functionName || '(anonymous)', where, selfMs: 0 };
    entry.selfMs += (profile.timeDeltas?.[index] ?? 0) / 1000;
    self.set(key, entry);
  });
  return [...self.values()].sort((left, right) => right.selfMs - left.selfMs).slice(0, count);
}

interface TraceEvent {
  name: string;
  ph: string;
  dur?: number;
  tid: number;
  pid: number;
  args?: { data?: { frame?: string } };
}

/** Starts a Chrome trace of the rendering work (style, layout, paint, scripts, GC). */
async function startTrace(cdp: CDPSession): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => {
    events.push(...(value as unknown as TraceEvent[]));
  });
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,v8,blink,disabled-by-default-devtools.timeline',
    transferMode: 'ReportEvents',
  });
  return events;
}

async function stopTrace(cdp: CDPSession, events: TraceEvent[], count: number): Promise<ProfileEntry[]> {
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.end');
  await done;
  // The renderer's main thread is the one running the page's scripts.
  const main = events.find(
    (event) => event.name === 'TracingStartedInBrowser' || event.name === 'FunctionCall',
  );
  const thread = events.find((event) => event.name === 'FunctionCall')?.tid ?? main?.tid;
  const totals = new Map<string, number>();
  for (const event of events) {
    if (event.ph !== 'X' || event.tid !== thread || event.dur === undefined) continue;
    totals.set(event.name, (totals.get(event.name) ?? 0) + event.dur / 1000);
  }
  return [...totals.entries()]
    .map(([name, selfMs]) => ({ name, where: 'trace (total, nested events overlap)', selfMs }))
    .sort((left, right) => right.selfMs - left.selfMs)
    .slice(0, count);
}

// 140 keystrokes: enough for a p95 that one stray task does not decide.
const slowText = 'The quick brown fox jumps over the lazy dog 0123456789 again and again. '.repeat(2).trim();
const fastText = 'Pack my box with five dozen liquor jugs; sphinx of black quartz, judge my vow!';

/**
 * Turns live validation on (a submit with the fields empty: the form then
 * validates on every change), then types into `inputSelector`: once with a
 * pause between keys for latency, once as fast as input events go for lost
 * characters.
 */
export async function typeInto(
  page: Page,
  inputSelector: string,
  options: { submitFirst: boolean; keyDelayMs: number; profile?: boolean },
): Promise<TypingResult> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const input = page.locator(inputSelector);
  // A long step renders its first fields first: wait for the rest (the target is halfway down).
  await input.waitFor({ timeout: 60_000 });
  await page.waitForTimeout(500);
  if (options.submitFirst) {
    await page.click('button[type="submit"]');
    await page.waitForSelector('.okit-error', { timeout: 60_000 });
  }
  await input.scrollIntoViewIfNeeded();
  await input.click();
  await page.waitForTimeout(300);
  const heapMb = await heapMegabytes(cdp);

  await page.evaluate(() => {
    (window as unknown as { bench: { keys: number[] } }).bench.keys = [];
  });
  if (options.profile) await startProfiler(cdp);
  const traceEvents = options.profile ? await startTrace(cdp) : undefined;
  const before = await taskSeconds(cdp);
  await page.keyboard.type(slowText, { delay: options.keyDelayMs });
  await page.waitForTimeout(300);
  const after = await taskSeconds(cdp);
  const raw = options.profile ? (await cdp.send('Profiler.stop')).profile : undefined;
  const profile = raw ? topSelfTime(raw, 25) : [];
  const trace = traceEvents ? await stopTrace(cdp, traceEvents, 15) : [];
  const keystrokeMs = await page.evaluate(
    () => (window as unknown as { bench: { keys: number[] } }).bench.keys,
  );

  await input.fill('');
  await page.waitForTimeout(100);
  await page.keyboard.type(fastText, { delay: 0 });
  await page.waitForTimeout(500);
  const typed = await input.inputValue();
  let kept = 0;
  while (kept < typed.length && typed[kept] === fastText[kept]) kept += 1;
  await cdp.detach();
  return {
    keystrokeMs,
    profile,
    trace,
    taskMsPerKey: ((after - before) * 1000) / slowText.length,
    typedFast: fastText.length,
    lost: fastText.length - Math.min(kept, typed.length),
    heapMb,
  };
}
