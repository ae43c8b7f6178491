import { type RequirementsDocument, requirementsDocumentSchema } from '@onboardkit/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountSessionResourceSchema } from '../account-sessions/account-session-routes.js';
import {
  errorOf,
  openTestServer,
  startUsIndividualOnboarding,
  type TestServer,
} from '../test-server.fixture.js';
import {
  createDocumentResponseCache,
  type DocumentKey,
  documentResponse,
} from './document-response-cache.js';

let t: TestServer;
let secretKey: string;

beforeAll(async () => {
  t = await openTestServer('pglite');
  ({ secretKey } = await t.newPlatform());
}, 60_000);
afterAll(() => t.close());

async function newSession(): Promise<{ account: string; id: string; secret: string }> {
  const { accountId, sessionId, clientSecret } = await startUsIndividualOnboarding(t, secretKey);
  return { account: accountId, id: sessionId, secret: clientSecret };
}

const requirements = (secret: string, headers: Record<string, string> = {}, query = '') =>
  t.request(`/v1/embedded/requirements${query}`, { bearer: secret, headers });

const submit = (secret: string, values: Record<string, unknown>) =>
  t.request('/v1/embedded/submissions', { method: 'POST', bearer: secret, json: { values } });

describe('GET /v1/embedded/requirements with an ETag', () => {
  it('answers 304 with no body to If-None-Match of the current document, and 200 to a stale one', async () => {
    const { secret } = await newSession();
    const first = await requirements(secret);
    const etag = first.headers.get('ETag');
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(first.headers.get('Cache-Control')).toBe('private, no-cache');

    const again = await requirements(secret, { 'If-None-Match': etag ?? '' });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect(again.headers.get('ETag')).toBe(etag);
    // A weak validator and a list naming it match too, as RFC 9110 asks for GET.
    expect((await requirements(secret, { 'If-None-Match': `"other", W/${etag}` })).status).toBe(304);

    const stale = await requirements(secret, { 'If-None-Match': '"not-this-one"' });
    expect(stale.status).toBe(200);
    expect(await stale.text()).toBe(await first.text());
  });

  it('gives each locale and query its own document and ETag', async () => {
    const { secret } = await newSession();
    const english = await requirements(secret);
    const french = await requirements(secret, { 'Accept-Language': 'fr-FR' });
    const eventually = await requirements(secret, {}, '?collect=eventually_due');
    const etags = [english, french, eventually].map((response) => response.headers.get('ETag'));
    expect(new Set(etags).size).toBe(3);
    expect(requirementsDocumentSchema.parse(await french.json()).locale).toBe('fr');
    expect((await requirements(secret, { 'If-None-Match': etags[1] ?? '' })).status).toBe(200);
  });

  it('answers with the new document after a submission: the old ETag no longer matches', async () => {
    const { secret } = await newSession();
    const before = await requirements(secret);
    const etag = before.headers.get('ETag') ?? '';
    const { version } = requirementsDocumentSchema.parse(await before.json());

    const written = await submit(secret, { 'individual.first_name': 'Jane' });
    expect(written.status).toBe(200);
    const writtenBody = await written.text();

    const after = await requirements(secret, { 'If-None-Match': etag });
    expect(after.status).toBe(200);
    expect(after.headers.get('ETag')).not.toBe(etag);
    // The answer to the submission is the document a fetch then gets, byte for byte.
    const afterBody = await after.text();
    expect(afterBody).toBe(writtenBody);
    const document = requirementsDocumentSchema.parse(JSON.parse(afterBody));
    expect(document.version).toBe(version + 1);
    const firstName = document.steps
      .flatMap((step) => step.fields)
      .find((f) => f.key === 'individual.first_name');
    expect(firstName?.value).toBe('Jane');
  });

  it('sees a write made by another process (straight to the store) on the next fetch', async () => {
    const { secret, account } = await newSession();
    const before = await requirements(secret);
    const etag = before.headers.get('ETag') ?? '';
    await t.store.query(
      `UPDATE accounts SET state = jsonb_set(state, '{business_type}', '"company"'), version = version + 1
        WHERE id = $1`,
      [account],
    );
    const after = await requirements(secret, { 'If-None-Match': etag });
    expect(after.status).toBe(200);
    expect(requirementsDocumentSchema.parse(await after.json()).business_type).toBe('company');
  });

  it('builds the document again once the clock opens a deadline, the account unchanged', async () => {
    const { secret, account } = await newSession();
    const start = t.clock();
    try {
      const early = requirementsDocumentSchema.parse(await (await requirements(secret)).json());
      expect(early.requirements.currently_due).not.toContain('individual.id_number');
      // The US asks for the id number 30 days in; it is currently due from 14 days before that.
      t.clock.advance(17 * 86_400);
      // The first session has expired by then; a new one reads the same account (and cache key).
      const minted = await t.request('/v1/account_sessions', {
        method: 'POST',
        bearer: secretKey,
        json: { account, components: { account_onboarding: { enabled: true } } },
      });
      const { client_secret } = accountSessionResourceSchema.parse(await minted.json());
      const later = requirementsDocumentSchema.parse(await (await requirements(client_secret)).json());
      expect(later.requirements.currently_due).toContain('individual.id_number');
      expect(later.version).toBe(early.version);
    } finally {
      t.clock.set(start);
    }
  });
});

