// Test support, not shipped (tsconfig.build.json leaves out *.fixture.ts): a
// session server on a test store, with a clock the test moves, and helpers
// that speak to it the way a platform and a browser do.
import { apiErrorSchema } from '@onboardkit/schema';
import { accountSessionResourceSchema } from './account-sessions/account-session-routes.js';
import { accountResourceSchema } from './accounts/account-resource.js';
import { createSessionServer, type SessionServer, type SessionServerOptions } from './app.js';
import { generateEncryptionKey } from './encryption/keyring.js';
import { createJsonLogger } from './logger.js';
import { createPlatform } from './platforms/platforms.js';
import type { Store, StoreEngine } from './store/store.js';
import { openTestStore } from './store/test-stores.fixture.js';

/** A clock that stands still until the test moves it. */
export interface TestClock {
  (): Date;
  advance(seconds: number): void;
  set(date: Date): void;
}

export function createTestClock(start = new Date('2026-03-02T10:00:00.000Z')): TestClock {
  let now = start.getTime();
  const clock = () => new Date(now);
  clock.advance = (seconds: number) => {
    now += seconds * 1000;
  };
  clock.set = (date: Date) => {
    now = date.getTime();
  };
  return clock;
}

export interface RequestInitWithAuth extends RequestInit {
  /** Sent as `Authorization: Bearer …`: a secret key or a client secret. */
  bearer?: string;
  /** A JSON body, sent with its Content-Type. */
  json?: unknown;
}

export interface TestServer {
  readonly server: SessionServer;
  readonly store: Store;
  readonly clock: TestClock;
  /** Every log line the server wrote, to check that no secret ever appears. */
  readonly logLines: string[];
  request(path: string, init?: RequestInitWithAuth): Promise<Response>;
  /** A new platform and its secret key; origins default to `https://platform.example`. */
  newPlatform(origins?: string[]): Promise<{ platformId: string; secretKey: string }>;
  close(): Promise<void>;
}

/**
 * A server on a fresh test store of `engine`, with rate limits off, no
 * background jobs (tests settle verifications themselves) and an injected
 * clock. Opening a store takes seconds: one per test file, in `beforeAll`.
 */
export async function openTestServer(
  engine: StoreEngine,
  options: Partial<SessionServerOptions> = {},
): Promise<TestServer> {
  const { store, cleanup } = await openTestStore(engine);
  const clock = createTestClock();
  const logLines: string[] = [];
  const server = createSessionServer({
    store,
    clock,
    logger: createJsonLogger({ level: 'debug', write: (line) => logLines.push(line) }),
    encryptionKeys: { current: generateEncryptionKey() },
    rateLimits: { platform: null, session: null },
    backgroundJobs: false,
    trustProxy: true,
    ...options,
  });
  await server.ready;
  return {
    server,
    store,
    clock,
    logLines,
    request: (path, init = {}) => {
      const { bearer, json, ...rest } = init;
      const headers = new Headers(rest.headers);
      if (bearer !== undefined) headers.set('Authorization', `Bearer ${bearer}`);
      if (json !== undefined) headers.set('Content-Type', 'application/json');
      if (!headers.has('X-Forwarded-For')) headers.set('X-Forwarded-For', '203.0.113.7');
      const body = json === undefined ? rest.body : JSON.stringify(json);
      return server.fetch(new Request(`http://onboardkit.test${path}`, { ...rest, headers, body }));
    },
    newPlatform: async (origins = ['https://platform.example']) => {
      const { platform, secretKey } = await createPlatform(store, { name: 'Test platform', origins });
      return { platformId: platform.id, secretKey };
    },
    close: async () => {
      await server.close();
      await cleanup();
    },
  };
}

/** The `error` of an error response, checked against the envelope schema. */
export async function errorOf(response: Response) {
  return apiErrorSchema.parse(await response.json()).error;
}

/**
 * A new US individual account of the platform with `secretKey` (transfers
 * requested) and the client secret of an onboarding session on it.
 */
export async function startUsIndividualOnboarding(
  t: TestServer,
  secretKey: string,
): Promise<{ accountId: string; sessionId: string; clientSecret: string }> {
  const created = await t.request('/v1/accounts', {
    method: 'POST',
    bearer: secretKey,
    json: { country: 'US', business_type: 'individual', capabilities: { transfers: { requested: true } } },
  });
  const accountId = accountResourceSchema.parse(await created.json()).id;
  const minted = await t.request('/v1/account_sessions', {
    method: 'POST',
    bearer: secretKey,
    json: { account: accountId, components: { account_onboarding: { enabled: true } } },
  });
  const session = accountSessionResourceSchema.parse(await minted.json());
  return { accountId, sessionId: session.id, clientSecret: session.client_secret };
}
