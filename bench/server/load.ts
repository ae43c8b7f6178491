// The load generator: autocannon, driven from the orchestrator's process, so
// it never shares an event loop with the server it loads (it does share the
// machine's cores, which the printed table says).

import autocannon, { type Client } from 'autocannon';

/** What one connection sends, again and again: a browser holding one session, say. */
export interface ConnectionRequest {
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: string;
}

export interface LoadSpec {
  readonly url: string;
  readonly method: 'GET' | 'POST';
  readonly connections: number;
  readonly durationSeconds: number;
  /** Connection `i` sends `perConnection[i % length]`. */
  readonly perConnection: readonly ConnectionRequest[];
}

export interface LoadResult {
  /** 2xx answers per second over the run. */
  readonly requestsPerSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly completed: number;
  /** Answers outside 2xx plus connection errors and timeouts: anything but 0 makes the run invalid. */
  readonly failures: number;
  readonly statusCounts: Readonly<Record<string, number>>;
  /**
   * CPU time this process (the load generator) spent per 2xx answer: it shares
   * the cores with the server, so what it spends per request is taken from
   * what the server could have had.
   */
  readonly clientCpuMicros: number;
}

/**
 * Runs one load. Latencies are collected from every 2xx response here rather
 * than taken from autocannon's histogram, which keeps whole milliseconds:
 * too coarse for answers that take one or two.
 */
export function runLoad(spec: LoadSpec): Promise<LoadResult> {
  let opened = 0;
  const latencies: number[] = [];
  const cpuBefore = process.cpuUsage();
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: spec.url,
        method: spec.method,
        connections: spec.connections,
        duration: spec.durationSeconds,
        setupClient(client: Client) {
          const request = spec.perConnection[opened % spec.perConnection.length];
          opened += 1;
          if (request) client.setHeadersAndBody({ ...request.headers }, request.body);
        },
      },
      (error, result) => {
        if (error) {
          reject(error);
          return;
        }
        const cpu = process.cpuUsage(cpuBefore);
        const sorted = Float64Array.from(latencies).sort();
        const statusCounts = Object.fromEntries(
          Object.entries(result.statusCodeStats).map(([status, { count }]) => [status, count]),
        );
        resolve({
          requestsPerSecond: sorted.length / result.duration,
          p50Ms: percentile(sorted, 0.5),
          p99Ms: percentile(sorted, 0.99),
          completed: sorted.length,
          failures: result.non2xx + result.errors + result.timeouts,
          statusCounts,
          clientCpuMicros: sorted.length > 0 ? (cpu.user + cpu.system) / sorted.length : 0,
        });
      },
    );
    instance.on('response', (_client, statusCode, _bytes, responseTimeMs) => {
      if (statusCode >= 200 && statusCode < 300) latencies.push(responseTimeMs);
    });
  });
}

/** Nearest-rank percentile of sorted values; 0 for none. */
function percentile(sorted: Float64Array, fraction: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)] ?? 0;
}
