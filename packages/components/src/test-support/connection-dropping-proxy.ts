import {
  createServer,
  request as forward,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A loopback proxy in front of the real session server, passing every
 * request and answer through untouched. Its extra powers are two states a
 * real server cannot produce on demand. First, a connection that drops before
 * the answer is complete (the request never reaches the server).
 * `POST /__proxy/drop_next_connections` with `{"path", "count"}` arms it: the
 * next `count` requests whose path starts with `path` are cut, or every one
 * until a `count` of 0 for that path clears it.
 * Second, a request kept in flight for as long as a test needs
 * (an upload still going when the person presses Continue):
 * `POST /__proxy/hold_connections` with `{"path"}` holds every request whose
 * path starts with `path`; `POST /__proxy/release_connections` with
 * `{"path", "drop"}` stops holding them and lets the held ones through to the
 * server, or cuts them when `drop` is true.
 */

export interface DropRequest {
  /** Requests whose path starts with this. */
  path: string;
  /** How many of the next matching requests to cut; every one when left out; 0 clears the path's drops. */
  count?: number;
}

export const dropControlPath = '/__proxy/drop_next_connections';

/** What `hold_connections` and `release_connections` take. */
export interface HoldRequest {
  /** Requests whose path starts with this. */
  path: string;
  /** On release: cut the held requests instead of letting them through. */
  drop?: boolean;
}

export const holdControlPath = '/__proxy/hold_connections';
export const releaseControlPath = '/__proxy/release_connections';

interface HeldRequest {
  path: string;
  incoming: IncomingMessage;
  outgoing: ServerResponse;
}

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
  const holding = new Set<string>();
  const held: HeldRequest[] = [];

  const passOn = (incoming: IncomingMessage, outgoing: ServerResponse) => {
    const upstreamRequest = forward(
      {
        host: target.hostname,
        port: target.port,
        method: incoming.method,
        path: incoming.url ?? '/',
        headers: { ...incoming.headers, host: target.host },
      },
      (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
      },
    );
    upstreamRequest.on('error', () => incoming.socket.destroy());
    incoming.pipe(upstreamRequest);
  };
  // The first bytes of an answer, then nothing: a browser silently resends a request whose
  // reused connection closed before any byte came back, but not one cut mid-answer.
  const cut = (incoming: IncomingMessage) =>
    incoming.socket.end('HTTP/1.1 200 OK\r\n', () => incoming.socket.destroy());

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
    if (incoming.method === 'POST' && (path === holdControlPath || path === releaseControlPath)) {
      void readBody(incoming).then((text) => {
        const hold = JSON.parse(text) as HoldRequest;
        if (path === holdControlPath) holding.add(hold.path);
        else {
          holding.delete(hold.path);
          for (const request of held.filter((candidate) => candidate.path === hold.path)) {
            held.splice(held.indexOf(request), 1);
            if (hold.drop) cut(request.incoming);
            else passOn(request.incoming, request.outgoing);
          }
        }
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
      cut(incoming);
      return;
    }
    const holdPath =
      incoming.method === 'OPTIONS' ? undefined : [...holding].find((prefix) => path.startsWith(prefix));
    if (holdPath !== undefined) {
      // Not read on: the request stays in flight, its body in the socket's buffers.
      incoming.pause();
      held.push({ path: holdPath, incoming, outgoing });
      return;
    }
    passOn(incoming, outgoing);
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
