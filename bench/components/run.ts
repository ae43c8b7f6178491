// Components benchmark: AccountOnboarding with a 60-field and a 600-field step,
// beside a plain React page with one input, in the same Chromium run. PRINTS a
// table; asserts nothing (timings on a shared 2-core machine move too much for a
// pass/fail line), but marks each figure against its target.
//
//   npx -y pnpm@12.21.0 bench:components [-- --runs 5] [--typing 3]
//
// See README.md beside this file for what each column means.

import { availableParallelism, loadavg } from 'node:os';
import { chromium } from 'playwright';
import { chromiumArgs, chromiumExecutablePath } from '../../scripts/chromium-launch.mjs';
import { startBenchServer } from './bench-server.js';
import {
  installInstrumentation,
  type LoadResult,
  loadPage,
  type TypingResult,
  typeInto,
} from './measure-page.js';
import { syntheticFieldKey } from './synthetic-document.js';

// --profile [fields]: CPU profiles of the load and typing of the step of that many fields (600 by
// default), from an unminified build.
const profileFlag = process.argv.indexOf('--profile');
const profile = profileFlag > 0;
const profiledFields = Number(process.argv[profileFlag + 1]) || 600;
const runsFlag = process.argv.indexOf('--runs');
const runs = runsFlag > 0 ? Number(process.argv[runsFlag + 1]) : 5;
if (!Number.isInteger(runs) || runs < 1)
  throw new Error('--runs takes a whole number of page loads, e.g. --runs 5');
// --typing N: type into the page in the last N runs (1 by default) and pool the keystrokes, so one
// busy moment of the shared machine does not decide the p95.
const typingFlag = process.argv.indexOf('--typing');
const typingRuns = typingFlag > 0 ? Number(process.argv[typingFlag + 1]) : 1;
if (!Number.isInteger(typingRuns) || typingRuns < 1 || typingRuns > runs)
  throw new Error('--typing takes a whole number of runs to type in, at most --runs, e.g. --typing 3');

/** Targets against the plain page, at 600 fields. */
const targets = { keystrokeP95OverPlainMs: 8, firstInputOverPlainMs: 400, lost: 0 };

interface Case {
  name: string;
  path: string;
  /** The input typed into: a text field halfway down the step. */
  input: string;
  submitFirst: boolean;
}

const cases: Case[] = [
  { name: 'plain React, 1 input', path: '/plain.html', input: '#plain', submitFirst: false },
  ...[60, 600].map((count) => ({
    name: `AccountOnboarding, ${count} fields`,
    path: `/?fields=${count}`,
    input: `[data-field="${syntheticFieldKey(count / 2)}"] input`,
    submitFirst: true,
  })),
];

function percentile(values: readonly number[], fraction: number): number {
  const sorted = [...values].sort((left, right) => left - right);
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)] ?? Number.NaN;
}

const fixed = (value: number, digits = 1) => value.toFixed(digits);

/** The typing of several runs as one: every keystroke, the mean task time, the most lost, the last heap. */
function pooled(earlier: TypingResult | undefined, next: TypingResult): TypingResult {
  if (!earlier) return next;
  const count = earlier.keystrokeMs.length + next.keystrokeMs.length;
  return {
    ...next,
    keystrokeMs: [...earlier.keystrokeMs, ...next.keystrokeMs],
    taskMsPerKey:
      (earlier.taskMsPerKey * earlier.keystrokeMs.length + next.taskMsPerKey * next.keystrokeMs.length) /
      Math.max(1, count),
    lost: Math.max(earlier.lost, next.lost),
    profile: next.profile.length > 0 ? next.profile : earlier.profile,
    trace: next.trace.length > 0 ? next.trace : earlier.trace,
  };
}