describe('given a session revoked by another process (straight in the store)', () => {
  it('refuses its writes at once, though its cached reads may last the cache age', async () => {
    const { secret, id, account } = await newSession();
    expect((await requirements(secret)).status).toBe(200);
    await t.store.query('UPDATE account_sessions SET revoked_at = $2 WHERE id = $1', [id, t.clock()]);
    const written = await submit(secret, { 'individual.first_name': 'Mallory' });
    expect(written.status).toBe(401);
    expect((await errorOf(written)).code).toBe('session_expired');
    const { rows } = await t.store.query<{ version: number }>('SELECT version FROM accounts WHERE id = $1', [
      account,
    ]);
    expect(rows[0]?.version).toBe(0);
  });
});

describe('given two submissions to one account at once', () => {
  it('applies both, one after the other, with no write lost', async () => {
    const { secret, account } = await newSession();
    const responses = await Promise.all([
      submit(secret, { 'individual.first_name': 'Jane' }),
      submit(secret, { 'individual.last_name': 'Doe' }),
      submit(secret, { 'individual.email': 'jane@example.com' }),
    ]);
    expect(responses.map((response) => response.status)).toEqual([200, 200, 200]);
    const { rows } = await t.store.query<{ version: number; values: Record<string, unknown> }>(
      "SELECT version, state->'values' AS values FROM accounts WHERE id = $1",
      [account],
    );
    expect(rows[0]?.version).toBe(3);
    expect(rows[0]?.values).toMatchObject({
      'individual.first_name': 'Jane',
      'individual.last_name': 'Doe',
      'individual.email': 'jane@example.com',
    });
  });
});

describe('createDocumentResponseCache', () => {
  // The cache keeps answers whatever they hold: these bodies only tell entries apart.
  const stub = (body: object) => body as RequirementsDocument;

  const key = (accountId: string, version = 1): DocumentKey => ({
    accountId,
    version,
    locale: 'en',
    collect: 'currently_due',
    futureRequirements: 'omit',
    collectsBankAccount: true,
  });

  it('keeps at most its size, dropping the least recently read first', () => {
    const cache = createDocumentResponseCache({ maxEntries: 2 });
    cache.set(key('a'), documentResponse(stub({ a: 1 }), 100));
    cache.set(key('b'), documentResponse(stub({ b: 1 }), 100));
    expect(cache.get(key('a'), 0)).toBeDefined();
    cache.set(key('c'), documentResponse(stub({ c: 1 }), 100));
    expect(cache.get(key('b'), 0)).toBeUndefined();
    expect(new TextDecoder().decode(cache.get(key('a'), 0)?.body)).toBe('{"a":1}');
    expect(cache.get(key('c'), 0)).toBeDefined();
  });

  it('serves an entry only before its validUntil, and only for its version', () => {
    const cache = createDocumentResponseCache();
    cache.set(key('a', 3), documentResponse(stub({ a: 3 }), 100));
    expect(cache.get(key('a', 4), 99)).toBeUndefined();
    expect(cache.get(key('a', 3), 99)).toBeDefined();
    expect(cache.get(key('a', 3), 100)).toBeUndefined();
  });

  it("drops an account's documents of an older version as soon as one of a newer version is kept", () => {
    const cache = createDocumentResponseCache({ maxEntries: 3 });
    cache.set(key('a', 1), documentResponse(stub({ a: 1 }), 100));
    cache.set({ ...key('a', 1), locale: 'fr' }, documentResponse(stub({ a: 1 }), 100));
    cache.set(key('b', 1), documentResponse(stub({ b: 1 }), 100));
    cache.set(key('a', 2), documentResponse(stub({ a: 2 }), 100));
    cache.set(key('c', 1), documentResponse(stub({ c: 1 }), 100));
    expect(cache.get(key('a', 1), 0)).toBeUndefined();
    expect(cache.get({ ...key('a', 1), locale: 'fr' }, 0)).toBeUndefined();
    // Room was made by the old versions, not by the least recently used live entry.
    expect(cache.get(key('b', 1), 0)).toBeDefined();
    expect(cache.get(key('a', 2), 0)).toBeDefined();
    expect(cache.get(key('c', 1), 0)).toBeDefined();
  });

  it('forgets every document of an erased account', () => {
    const cache = createDocumentResponseCache();
    cache.set(key('a'), documentResponse(stub({}), 100));
    cache.set({ ...key('a'), locale: 'fr' }, documentResponse(stub({}), 100));
    cache.set(key('b'), documentResponse(stub({}), 100));
    cache.forgetAccount('a');
    expect(cache.get(key('a'), 0)).toBeUndefined();
    expect(cache.get({ ...key('a'), locale: 'fr' }, 0)).toBeUndefined();
    expect(cache.get(key('b'), 0)).toBeDefined();
  });
});
