// Prints the results as Markdown: readable in a terminal, pasteable into a
// README or a pull request as it is.

import type { LoadResult } from './load.js';
import type { RouteResult } from './measure-route.js';
import type { Options } from './options.js';
import type { ProcessUsage } from './protocol.js';
import type { EngineReport } from './run.js';

/** The targets that are not ratios to a floor. */
export const p99TargetMs = 25;
export const rssTargetBytes = 200 * 1024 * 1024;
export const largeRatioTarget = 1.5;

export interface ReportContext {
  readonly options: Options;
  readonly cores: number;
  readonly nodeVersion: string;
  readonly loadGeneratorPid: number;
  readonly totalSeconds: number;
  readonly postgresSkipped: boolean;
}

/** A round's req/s ratio, server to floor (0 when the floor answered nothing). */
export function ratioOf(result: Pick<RouteResult, 'server' | 'floor'>): number {
  return result.floor.requestsPerSecond > 0
    ? result.server.requestsPerSecond / result.floor.requestsPerSecond
    : 0;
}

const engineTitles = {
  pglite: { memory: 'PGlite (in memory)', disk: 'PGlite (a data directory on disk, as `start` keeps it)' },
  postgres: 'PostgreSQL',
} as const;

const count = (value: number) => Math.round(value).toLocaleString('en-US');
const ms = (value: number) => value.toFixed(2);
const mb = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;
const verdict = (met: boolean) => (met ? 'yes' : '**no**');

/** req/s, or a warning when some answers were not 2xx: such a run measured errors, not the route. */
function rate(result: LoadResult): string {
  if (result.failures === 0) return count(result.requestsPerSecond);
  const statuses = Object.entries(result.statusCounts)
    .filter(([status]) => !status.startsWith('2'))
    .map(([status, n]) => `${n}×${status}`)
    .join(' ');
  return `${count(result.requestsPerSecond)} (INVALID: ${result.failures} failed ${statuses})`;
}

function table(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

function usageCell(usage: ProcessUsage): string {
  return mb(usage.rssBytes);
}

export function formatReport(reports: readonly EngineReport[], context: ReportContext): string {
  const { options } = context;
  const out: string[] = [];
  out.push('## Session server benchmark');
  out.push('');
  out.push(
    `Node ${context.nodeVersion}, ${context.cores} cores; ${options.connections} connections, ` +
      `${options.durationSeconds} s per run after ${options.warmupSeconds} s of warm-up, ` +
      `${options.rounds} round${options.rounds === 1 ? '' : 's'} of floor then server per route ` +
      '(the table shows the median round); ' +
      `session server log level \`${options.logLevel}\`; total ${Math.round(context.totalSeconds)} s.`,
  );
  out.push(
    `Load generator: autocannon in the orchestrator process (pid ${context.loadGeneratorPid}), separate from ` +
      'every server process, but on the same cores: it takes a large share of one of them, so these figures ' +
      'are lower than a dedicated client machine would see, for the server and its floor alike. ' +
      'Each server runs in a child process of its own; RSS is that process’s, measured by itself after its run.',
  );
  if (context.postgresSkipped) {
    out.push('PostgreSQL: skipped (set ONBOARDKIT_BENCH_DATABASE_URL or ONBOARDKIT_TEST_DATABASE_URL).');
  }

  for (const report of reports) {
    const pglite = report.engine === 'pglite';
    out.push('');
    out.push(
      `### ${report.engine === 'pglite' ? engineTitles.pglite[context.options.pgliteStorage] : engineTitles.postgres}`,
    );
    out.push('');
    out.push(
      `1-minute load average before the runs: ${report.loadAverageBefore.toFixed(1)} (on ${context.cores} cores).`,
    );
    if (report.engine === 'postgres') {
      out.push('The PostgreSQL server runs on this machine too, and takes its share of the same cores.');
    }
    out.push('');
    const rows = report.routes.map((route) => {
      const { spec, server, floor, serverRss, floorRss, serverCpuMicros, floorCpuMicros, roundRatios } =
        route;
      const ratio = ratioOf(route);
      return [
        spec.title,
        rate(server),
        ms(server.p50Ms),
        ms(server.p99Ms),
        `${spec.floorTitle}: ${rate(floor)}`,
        ms(floor.p50Ms),
        ms(floor.p99Ms),
        `${ratio.toFixed(2)}×`,
        roundRatios.map((each) => each.toFixed(2)).join(' · '),
        `≥ ${spec.targetRatio}×`,
        verdict(ratio >= spec.targetRatio && server.failures === 0 && floor.failures === 0),
        pglite ? verdict(server.p99Ms <= p99TargetMs) : 'n/a',
        `${usageCell(serverRss)} / ${usageCell(floorRss)}`,
        `${count(serverCpuMicros)} / ${count(floorCpuMicros)} (${
          serverCpuMicros > 0 ? (floorCpuMicros / serverCpuMicros).toFixed(2) : '0.00'
        }×)`,
        `${count(server.clientCpuMicros)} / ${count(floor.clientCpuMicros)}`,
      ];
    });
    out.push(
      table(
        [
          'route',
          'req/s',
          'p50 ms',
          'p99 ms',
          'floor req/s',
          'floor p50',
          'floor p99',
          'ratio',
          'each round',
          'target',
          'met',
          `p99 ≤ ${p99TargetMs} ms`,
          'RSS server / floor',
          'CPU µs/request server / floor (ratio)',
          'load generator CPU µs/request, server run / floor run',
        ],
        rows,
      ),
    );
    out.push('');
    out.push(
      `Peak RSS over these runs: session server ${mb(report.serverPeak.maxRssBytes)} ` +
        `(target ≤ ${mb(rssTargetBytes)}: ${verdict(report.serverPeak.maxRssBytes <= rssTargetBytes)}), ` +
        `floor ${mb(report.floorPeak.maxRssBytes)}.`,
    );
    const { serverLog } = report;
    out.push(
      `Session server log (level \`${options.logLevel}\`): ${serverLog.warnings} warnings, ${serverLog.errors} errors` +
        (serverLog.firstEvents.length > 0 ? ` (${serverLog.firstEvents.join(', ')}).` : '.'),
    );
    const { large } = report;
    if (large) {
      const slowdown =
        large.large.requestsPerSecond > 0 ? large.base.requestsPerSecond / large.large.requestsPerSecond : 0;
      out.push('');
      out.push(
        table(
          ['requirements, accounts stored', 'req/s', 'p50 ms', 'p99 ms', 'RSS'],
          [
            [count(options.baseAccounts), rate(large.base), ms(large.base.p50Ms), ms(large.base.p99Ms), ''],
            [
              count(large.accounts),
              rate(large.large),
              ms(large.large.p50Ms),
              ms(large.large.p99Ms),
              usageCell(large.rssAfter),
            ],
          ],
        ),
      );
      out.push('');
      out.push(
        `req/s with ${count(options.baseAccounts)} accounts ÷ req/s with ${count(large.accounts)}: ` +
          `${slowdown.toFixed(2)} (target ≤ ${largeRatioTarget}: ${verdict(slowdown <= largeRatioTarget)}; ` +
          'below 1: the large run was the faster, which is noise). ' +
          `Seeded in ${large.seedSeconds.toFixed(1)} s by multi-row INSERTs of 1,000 rows in the real row shape.`,
      );
    }
  }
  out.push('');
  return `${out.join('\n')}\n`;
}
