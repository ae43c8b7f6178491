import type { AccountDetails, AccountResource } from '@onboardkit/server-session';
import { inject, onTestFinished, vi } from 'vitest';
import { commands } from 'vitest/browser';
import type { PlatformRequest } from './platform-commands.js';

/**
 * The platform's side of a component test, against the real session server
 * the global setup started: accounts created and prefilled through the
 * platform API, account sessions minted as a platform backend mints them for
 * `fetchClientSecret`, revoked to expire them, and the account read back as
 * the server stored it. Platform calls run in Node (`platform-commands.ts`).
 */

/** Where the components send requests: the session server, through the proxy that can drop a connection. */
export const apiBaseUrl = inject('apiBaseUrl');
/**
 * The same session server data behind a budget of one request a second, two
 * at once, per account session: a third request at once is refused with 429
 * and `Retry-After: 1`.
 */
export const rateLimitedApiBaseUrl = inject('rateLimitedApiBaseUrl');
/** The session server itself, for what the test reads back (never cut by the proxy). */
const sessionServerUrl = inject('sessionServerUrl');

export type ComponentName = 'account_onboarding' | 'account_management' | 'notification_banner';

let originRegistration: Promise<unknown> | undefined;

/** The platform lists this test page's origin, as a platform registers its site (CORS). */
function registerPageOrigin() {
  originRegistration ??= commands.platformRequest({
    method: 'POST',
    path: '/v1/platform',
    body: { origins: [location.origin] },
  });
  return originRegistration;
}

/** One platform API call; a refusal fails the test with the server's error. */
export async function platformApi<T>(
  method: PlatformRequest['method'],
  path: string,
  body?: unknown,
): Promise<T> {
  await registerPageOrigin();
  const response = await commands.platformRequest({ method, path, body });
  if (response.status >= 300) {
    throw new Error(
      `platform API ${method} ${path} answered ${response.status}: ${JSON.stringify(response.body)}`,
    );
  }
  return response.body as T;
}

interface AccountSessionResource {
  id: string;
  client_secret: string;
}