const server = await startBenchServer({ minify: !profile });
const browser = await chromium.launch({ executablePath: chromiumExecutablePath, args: [...chromiumArgs] });
const loads = new Map<string, LoadResult[]>(cases.map((entry) => [entry.name, []]));
const typing = new Map<string, TypingResult>();
try {
  // Warm-up load of each page (compiles the bundles into Chromium's cache, like a returning visitor).
  for (const entry of cases) {
    const page = await browser.newPage();
    await installInstrumentation(page);
    await loadPage(page, `${server.url}${entry.path}`);
    await page.close();
  }
  // Pages alternate, and the order turns each run, so a busy moment on the machine (or what one
  // page leaves behind for the next) hits all of them alike.
  for (let run = 0; run < runs; run += 1) {
    for (const entry of [...cases.slice(run % cases.length), ...cases.slice(0, run % cases.length)]) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await installInstrumentation(page);
      const profileThis = profile && run === runs - 1 && entry.path === `/?fields=${profiledFields}`;
      loads
        .get(entry.name)
        ?.push(await loadPage(page, `${server.url}${entry.path}`, { profile: profileThis }));
      if (run >= runs - typingRuns) {
        const typed = await typeInto(page, entry.input, {
          submitFirst: entry.submitFirst,
          keyDelayMs: 50,
          profile: profileThis,
        });
        typing.set(entry.name, pooled(typing.get(entry.name), typed));
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}

const plainName = cases[0]?.name ?? '';
const plainFirst = percentile(loads.get(plainName)?.map((load) => load.firstInputEnabledMs) ?? [], 0.5);
const plainP95 = percentile(typing.get(plainName)?.keystrokeMs ?? [], 0.95);

const header = [
  'page'.padEnd(32),
  'first input ms (median/max)'.padStart(28),
  'key p50'.padStart(8),
  'key p95'.padStart(8),
  'task/key'.padStart(9),
  'lost'.padStart(8),
  'heap MB'.padStart(8),
];
console.log(
  `\nComponents bench: ${runs} loads per page (typing in the last ${typingRuns}), Chromium ${browser.version()}, ` +
    `${availableParallelism()} cores, load average ${fixed(loadavg()[0] ?? 0, 2)}\n`,
);
console.log(header.join(' '));
const verdicts: string[] = [];
for (const entry of cases) {
  const first = loads.get(entry.name)?.map((load) => load.firstInputEnabledMs) ?? [];
  const typed = typing.get(entry.name);
  const p50 = percentile(typed?.keystrokeMs ?? [], 0.5);
  const p95 = percentile(typed?.keystrokeMs ?? [], 0.95);
  console.log(
    [
      entry.name.padEnd(32),
      `${fixed(percentile(first, 0.5), 0)} / ${fixed(Math.max(...first), 0)}`.padStart(28),
      fixed(p50).padStart(8),
      fixed(p95).padStart(8),
      fixed(typed?.taskMsPerKey ?? Number.NaN).padStart(9),
      `${typed?.lost ?? '?'}/${typed?.typedFast ?? '?'}`.padStart(8),
      fixed(typed?.heapMb ?? Number.NaN).padStart(8),
    ].join(' '),
  );
  if (entry.name === plainName) continue;
  const firstOver = percentile(first, 0.5) - plainFirst;
  const p95Over = p95 - plainP95;
  verdicts.push(
    `${entry.name}: first input +${fixed(firstOver, 0)} ms over plain (target ≤ ${targets.firstInputOverPlainMs}) ` +
      `${firstOver <= targets.firstInputOverPlainMs ? 'OK' : 'MISSED'}; keystroke p95 +${fixed(p95Over)} ms ` +
      `(target ≤ ${targets.keystrokeP95OverPlainMs}) ${p95Over <= targets.keystrokeP95OverPlainMs ? 'OK' : 'MISSED'}; ` +
      `lost ${typed?.lost} (target ${targets.lost}) ${typed?.lost === targets.lost ? 'OK' : 'MISSED'}`,
  );
}
console.log(`\n${verdicts.join('\n')}`);
const profiledName = cases.find((entry) => entry.path === `/?fields=${profiledFields}`)?.name ?? '';
const profiles = [
  ['load', loads.get(profiledName)?.at(-1)?.profile ?? []],
  ['typing', typing.get(profiledName)?.profile ?? []],
  ['typing (Chrome trace)', typing.get(profiledName)?.trace ?? []],
] as const;
for (const [what, entries] of profiles) {
  if (entries.length === 0) continue;
  console.log(`\nCPU profile of the ${what} of "${profiledName}" (unminified build), top self time:`);
  for (const entry of entries)
    console.log(`  ${fixed(entry.selfMs).padStart(8)} ms  ${entry.name}  ${entry.where}`);
}
console.log(
  '\nkey p50/p95: keydown to next paint, ms, typing with 50 ms between keys after a failed submit ' +
    '(live validation on). task/key: main-thread task time per keystroke. lost: characters missing ' +
    'after typing as fast as input events go. heap: JS heap after GC, form rendered.',
);
