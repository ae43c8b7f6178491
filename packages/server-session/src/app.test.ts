import { apiErrorSchema } from '@onboardkit/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSessionServer, type SessionServer } from './app.js';
import { generateEncryptionKey } from './encryption/keyring.js';
import { createJsonLogger } from './logger.js';
import { platformResourceSchema } from './platform-api/platform-routes.js';
import { createPlatform } from './platforms/platforms.js';
import { generateSecretKey } from './platforms/secret-key.js';
import type { Store } from './store/store.js';
import { openTestStore } from './store/test-stores.fixture.js';

// One PGlite for the file (opening one takes seconds); tests create their own platforms.
let store: Store;
let closeStore: () => Promise<void>;
let server: SessionServer;
const logLines: string[] = [];
const issuedKeys: string[] = [];
const encryptionKeys = { current: generateEncryptionKey() };

beforeAll(async () => {
  ({ store, cleanup: closeStore } = await openTestStore('pglite'));
  server = createSessionServer({
    store,
    encryptionKeys,
    logger: createJsonLogger({ level: 'debug', write: (line) => logLines.push(line) }),
  });
  await server.ready;
}, 60_000);

afterAll(async () => {
  await server.close();
  await closeStore();
});

async function newPlatform(name = 'Acme Marketplace') {
  const created = await createPlatform(store, { name, origins: ['https://acme.example'] });
  issuedKeys.push(created.secretKey);
  return created;
}

function request(path: string, init: RequestInit & { key?: string } = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  if (init.key !== undefined) headers.set('Authorization', `Bearer ${init.key}`);
  return server.fetch(new Request(`http://onboardkit.test${path}`, { ...init, headers }));
}

async function errorOf(response: Response) {
  return apiErrorSchema.parse(await response.json()).error;
}

describe('GET /healthz', () => {
  it('answers 200 {ok: true} once the store is open', async () => {
    const response = await request('/healthz');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true });
  });

  it('names every response with a Request-Id header', async () => {
    const response = await request('/healthz');
    expect(response.headers.get('Request-Id')).toMatch(/^req_[0-9A-Za-z]{16}$/);
  });
});

describe('given a store that cannot be opened', () => {
  it('answers 503 store_unavailable on /healthz and on the API, and rejects ready', async () => {
    const broken = createSessionServer({
      store: { engine: 'postgres', url: 'postgres://nobody@127.0.0.1:1/none' },
      logger: createJsonLogger({ level: 'silent' }),
    });
    const health = await broken.fetch(new Request('http://onboardkit.test/healthz'));
    const api = await broken.fetch(new Request('http://onboardkit.test/v1/platform'));
    await expect(broken.ready).rejects.toMatchObject({ code: 'connection_failed' });

    expect(health.status).toBe(503);
    expect(await errorOf(health)).toMatchObject({ type: 'api_error', code: 'store_unavailable' });
    expect(api.status).toBe(503);
    expect(await errorOf(api)).toMatchObject({ type: 'api_error', code: 'store_unavailable' });
    await broken.close();
  });
});

describe('given an open store and no encryption key', () => {
  it('refuses to start, rather than seal values with a key the next process will not have', async () => {
    const keyless = createSessionServer({ store, logger: createJsonLogger({ level: 'silent' }) });
    await expect(keyless.ready).rejects.toThrow('encryptionKeys must be given with an open store');
    await keyless.close();
  });
});

describe('given an unknown route', () => {
  it('answers 404 route_not_found in the error envelope', async () => {
    const response = await request('/no/such/route');
    expect(response.status).toBe(404);
    expect(await errorOf(response)).toEqual({
      type: 'invalid_request_error',
      code: 'route_not_found',
      message: 'Unrecognized request URL (GET: /no/such/route).',
    });
  });

  it('answers 404 under /v1 too once the key is valid', async () => {
    const { secretKey } = await newPlatform();
    const response = await request('/v1/no_such_resource', { key: secretKey });
    expect(response.status).toBe(404);
    expect((await errorOf(response)).code).toBe('route_not_found');
  });
});