/** An embedded API call made by the test itself (not by the components under test). */
async function embeddedApi<T>(clientSecret: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${sessionServerUrl}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: {
      authorization: `Bearer ${clientSecret}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? null : JSON.stringify(body),
  });
  const answer: unknown = await response.json();
  if (!response.ok)
    throw new Error(`embedded API ${path} answered ${response.status}: ${JSON.stringify(answer)}`);
  return answer as T;
}

export interface TestSession {
  /**
   * What a platform's `fetchClientSecret` does: asks the server for a new
   * account session for this account and hands over its client secret.
   */
  fetchClientSecret: () => Promise<string>;
  /** How many client secrets `fetchClientSecret` has minted. */
  readonly mints: number;
  /** Revokes every account session minted so far: the server then answers 401 `session_expired`. */
  revoke: () => Promise<void>;
}

export interface TestAccount {
  readonly id: string;
  /** Account sessions enabling `components` (onboarding alone by default), minted on demand. */
  startSession(components?: readonly ComponentName[]): TestSession;
  /** `GET /v1/accounts/:id`: the requirements as the platform sees them. */
  retrieve(): Promise<AccountResource>;
  /** What the server holds for the account (values, masks, persons), read through a management session. */
  details(): Promise<AccountDetails>;
  /** Details given by the person on an earlier visit: an embedded API submission. */
  submit(values: Record<string, unknown>): Promise<void>;
  /** `POST /v1/test_helpers/accounts/:id/settle_verifications`: every pending check ends now. */
  settleVerifications(): Promise<AccountResource>;
  /** `POST /v1/test_helpers/accounts/:id/advance_deadlines`: every deadline comes `days` earlier. */
  advanceDeadlines(days: number): Promise<AccountResource>;
  /** `DELETE /v1/accounts/:id`: the account's details and sessions are erased; its client secrets become unknown. */
  erase(): Promise<void>;
}

export interface TestAccountSetup {
  country: string;
  business_type?: 'individual' | 'company' | 'non_profit';
  /** Details the platform prefills with `POST /v1/accounts/:id`. */
  prefill?: Record<string, unknown>;
}

function componentsInput(names: readonly ComponentName[]) {
  return Object.fromEntries(names.map((name) => [name, { enabled: true }]));
}

/** Creates a connected account on the session server, as a platform backend does. */
export async function createTestAccount(setup: TestAccountSetup): Promise<TestAccount> {
  const { id } = await platformApi<{ id: string }>('POST', '/v1/accounts', {
    country: setup.country,
    ...(setup.business_type ? { business_type: setup.business_type } : {}),
    capabilities: { card_payments: { requested: true }, transfers: { requested: true } },
  });
  if (setup.prefill) await platformApi('POST', `/v1/accounts/${id}`, { values: setup.prefill });

  const mintSecret = (components: readonly ComponentName[]) =>
    platformApi<AccountSessionResource>('POST', '/v1/account_sessions', {
      account: id,
      components: componentsInput(components),
    });

  return {
    id,
    startSession(components = ['account_onboarding']) {
      const minted: string[] = [];
      return {
        fetchClientSecret: async () => {
          const session = await mintSecret(components);
          minted.push(session.id);
          return session.client_secret;
        },
        get mints() {
          return minted.length;
        },
        revoke: async () => {
          for (const session of minted)
            await platformApi('POST', `/v1/account_sessions/${session}/revoke`, {});
        },
      };
    },
    retrieve: () => platformApi<AccountResource>('GET', `/v1/accounts/${id}`),
    details: async () => {
      const { client_secret } = await mintSecret(['account_management']);
      return embeddedApi<AccountDetails>(client_secret, '/v1/embedded/account');
    },
    submit: async (values) => {
      const { client_secret } = await mintSecret(['account_onboarding']);
      await embeddedApi(client_secret, '/v1/embedded/submissions', { values });
    },
    settleVerifications: () =>
      platformApi<AccountResource>('POST', `/v1/test_helpers/accounts/${id}/settle_verifications`, {}),
    advanceDeadlines: (days) =>
      platformApi<AccountResource>('POST', `/v1/test_helpers/accounts/${id}/advance_deadlines`, { days }),
    erase: async () => {
      await platformApi('DELETE', `/v1/accounts/${id}`);
    },
  };
}

/** Arms the proxy: the next `count` requests to `path` lose their connection mid-answer. */
export function dropNextConnections(path: string, count = 1): Promise<void> {
  return commands.dropNextConnections({ path, count });
}

/** Every request to `path` loses its connection until the returned function restores them. */
export async function dropConnections(path: string): Promise<() => Promise<void>> {
  await commands.dropNextConnections({ path });
  return () => commands.dropNextConnections({ path, count: 0 });
}

/**
 * Every request to `path` stays in flight (an upload still going) until
 * `release` lets the held ones through to the server, or cuts them with
 * `{ drop: true }`. Released when the test ends at the latest.
 */
export async function holdConnections(
  path: string,
): Promise<{ release: (options?: { drop?: boolean }) => Promise<void> }> {
  await commands.holdConnections({ path });
  let released = false;
  const release = async (options: { drop?: boolean } = {}) => {
    if (released) return;
    released = true;
    await commands.holdConnections({ path, release: true, ...options });
  };
  onTestFinished(() => release({ drop: true }));
  return { release };
}

export interface SentRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  body?: { values?: Record<string, unknown> };
}

/**
 * Watches what the components send to the session server, letting every
 * request through untouched: `fetch` is observed, not replaced. Requests the
 * components abandoned (StrictMode's first mount aborts its reads) are left
 * out. Stops when the test ends.
 */
export function watchRequests(): () => SentRequest[] {
  const spy = vi.spyOn(globalThis, 'fetch');
  onTestFinished(() => spy.mockRestore());
  const urlOf = (input: unknown) => String(input instanceof Request ? input.url : input);
  const apiOrigins = [apiBaseUrl, rateLimitedApiBaseUrl].map((base) => new URL(base).origin);
  const abandoned = (index: number) => {
    const result = spy.mock.settledResults[index];
    return result?.type === 'rejected' && (result.value as Error | undefined)?.name === 'AbortError';
  };
  return () =>
    spy.mock.calls.flatMap(([input, init], index) => {
      const url = new URL(urlOf(input));
      if (!apiOrigins.includes(url.origin) || abandoned(index)) return [];
      const body =
        typeof init?.body === 'string' ? (JSON.parse(init.body) as SentRequest['body']) : undefined;
      return [
        {
          method: init?.method ?? 'GET',
          path: url.pathname,
          query: url.searchParams,
          ...(body ? { body } : {}),
        },
      ];
    });
}
