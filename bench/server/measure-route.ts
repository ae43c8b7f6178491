// Measuring one route: rounds of floor then server, and the runs they are made of.

import { join } from 'node:path';
import type { StoreEngine } from '@onboardkit/server-session';
import { type LoadResult, runLoad } from './load.js';
import type { Options } from './options.js';
import { progress } from './progress.js';
import type { ProcessUsage } from './protocol.js';
import type { RouteSpec, Target } from './routes.js';
import type { ServerHandle } from './server-handle.js';
import { ratioOf } from './table.js';

export interface RouteResult {
  readonly spec: RouteSpec;
  readonly server: LoadResult;
  readonly floor: LoadResult;
  /** CPU time the process spent per 2xx answer of the measured run, in microseconds. */
  readonly serverCpuMicros: number;
  readonly floorCpuMicros: number;
  readonly serverRss: ProcessUsage;
  readonly floorRss: ProcessUsage;
  /** The ratio (server ÷ floor req/s) of every round, in the order run; the figures above are the median round's. */
  readonly roundRatios: readonly number[];
}

/** The two processes of an engine and what each is loaded with. */
export interface RouteTargets {
  readonly server: ServerHandle;
  readonly floor: ServerHandle;
  readonly serverTarget: Target;
  readonly floorTarget: Target;
}

/**
 * Measures `spec` in `options.rounds` rounds, floor then server each time, so
 * a spell of load from elsewhere on the machine lands on both rather than on
 * one; the result is the median round's, with every round's ratio.
 */
export async function measureRoute(
  engine: StoreEngine,
  spec: RouteSpec,
  { server, floor, serverTarget, floorTarget }: RouteTargets,
  options: Options,
): Promise<RouteResult> {
  const rounds: Omit<RouteResult, 'roundRatios'>[] = [];
  for (let round = 1; round <= options.rounds; round += 1) {
    const of = options.rounds > 1 ? ` (round ${round} of ${options.rounds})` : '';
    // A CPU profile of the first round only: one per process and route is what a reader opens.
    const profiled = round === 1;
    progress(`${engine}: ${spec.title}: floor${of}…`);
    const floorRun = await measure(
      floor,
      spec,
      floorTarget,
      options,
      profiled ? profileOf(floor, options, `${engine}-${spec.key}-floor`) : undefined,
    );
    const floorRss = await floor.call('usage', {});
    progress(`${engine}: ${spec.title}: server${of}…`);
    const serverRun = await measure(
      server,
      spec,
      serverTarget,
      options,
      profiled ? profileOf(server, options, `${engine}-${spec.key}-server`) : undefined,
    );
    const serverRss = await server.call('usage', {});
    rounds.push({
      spec,
      server: serverRun.result,
      floor: floorRun.result,
      serverCpuMicros: serverRun.cpuMicros,
      floorCpuMicros: floorRun.cpuMicros,
      serverRss,
      floorRss,
    });
  }
  const sorted = [...rounds].sort((a, b) => ratioOf(a) - ratioOf(b));
  const median = sorted[Math.floor((sorted.length - 1) / 2)];
  if (!median) throw new Error('A route needs at least one round.');
  return { ...median, roundRatios: rounds.map(ratioOf) };
}

/**
 * One measured run, and the CPU time `handle`'s process spent on it per 2xx
 * answer: unlike req/s, that hardly depends on what else the machine runs.
 */
async function measure(
  handle: ServerHandle,
  spec: RouteSpec,
  target: Target,
  options: Options,
  profile?: { server: ServerHandle; file: string },
): Promise<{ result: LoadResult; cpuMicros: number }> {
  if (options.warmupSeconds > 0) {
    await runLoad({ ...loadBase(spec, target, options), durationSeconds: options.warmupSeconds });
  }
  const before = await handle.call('usage', {});
  const result = await load(spec, target, { ...options, warmupSeconds: 0 }, profile);
  const after = await handle.call('usage', {});
  return {
    result,
    cpuMicros: result.completed > 0 ? (after.cpuMicros - before.cpuMicros) / result.completed : 0,
  };
}

function loadBase(spec: RouteSpec, target: Target, options: Options) {
  return {
    url: `${target.url}${spec.path}`,
    method: spec.method,
    connections: options.connections,
    perConnection: spec.requests(target),
  };
}

export async function load(
  spec: RouteSpec,
  target: Target,
  options: Options,
  profile?: { server: ServerHandle; file: string },
): Promise<LoadResult> {
  const base = loadBase(spec, target, options);
  // Warm-up: V8 optimises the hot paths and pools fill; its figures are thrown away.
  if (options.warmupSeconds > 0) await runLoad({ ...base, durationSeconds: options.warmupSeconds });
  if (profile) await profile.server.call('profileStart', {});
  const result = await runLoad({ ...base, durationSeconds: options.durationSeconds });
  if (profile) await profile.server.call('profileStop', { file: profile.file });
  return result;
}

/** Where to write the profile of one measured run, when profiles are asked for. */
export function profileOf(
  server: ServerHandle,
  options: Options,
  name: string,
): { server: ServerHandle; file: string } | undefined {
  if (!options.cpuProfileDir) return undefined;
  return { server, file: join(options.cpuProfileDir, `${name}.cpuprofile`) };
}