describe('platform authentication', () => {
  it('refuses a request without a key with 401 missing_api_key and a Bearer challenge', async () => {
    const response = await request('/v1/platform');
    expect(response.status).toBe(401);
    expect(response.headers.get('WWW-Authenticate')).toMatch(/^Bearer /);
    expect(await errorOf(response)).toMatchObject({ type: 'authentication_error', code: 'missing_api_key' });
  });

  it('takes the key as curl -u sends it: Basic, the key as user name and no password', async () => {
    const { secretKey, platform } = await newPlatform();
    const response = await request('/v1/platform', {
      headers: { Authorization: `Basic ${btoa(`${secretKey}:`)}` },
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ id: platform.id });
  });

  it('refuses Basic with a password, and other schemes, with missing_api_key saying how to send the key', async () => {
    const { secretKey } = await newPlatform();
    for (const authorization of [`Basic ${btoa(`${secretKey}:x`)}`, `Digest username="${secretKey}"`]) {
      const response = await request('/v1/platform', { headers: { Authorization: authorization } });
      expect(response.status).toBe(401);
      const error = await errorOf(response);
      expect(error.code).toBe('missing_api_key');
      expect(error.message).toContain('-u sk_test_…:');
      expect(JSON.stringify(error)).not.toContain(secretKey.slice(8));
    }
  });

  it('refuses an unknown key with invalid_api_key, showing only its mask', async () => {
    const unknownKey = generateSecretKey();
    const response = await request('/v1/platform', { key: unknownKey });
    const error = await errorOf(response);
    expect(response.status).toBe(401);
    expect(error).toMatchObject({ type: 'authentication_error', code: 'invalid_api_key' });
    expect(error.message).toBe(`Invalid API key provided: sk_test_…${unknownKey.slice(-4)}.`);
  });

  it('does not echo a token that is not shaped like a key', async () => {
    const response = await request('/v1/platform', { key: 'eyJhbGciOiJIUzI1NiJ9.some-jwt' });
    expect(await errorOf(response)).toMatchObject({
      code: 'invalid_api_key',
      message: 'Invalid API key provided.',
    });
  });
});

describe('GET /v1/platform', () => {
  it('returns the platform the key belongs to', async () => {
    const { platform, secretKey } = await newPlatform('Own Platform');
    const response = await request('/v1/platform', { key: secretKey });
    expect(response.status).toBe(200);
    const body = platformResourceSchema.parse(await response.json());
    expect(body).toEqual({
      id: platform.id,
      object: 'platform',
      name: 'Own Platform',
      origins: ['https://acme.example'],
      created: Math.floor(platform.created.getTime() / 1000),
    });
  });

  it('shows each platform only itself', async () => {
    const first = await newPlatform('First');
    const second = await newPlatform('Second');
    const [firstBody, secondBody] = await Promise.all(
      [first, second].map(async ({ secretKey }) =>
        (await request('/v1/platform', { key: secretKey })).json(),
      ),
    );
    expect(firstBody).toMatchObject({ id: first.platform.id, name: 'First' });
    expect(secondBody).toMatchObject({ id: second.platform.id, name: 'Second' });
  });
});

