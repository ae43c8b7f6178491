import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type RequirementsDocument, submissionSchema, validateSubmission } from '@onboardkit/schema';

/**
 * A stand-in for the embedded API of the session server, on loopback, for
 * the component tests until `@onboardkit/server-session` can be started in
 * their global setup. It speaks the same HTTP: bearer client secrets, the
 * error envelope, `session_expired`, 422 field errors from the schema's own
 * `validateSubmission`, 409 on a stale version, uploads. Tests drive it
 * through `/__test/…` routes: start a session on a document, mint secrets,
 * expire them, script the next answers (a dropped connection, a verdict only
 * a server gives).
 */

interface ScriptedAnswer {
  path?: string;
  status?: number;
  body?: unknown;
  /** Close the connection without an answer. */
  drop?: boolean;
}

interface SessionState {
  document: RequirementsDocument;
  liveSecrets: Set<string>;
  mints: number;
  script: ScriptedAnswer[];
  requests: Array<{ method: string; path: string; body?: unknown }>;
  nextPerson: number;
}

const sessions = new Map<string, SessionState>();
const sessionBySecret = new Map<string, string>();

function send(response: ServerResponse, status: number, body?: unknown) {
  response.writeHead(status, {
    'content-type': 'application/json',
    'access-control-allow-origin': '*',
  });
  response.end(body === undefined ? '' : JSON.stringify(body));
}

function apiError(response: ServerResponse, status: number, type: string, code: string, message: string) {
  send(response, status, { error: { type, code, message } });
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

function applySubmission(state: SessionState, values: Record<string, unknown>) {
  for (const step of state.document.steps) {
    for (const spec of step.fields) {
      if (!Object.hasOwn(values, spec.key)) continue;
      const value = values[spec.key];
      spec.status = 'provided';
      delete spec.errors;
      if (spec.sensitive) {
        const text =
          typeof value === 'object' && value !== null ? Object.values(value).join('') : String(value);
        spec.mask = { provided: true, last4: text.replace(/[^0-9A-Za-z]/g, '').slice(-4) };
        delete spec.value;
      } else if (spec.type === 'person_list' && Array.isArray(value)) {
        spec.value = value.map((person: { id?: string; values: Record<string, string> }) => ({
          id: person.id ?? `person_${state.nextPerson++}`,
          values: person.values,
        }));
      } else {
        spec.value = value as RequirementsDocument['steps'][number]['fields'][number]['value'];
      }
    }
  }
  state.document.version += 1;
}

async function handleTestRoute(request: IncomingMessage, response: ServerResponse, path: string) {
  if (request.method === 'POST' && path === '/__test/sessions') {
    const body = (await readJson(request)) as { document: RequirementsDocument };
    const id = `sess_${randomBytes(6).toString('hex')}`;
    sessions.set(id, {
      document: structuredClone(body.document),
      liveSecrets: new Set(),
      mints: 0,
      script: [],
      requests: [],
      nextPerson: 1,
    });
    return send(response, 200, { session: id });
  }
  const match = /^\/__test\/sessions\/([^/]+)(?:\/(secrets|expire|script))?$/.exec(path);
  const state = match?.[1] ? sessions.get(match[1]) : undefined;
  if (!match?.[1] || !state) return send(response, 404, { error: 'no such test session' });
  switch (match[2]) {
    case 'secrets': {
      const secret = `okit_cs_test_${randomBytes(16).toString('hex')}`;
      state.liveSecrets.add(secret);
      state.mints += 1;
      sessionBySecret.set(secret, match[1]);
      return send(response, 200, { client_secret: secret });
    }
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
  const secret = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
  const sessionId = secret ? sessionBySecret.get(secret) : undefined;
  const state = sessionId ? sessions.get(sessionId) : undefined;
  if (!secret || !state) {
    return apiError(response, 401, 'authentication_error', 'invalid_client_secret', 'Unknown client secret.');
  }
  if (!state.liveSecrets.has(secret)) {
    return apiError(response, 401, 'authentication_error', 'session_expired', 'The account session expired.');
  }
  const isJson = request.headers['content-type']?.includes('json') === true;
  const body =
    request.method === 'POST' ? (isJson ? await readJson(request) : await readBody(request)) : undefined;
  state.requests.push({
    method: request.method ?? 'GET',
    path: url.pathname,
    body: isJson ? body : undefined,
  });

  const scripted = state.script.findIndex(
    (answer) => answer.path === undefined || answer.path === url.pathname,
  );
  if (scripted !== -1) {
    const [answer] = state.script.splice(scripted, 1);
    if (answer?.drop) {
      request.socket.destroy();
      return;
    }
    return send(response, answer?.status ?? 200, answer?.body);
  }

  if (request.method === 'GET' && url.pathname === '/v1/embedded/session') {
    return send(response, 200, {
      object: 'account_session',
      account: state.document.account,
      components: { account_onboarding: { enabled: true, features: {} } },
      expires_at: Math.floor(Date.now() / 1000) + 1800,
    });
  }
  if (request.method === 'GET' && url.pathname === '/v1/embedded/requirements') {
    const collect = url.searchParams.get('collect') === 'eventually_due' ? 'eventually_due' : 'currently_due';
    return send(response, 200, {
      ...state.document,
      collect,
      locale: url.searchParams.get('locale') ?? 'en',
    });
  }
  if (request.method === 'POST' && url.pathname === '/v1/embedded/submissions') {
    const submission = submissionSchema.safeParse(body);
    if (!submission.success) {
      return apiError(
        response,
        400,
        'invalid_request_error',
        'invalid_body',
        'The body is not a submission.',
      );
    }
    if (submission.data.version !== undefined && submission.data.version !== state.document.version) {
      return apiError(response, 409, 'invalid_request_error', 'version_conflict', 'The document changed.');
    }
    const verdict = validateSubmission(state.document, submission.data.values);
    if (!verdict.ok) {
      const first = verdict.errors[0];
      return send(response, 422, {
        error: {
          type: 'invalid_request_error',
          code: 'validation_failed',
          message: `${verdict.errors.length} field(s) are invalid.`,
          param: first?.param,
          errors: verdict.errors,
        },
      });
    }
    applySubmission(state, submission.data.values);
    return send(response, 200, state.document);
  }
  if (request.method === 'POST' && url.pathname === '/v1/embedded/files') {
    return send(response, 200, { id: `file_test_${randomBytes(4).toString('hex')}`, object: 'file' });
  }
  return apiError(response, 404, 'invalid_request_error', 'resource_missing', 'No such route.');
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
      if (!response.headersSent) apiError(response, 500, 'api_error', 'internal', String(error));
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
