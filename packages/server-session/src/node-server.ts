import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import type { Logger } from './logger.js';

export interface ListenOptions {
  port: number;
  host: string;
  logger: Logger;
}

/** A listening HTTP server that can be drained. */
export interface NodeServer {
  /** `http://host:port`, with the port actually bound (useful with port 0). */
  readonly url: string;
  /**
   * Stops accepting connections, lets requests in flight finish, then
   * resolves. After `timeoutMs` the remaining connections are cut and the
   * result says so.
   */
  close(options?: { timeoutMs?: number }): Promise<{ forced: boolean }>;
  /** Cuts every connection now, for a second Ctrl-C. */
  forceClose(): void;
}

const defaultShutdownTimeoutMs = 10_000;

/**
 * Serves a web-standard fetch handler on Node's HTTP server (through
 * `@hono/node-server`, whose `{incoming, outgoing}` bindings are passed on),
 * with the graceful shutdown a process manager expects.
 */
export function listen(
  fetch: (request: Request, bindings: unknown) => Promise<Response>,
  options: ListenOptions,
): Promise<NodeServer> {
  let draining = false;
  const server = createServer(
    // The bindings carry Node's request, whose socket tells the client's address (ToS records).
    getRequestListener((request, bindings) => fetch(request, bindings), {
      errorHandler: (error) => options.logger.error('http.listener_failed', { error }),
    }),
  );

  // A keep-alive connection outlives its request; while draining, each response
  // closes its connection so the server does not wait for idle clients to leave.
  server.on('request', (_request, response: ServerResponse) => {
    if (draining) response.shouldKeepAlive = false;
    response.on('finish', () => {
      if (draining) server.closeIdleConnections();
    });
  });

  const close = ({ timeoutMs = defaultShutdownTimeoutMs } = {}) =>
    new Promise<{ forced: boolean }>((resolve) => {
      draining = true;
      let forced = false;
      const deadline = setTimeout(() => {
        forced = true;
        options.logger.warn('server.shutdown_forced', { timeoutMs });
        server.closeAllConnections();
      }, timeoutMs);
      deadline.unref();
      server.close(() => {
        clearTimeout(deadline);
        resolve({ forced });
      });
      server.closeIdleConnections();
    });

  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') {
        reject(
          new Error(
            `Port ${options.port} on ${options.host} is already in use: stop the other process or choose another --port.`,
          ),
        );
      } else reject(error);
    });
    server.listen(options.port, options.host, () => {
      const { port } = server.address() as AddressInfo;
      const host = options.host.includes(':') ? `[${options.host}]` : options.host;
      resolve({ url: `http://${host}:${port}`, close, forceClose: () => server.closeAllConnections() });
    });
  });
}
