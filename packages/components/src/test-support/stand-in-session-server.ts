import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { RequirementsDocument } from '@onboardkit/schema';
import { createStandIn, type ScriptedAnswer } from './embedded-api-stand-in.js';
import type { StandInComponentName } from './stand-in-scope.js';

/**
 * A stand-in for the embedded API of the session server, on loopback, for
 * the component tests until `@onboardkit/server-session` can be started in
 * their global setup. It speaks the same HTTP (the answers come from
 * `embedded-api-stand-in.ts`, which Storybook shares in the browser). Tests
 * drive it through `/__test/…` routes: start a session on a document, mint
 * secrets, expire them, script the next answers (a dropped connection, a
 * verdict only a server gives).
 */

const standIn = createStandIn();

function send(response: ServerResponse, status: number, body?: unknown) {
  response.writeHead(status, {
    'content-type': 'application/json',
    'access-control-allow-origin': '*',
  });
  response.end(body === undefined ? '' : JSON.stringify(body));
}

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function readJson(request: IncomingMessage): Promise<unknown> {
  const text = (await readBody(request)).toString('utf8');
  try {
    return text === '' ? undefined : JSON.parse(text);
  } catch {
    return undefined;
  }
}

async function handleTestRoute(request: IncomingMessage, response: ServerResponse, path: string) {
  if (request.method === 'POST' && path === '/__test/sessions') {
    const body = (await readJson(request)) as {
      document: RequirementsDocument;
      components?: StandInComponentName[];
    };
    return send(response, 200, { session: standIn.startSession(body.document, body.components) });
  }
  const match = /^\/__test\/sessions\/([^/]+)(?:\/(secrets|expire|script))?$/.exec(path);
  const state = match?.[1] ? standIn.session(match[1]) : undefined;
  if (!match?.[1] || !state) return send(response, 404, { error: 'no such test session' });
  switch (match[2]) {
    case 'secrets':
      return send(response, 200, { client_secret: standIn.mintSecret(match[1]) });
    case 'expire':
      state.liveSecrets.clear();
      return send(response, 200, {});
    case 'script': {
      const body = (await readJson(request)) as { answers: ScriptedAnswer[] };
      state.script.push(...body.answers);
      return send(response, 200, {});
    }
    default:
      return send(response, 200, { mints: state.mints, requests: state.requests, document: state.document });
  }
}

async function handleEmbedded(request: IncomingMessage, response: ServerResponse, url: URL) {
  const isJson = request.headers['content-type']?.includes('json') === true;
  const body =
    request.method === 'POST' ? (isJson ? await readJson(request) : await readBody(request)) : undefined;
  const answer = standIn.answer({
    method: request.method ?? 'GET',
    url,
    authorization: request.headers.authorization,
    body,
    isJson,
  });
  if (answer.kind === 'drop') {
    request.socket.destroy();
    return;
  }
  // A hanging request stays open until the client gives up or the server closes.
  if (answer.kind === 'hang') return;
  send(response, answer.status, answer.body);
}

/** Starts the stand-in on a free loopback port. */
export async function startStandInSessionServer(): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (request.method === 'OPTIONS') {
      response.writeHead(204, {
        'access-control-allow-origin': '*',
        'access-control-allow-methods': 'GET, POST',
        'access-control-allow-headers': 'authorization, content-type, accept',
        'access-control-max-age': '600',
      });
      response.end();
      return;
    }
    const handled = url.pathname.startsWith('/__test/')
      ? handleTestRoute(request, response, url.pathname)
      : handleEmbedded(request, response, url);
    handled.catch((error: unknown) => {
      if (!response.headersSent) {
        send(response, 500, { error: { type: 'api_error', code: 'internal', message: String(error) } });
      }
    });
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