describe('POST /v1/platform', () => {
  const post = (key: string, body: string) =>
    request('/v1/platform', { method: 'POST', key, body, headers: { 'Content-Type': 'application/json' } });

  it('updates the name and origins it is given and keeps the rest', async () => {
    const { secretKey } = await newPlatform('Before');
    const response = await post(
      secretKey,
      JSON.stringify({ origins: ['https://shop.example/', 'http://localhost:3000'] }),
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      name: 'Before',
      origins: ['https://shop.example', 'http://localhost:3000'],
    });
  });

  it('answers malformed JSON with 400 invalid_json, without quoting the body', async () => {
    const { secretKey } = await newPlatform();
    const response = await post(secretKey, `{"name": "x", ${secretKey}`);
    const error = await errorOf(response);
    expect(response.status).toBe(400);
    expect(error).toMatchObject({ type: 'invalid_request_error', code: 'invalid_json' });
    expect(error.message).not.toContain(secretKey.slice(8));
  });

  it('says where malformed JSON stops parsing, by line and column, quoting nothing', async () => {
    const { secretKey } = await newPlatform();
    const trailingComma = await errorOf(await post(secretKey, '{\n  "name": "x",\n}'));
    expect(trailingComma.message).toContain('at line 3, column 1');
    const cut = await errorOf(await post(secretKey, '{"name": "x"'));
    expect(cut.message).toContain('at line 1, column 13');
  });

  it('says a form-encoded body is not read, rather than calling it broken JSON', async () => {
    const { secretKey } = await newPlatform();
    const response = await request('/v1/platform', {
      method: 'POST',
      key: secretKey,
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'name=Renamed',
    });
    expect(response.status).toBe(400);
    const error = await errorOf(response);
    expect(error.code).toBe('invalid_json');
    expect(error.message).toContain('form-encoded');
    expect(error.message).toContain('Content-Type: application/json');
  });

  it('answers an unknown parameter with 400 parameter_unknown naming it', async () => {
    const { secretKey } = await newPlatform();
    const response = await post(secretKey, JSON.stringify({ name: 'x', colour: 'blue' }));
    expect(response.status).toBe(400);
    expect(await errorOf(response)).toMatchObject({ code: 'parameter_unknown', param: 'colour' });
  });

  it('answers an invalid origin with 400 parameter_invalid and its dotted param', async () => {
    const { secretKey } = await newPlatform();
    const response = await post(
      secretKey,
      JSON.stringify({ origins: ['https://ok.example', 'ftp://files.example'] }),
    );
    expect(response.status).toBe(400);
    expect(await errorOf(response)).toEqual({
      type: 'invalid_request_error',
      code: 'parameter_invalid',
      param: 'origins[1]',
      message: 'Invalid origins[1]: must start with https:// or http://.',
    });
  });

  it('answers a body that is not an object with 400 parameter_invalid', async () => {
    const { secretKey } = await newPlatform();
    const response = await post(secretKey, '[1, 2]');
    expect(response.status).toBe(400);
    expect((await errorOf(response)).code).toBe('parameter_invalid');
  });
});

describe('given a bootstrap platform', () => {
  it('creates it once, then updates its origins on the next start, keeping its id', async () => {
    const secretKey = generateSecretKey();
    issuedKeys.push(secretKey);
    const start = async (origins: string[]) => {
      const bootstrapped = createSessionServer({
        store,
        encryptionKeys,
        logger: createJsonLogger({ write: (line) => logLines.push(line) }),
        bootstrapPlatform: { name: 'Demo', secretKey, origins },
      });
      await bootstrapped.ready;
      const body = await (
        await bootstrapped.fetch(
          new Request('http://onboardkit.test/v1/platform', {
            headers: { Authorization: `Bearer ${secretKey}` },
          }),
        )
      ).json();
      await bootstrapped.close();
      return platformResourceSchema.parse(body);
    };
    const first = await start(['http://localhost:3000']);
    const second = await start(['http://localhost:3000', 'https://demo.example']);
    expect(second).toEqual({ ...first, origins: ['http://localhost:3000', 'https://demo.example'] });
  });

  it('answers 503 shutting_down once closed, and leaves a store it was given open', async () => {
    const closed = createSessionServer({
      store,
      encryptionKeys,
      logger: createJsonLogger({ level: 'silent' }),
    });
    await closed.close();
    const response = await closed.fetch(new Request('http://onboardkit.test/healthz'));
    expect(response.status).toBe(503);
    expect((await errorOf(response)).code).toBe('shutting_down');
    expect((await request('/healthz')).status).toBe(200);
  });
});

describe('the log', () => {
  it('records requests but never a secret key', () => {
    expect(logLines.some((line) => line.includes('"event":"request.completed"'))).toBe(true);
    expect(issuedKeys.length).toBeGreaterThan(5);
    for (const key of issuedKeys) {
      for (const line of logLines) expect(line).not.toContain(key);
    }
  });
});
