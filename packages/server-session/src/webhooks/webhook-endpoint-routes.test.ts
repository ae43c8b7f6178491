import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  errorOf,
  openTestServer,
  startUsIndividualOnboarding,
  type TestServer,
} from '../test-server.fixture.js';
import { startTestReceiver, type TestReceiver } from './test-receiver.fixture.js';
import { webhookEndpointListSchema, webhookEndpointResourceSchema } from './webhook-endpoint-routes.js';
import { verifyWebhookSignature } from './webhook-signature.js';

let t: TestServer;
let own: { platformId: string; secretKey: string };
let other: { platformId: string; secretKey: string };
let receiver: TestReceiver;
let receiverUrl: string;

beforeAll(async () => {
  receiver = await startTestReceiver();
  receiverUrl = receiver.url;
  // The delivery job runs, as in `onboardkit-server start`, every 50 ms; the others stay out of the way.
  t = await openTestServer('pglite', {
    backgroundJobs: {
      webhookIntervalMs: 50,
      verificationIntervalMs: 3_600_000,
      purgeIntervalMs: 3_600_000,
      statisticsIntervalMs: 3_600_000,
      checkpointIntervalMs: 3_600_000,
      clockChangeIntervalMs: 3_600_000,
    },
  });
  own = await t.newPlatform();
  other = await t.newPlatform();
}, 60_000);
afterAll(async () => {
  await t.close();
  await receiver.close();
});

const create = (body: unknown, key = own.secretKey) =>
  t.request('/v1/webhook_endpoints', { method: 'POST', bearer: key, json: body });

