// Test support: the demo backend wired to a real session server running in
// this process (in-memory PGlite, the bootstrap platform, no background jobs),
// and helpers that speak to both as a browser and a platform would.
import { testUsIndividualValues } from '@onboardkit/schema';
import { createJsonLogger, createSessionServer, type SessionServer } from '@onboardkit/server-session';
import type { Hono } from 'hono';
import { createDemoApp } from './demo-app.js';
import { createPlatformClient } from './platform-client.js';
import { sellerCookieName } from './seller-session.js';

export const testSecretKey = 'sk_test_DemoBackendTestPlatform0001';
export const testSessionServerUrl = 'http://onboardkit.test';
const testOrigin = 'http://localhost:5173';

export interface DemoTestServer {
  readonly app: Hono;
  readonly sessionServer: SessionServer;
  /** Every line either server logged, to check that no secret appears. */
  readonly logLines: string[];
  /** A request to the demo backend, with an optional seller cookie and JSON body. */
  request(
    path: string,
    init?: { method?: string; json?: unknown; body?: string; cookie?: string },
  ): Promise<Response>;
  /** A request to the session server, as a platform (secret key) or the components (client secret). */
  sessionRequest(
    path: string,
    init?: { method?: string; bearer?: string; json?: unknown },
  ): Promise<Response>;
  close(): Promise<void>;
}

/** The `name=value` of the seller cookie a response sets, to send back as a browser would. */
export function sellerCookieOf(response: Response): string {
  const header = response.headers.get('set-cookie') ?? '';
  const pair = header.split(';')[0] ?? '';
  if (!pair.startsWith(`${sellerCookieName}=`)) throw new Error(`No seller cookie in "${header}".`);
  return pair;
}

/** Opening PGlite takes seconds: one per test file, in `beforeAll`. */
export async function openDemoTestServer(): Promise<DemoTestServer> {
  const logLines: string[] = [];
  const sessionServer = createSessionServer({
    store: { engine: 'pglite', dataDir: null },
    bootstrapPlatform: { name: 'Tidewater Market (test)', secretKey: testSecretKey, origins: [testOrigin] },
    logger: createJsonLogger({ level: 'debug', write: (line) => logLines.push(line) }),
    rateLimits: { platform: null, session: null },
    backgroundJobs: false,
    trustProxy: true,
  });
  await sessionServer.ready;
  const app = createDemoApp({
    platform: createPlatformClient({
      baseUrl: testSessionServerUrl,
      secretKey: testSecretKey,
      fetch: (request) => sessionServer.fetch(request),
    }),
    cookieSecret: 'a-test-cookie-secret-of-at-least-32-characters',
    publicSessionServerUrl: testSessionServerUrl,
    logError: (line) => logLines.push(line),
  });
  return {
    app,
    sessionServer,
    logLines,
    request: async (path, init = {}) => {
      const headers = new Headers();
      if (init.cookie) headers.set('Cookie', init.cookie);
      let body = init.body;
      if (init.json !== undefined) {
        headers.set('Content-Type', 'application/json');
        body = JSON.stringify(init.json);
      }
      return app.request(path, {
        method: init.method ?? (body === undefined ? 'GET' : 'POST'),
        headers,
        body,
      });
    },
    sessionRequest: async (path, init = {}) => {
      const headers = new Headers({ 'X-Forwarded-For': '203.0.113.7', Origin: testOrigin });
      if (init.bearer) headers.set('Authorization', `Bearer ${init.bearer}`);
      if (init.json !== undefined) headers.set('Content-Type', 'application/json');
      return sessionServer.fetch(
        new Request(`${testSessionServerUrl}${path}`, {
          method: init.method ?? (init.json === undefined ? 'GET' : 'POST'),
          headers,
          body: init.json === undefined ? undefined : JSON.stringify(init.json),
        }),
      );
    },
    close: () => sessionServer.close(),
  };
}

/**
 * The values of a US individual that verify (reference §6), as the
 * components submit them: what the demo's test-mode panel tells a seller to type.
 */
export const verifyingUsIndividual = testUsIndividualValues;
