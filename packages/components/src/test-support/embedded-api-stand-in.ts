import { type RequirementsDocument, submissionSchema, validateSubmission } from '@onboardkit/schema';
import {
  accountDetailsOf,
  componentsOf,
  refuseOutOfScope,
  type StandInComponentName,
  type StandInComponents,
} from './stand-in-scope.js';

/**
 * The embedded API of the session server, answered from memory for
 * Storybook's in-browser request handler (`.storybook/embedded-api-handler.ts`):
 * bearer client secrets, the error envelope, `session_expired`, 422 field
 * errors from the schema's own `validateSubmission`, 409 on a stale version,
 * uploads. Stories render from fixture documents with no server; the
 * component tests run against the real session server instead
 * (`global-setup.ts`).
 */

/** An answer given instead of the stand-in's own to the next matching embedded request. */
export interface ScriptedAnswer {
  path?: string;
  status?: number;
  body?: unknown;
  /** Close the connection without an answer. */
  drop?: boolean;
  /** Never answer (until the caller gives up): a request still in flight. */
  hang?: boolean;
}

/** What the host transport read from one request. */
export interface EmbeddedRequest {
  method: string;
  url: URL;
  authorization: string | undefined;
  /** Parsed JSON, or the raw body of a multipart upload (ignored). */
  body: unknown;
  isJson: boolean;
}

/** What the host transport sends back. */
export type EmbeddedAnswer =
  | { kind: 'reply'; status: number; body?: unknown }
  | { kind: 'drop' }
  | { kind: 'hang' };

export interface StandInSession {
  document: RequirementsDocument;
  components: StandInComponents;
  liveSecrets: Set<string>;
  mints: number;
  script: ScriptedAnswer[];
  requests: Array<{ method: string; path: string; body?: unknown }>;
  nextPerson: number;
}

type FieldValue = RequirementsDocument['steps'][number]['fields'][number]['value'];

/** Hex of `bytes` random bytes; `crypto.getRandomValues` exists in Node 20 and in any browser context. */
export function randomHex(bytes: number): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(bytes)), (byte) =>
    byte.toString(16).padStart(2, '0'),
  ).join('');
}

function reply(status: number, body?: unknown): EmbeddedAnswer {
  return { kind: 'reply', status, body };
}

function apiError(status: number, type: string, code: string, message: string): EmbeddedAnswer {
  return reply(status, { error: { type, code, message } });
}

/** Stores a submission as the server would: values held, sensitive ones only as masks, the version bumped. */
function applySubmission(state: StandInSession, values: Record<string, unknown>) {
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
        spec.value = value as FieldValue;
      }
    }
  }
  state.document.version += 1;
}

function answerRoute(state: StandInSession, request: EmbeddedRequest): EmbeddedAnswer {
  const { method, url, body } = request;
  const refused = refuseOutOfScope(state.components, method, url.pathname);
  if (refused) return reply(refused.status, refused.body);
  if (method === 'GET' && url.pathname === '/v1/embedded/session') {
    return reply(200, {
      object: 'account_session',
      account: state.document.account,
      components: state.components,
      expires_at: Math.floor(Date.now() / 1000) + 1800,
    });
  }
  if (method === 'GET' && url.pathname === '/v1/embedded/account') {
    return reply(200, accountDetailsOf(state.document));
  }
  if (method === 'GET' && url.pathname === '/v1/embedded/requirements') {
    const collect = url.searchParams.get('collect') === 'eventually_due' ? 'eventually_due' : 'currently_due';
    return reply(200, { ...state.document, collect, locale: url.searchParams.get('locale') ?? 'en' });
  }
  if (method === 'POST' && url.pathname === '/v1/embedded/submissions') {
    const submission = submissionSchema.safeParse(body);
    if (!submission.success) {
      return apiError(400, 'invalid_request_error', 'invalid_body', 'The body is not a submission.');
    }
    if (submission.data.version !== undefined && submission.data.version !== state.document.version) {
      return apiError(409, 'invalid_request_error', 'version_conflict', 'The document changed.');
    }
    const verdict = validateSubmission(state.document, submission.data.values);
    if (!verdict.ok) {
      return reply(422, {
        error: {
          type: 'invalid_request_error',
          code: 'validation_failed',
          message: `${verdict.errors.length} field(s) are invalid.`,
          param: verdict.errors[0]?.param,
          errors: verdict.errors,
        },
      });
    }
    applySubmission(state, submission.data.values);
    return reply(200, state.document);
  }
  if (method === 'POST' && url.pathname === '/v1/embedded/files') {
    return reply(200, { id: `file_test_${randomHex(4)}`, object: 'file' });
  }
  return apiError(404, 'invalid_request_error', 'resource_missing', 'No such route.');
}

/** Account sessions held in memory, each on its own copy of a document, found by their client secrets. */
export function createStandIn() {
  const sessions = new Map<string, StandInSession>();
  const sessionBySecret = new Map<string, string>();

  return {
    /** Starts an account session whose account owes `document`, enabling `components`; returns its id. */
    startSession(document: RequirementsDocument, components?: readonly StandInComponentName[]): string {
      const id = `sess_${randomHex(6)}`;
      sessions.set(id, {
        document: structuredClone(document),
        components: componentsOf(components),
        liveSecrets: new Set(),
        mints: 0,
        script: [],
        requests: [],
        nextPerson: 1,
      });
      return id;
    },

    session(id: string): StandInSession | undefined {
      return sessions.get(id);
    },

    /** What a platform's backend does for `fetchClientSecret`: a new live secret for the session. */
    mintSecret(id: string): string {
      const state = sessions.get(id);
      if (!state) throw new Error(`stand-in: no session ${id}`);
      const secret = `okit_cs_test_${randomHex(16)}`;
      state.liveSecrets.add(secret);
      state.mints += 1;
      sessionBySecret.set(secret, id);
      return secret;
    },

    /** Answers one request to `/v1/embedded/…`. */
    answer(request: EmbeddedRequest): EmbeddedAnswer {
      const secret = /^Bearer (.+)$/.exec(request.authorization ?? '')?.[1];
      const sessionId = secret ? sessionBySecret.get(secret) : undefined;
      const state = sessionId ? sessions.get(sessionId) : undefined;
      if (!secret || !state) {
        return apiError(401, 'authentication_error', 'invalid_client_secret', 'Unknown client secret.');
      }
      if (!state.liveSecrets.has(secret)) {
        return apiError(401, 'authentication_error', 'session_expired', 'The account session expired.');
      }
      state.requests.push({
        method: request.method,
        path: request.url.pathname,
        body: request.isJson ? request.body : undefined,
      });
      const scripted = state.script.findIndex(
        (answer) => answer.path === undefined || answer.path === request.url.pathname,
      );
      if (scripted !== -1) {
        const [answer] = state.script.splice(scripted, 1);
        if (answer?.drop) return { kind: 'drop' };
        if (answer?.hang) return { kind: 'hang' };
        return reply(answer?.status ?? 200, answer?.body);
      }
      return answerRoute(state, request);
    },
  };
}

export type StandIn = ReturnType<typeof createStandIn>;
