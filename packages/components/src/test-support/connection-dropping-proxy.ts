import { createServer, request as forward, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A loopback proxy in front of the real session server, passing every
 * request and answer through untouched. Its one extra power is the one state
 * a real server cannot produce on demand: a connection that drops before the
 * answer is complete (the request never reaches the server).
 * `POST /__proxy/drop_next_connections` with `{"path", "count"}` arms it: the
 * next `count` requests whose path starts with `path` are cut, or every one
 * until a `count` of 0 for that path clears it.
 */

export interface DropRequest {
  /** Requests whose path starts with this. */
  path: string;
  /** How many of the next matching requests to cut; every one when left out; 0 clears the path's drops. */
  count?: number;
}

export const dropControlPath = '/__proxy/drop_next_connections';

interface ArmedDrop {
  remaining: number;
  path: string;
}

function readBody(incoming: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    incoming.on('error', reject);
  });
}

/** Starts the proxy on a free loopback port, forwarding to `upstream` (`http://127.0.0.1:port`). */
export async function startConnectionDroppingProxy(
  upstream: string,
): Promise<{ url: string; close: () => Promise<void> }> {
  const target = new URL(upstream);
  const armed: ArmedDrop[] = [];

  const server: Server = createServer((incoming, outgoing) => {
    const path = incoming.url ?? '/';
    if (incoming.method === 'POST' && path === dropControlPath) {
      void readBody(incoming).then((text) => {
        const drop = JSON.parse(text) as DropRequest;
        if (drop.count === 0) {
          for (const entry of armed.filter((candidate) => candidate.path === drop.path)) {
            armed.splice(armed.indexOf(entry), 1);
          }
        } else armed.push({ remaining: drop.count ?? Number.POSITIVE_INFINITY, path: drop.path });
        outgoing.writeHead(204).end();
      });
      return;
    }
    // A preflight is the browser's, not the request under test: never cut it.
    const drop =
      incoming.method === 'OPTIONS' ? undefined : armed.find((entry) => path.startsWith(entry.path));
    if (drop) {
      drop.remaining -= 1;
      if (drop.remaining === 0) armed.splice(armed.indexOf(drop), 1);
      // The first bytes of an answer, then nothing: a browser silently resends a request whose
      // reused connection closed before any byte came back, but not one cut mid-answer.
      incoming.socket.end('HTTP/1.1 200 OK\r\n', () => incoming.socket.destroy());
      return;
    }
    const upstreamRequest = forward(
      {
        host: target.hostname,
        port: target.port,
        method: incoming.method,
        path,
        headers: { ...incoming.headers, host: target.host },
      },
      (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
      },
    );
    upstreamRequest.on('error', () => incoming.socket.destroy());
    incoming.pipe(upstreamRequest);
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