describe('POST /v1/webhook_endpoints', () => {
  it('creates an endpoint and shows its signing secret this once', async () => {
    const response = await create({
      url: receiverUrl,
      enabled_events: ['account.updated'],
      description: 'CRM',
    });
    expect(response.status).toBe(200);
    const endpoint = webhookEndpointResourceSchema.parse(await response.json());
    expect(endpoint).toMatchObject({
      id: expect.stringMatching(/^we_[0-9A-Za-z]{24}$/),
      object: 'webhook_endpoint',
      url: receiverUrl,
      enabled_events: ['account.updated'],
      description: 'CRM',
      status: 'enabled',
      secret: expect.stringMatching(/^whsec_[0-9A-Za-z]{32}$/),
    });
    const again = await t.request(`/v1/webhook_endpoints/${endpoint.id}`, { bearer: own.secretKey });
    expect(await again.json()).not.toHaveProperty('secret');
    expect(t.logLines.join('')).not.toContain(String(endpoint.secret));
    await t.request(`/v1/webhook_endpoints/${endpoint.id}`, { method: 'DELETE', bearer: own.secretKey });
  });

  it('refuses a bad parameter with a 400 that names it', async () => {
    const cases: Array<[unknown, string]> = [
      [{ url: 'ftp://platform.example/hooks', enabled_events: ['*'] }, 'url'],
      [{ url: 'https://user:secret@platform.example/hooks', enabled_events: ['*'] }, 'url'],
      [{ url: 'not a url', enabled_events: ['*'] }, 'url'],
      [{ url: receiverUrl, enabled_events: [] }, 'enabled_events'],
      [{ url: receiverUrl, enabled_events: ['account.created'] }, 'enabled_events[0]'],
      [{ url: receiverUrl }, 'enabled_events'],
      [{ url: receiverUrl, enabled_events: ['*'], secret: 'mine' }, 'secret'],
    ];
    for (const [body, param] of cases) {
      const response = await create(body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect((await errorOf(response)).param, JSON.stringify(body)).toBe(param);
    }
  });

  it('refuses a seventeenth endpoint', async () => {
    const platform = await t.newPlatform();
    for (let index = 0; index < 16; index++) {
      expect((await create({ url: receiverUrl, enabled_events: ['*'] }, platform.secretKey)).status).toBe(
        200,
      );
    }
    const refused = await create({ url: receiverUrl, enabled_events: ['*'] }, platform.secretKey);
    expect(refused.status).toBe(400);
    expect((await errorOf(refused)).code).toBe('webhook_endpoint_limit_reached');
  });
});

describe('a webhook endpoint, end to end', () => {
  it("receives a seller's submission as a signed account.updated event, until it is disabled", async () => {
    const made = webhookEndpointResourceSchema.parse(
      await (await create({ url: receiverUrl, enabled_events: ['*'] })).json(),
    );
    const { accountId, clientSecret } = await startUsIndividualOnboarding(t, own.secretKey);
    receiver.received.length = 0;
    const submitted = await t.request('/v1/embedded/submissions', {
      method: 'POST',
      bearer: clientSecret,
      json: { values: { 'individual.first_name': 'Jenny' } },
    });
    expect(submitted.status).toBe(200);
    await expect.poll(() => receiver.received.length, { timeout: 5_000, interval: 50 }).toBe(1);
    const [delivery] = receiver.received;
    const signature = String(delivery?.headers['onboardkit-signature']);
    const sentAt = Number(/t=(\d+)/.exec(signature)?.[1]);
    expect(
      verifyWebhookSignature(delivery?.body ?? '', signature, String(made.secret), { now: sentAt }),
    ).toBeNull();
    const event = JSON.parse(delivery?.body ?? '{}') as { id: string; type: string; account: string };
    expect(event).toMatchObject({ type: 'account.updated', account: accountId });
    // The same event the API lists, byte for byte.
    const listed = await t.request(`/v1/events/${event.id}`, { bearer: own.secretKey });
    expect(await listed.text()).toBe(delivery?.body);

    const disabled = await t.request(`/v1/webhook_endpoints/${made.id}`, {
      method: 'POST',
      bearer: own.secretKey,
      json: { disabled: true },
    });
    expect(webhookEndpointResourceSchema.parse(await disabled.json()).status).toBe('disabled');
    await t.request(`/v1/embedded/submissions`, {
      method: 'POST',
      bearer: clientSecret,
      json: { values: { 'individual.last_name': 'Rosen' } },
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(receiver.received).toHaveLength(1);
  });

  it('is listed, changed and deleted by its own platform only', async () => {
    const made = webhookEndpointResourceSchema.parse(
      await (await create({ url: receiverUrl, enabled_events: ['account.updated'] })).json(),
    );
    const path = `/v1/webhook_endpoints/${made.id}`;
    const listed = webhookEndpointListSchema.parse(
      await (await t.request('/v1/webhook_endpoints', { bearer: own.secretKey })).json(),
    );
    expect(listed.data.map((endpoint) => endpoint.id)).toContain(made.id);
    const theirs = webhookEndpointListSchema.parse(
      await (await t.request('/v1/webhook_endpoints', { bearer: other.secretKey })).json(),
    );
    expect(theirs.data).toEqual([]);
    for (const [method, json] of [['GET'], ['POST', { description: 'x' }], ['DELETE']] as const) {
      const foreign = await t.request(path, { method, bearer: other.secretKey, ...(json ? { json } : {}) });
      expect(foreign.status, method).toBe(404);
    }
    const changed = await t.request(path, {
      method: 'POST',
      bearer: own.secretKey,
      json: { url: 'https://platform.example/new', enabled_events: ['*'], description: null },
    });
    expect(webhookEndpointResourceSchema.parse(await changed.json())).toMatchObject({
      url: 'https://platform.example/new',
      enabled_events: ['*'],
      description: null,
    });
    const deleted = await t.request(path, { method: 'DELETE', bearer: own.secretKey });
    expect(await deleted.json()).toEqual({ id: made.id, object: 'webhook_endpoint', deleted: true });
    expect((await t.request(path, { bearer: own.secretKey })).status).toBe(404);
  });
});
