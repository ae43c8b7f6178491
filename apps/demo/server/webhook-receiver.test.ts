import { createHmac } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createSessionServer, silentLogger } from '@onboardkit/server-session';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoApp } from './demo-app.js';
import { testSecretKey } from './demo-test-server.fixture.js';
import { createPlatformClient, type PlatformClient } from './platform-client.js';
import type { ReceivedWebhook } from './webhook-receiver.js';

// The session server and the demo backend each on a real loopback port, the session server's webhook job
// running: the backend registers its endpoint and takes signed webhooks as a platform's backend would.

const origin = 'http://localhost:5173';
let closeAll: () => Promise<void>;
let sessionServerUrl: string;
let demoUrl: string;
let platform: PlatformClient;
let webhookSecret: string | null = null;

const listen = (fetch: (request: Request) => Response | Promise<Response>) =>
  new Promise<{ url: string; close: () => Promise<void> }>((resolve) => {
    const server = serve({ fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) =>
      resolve({
        url: `http://127.0.0.1:${info.port}`,
        close: () => new Promise((done) => server.close(() => done())),
      }),
    );
  });

beforeAll(async () => {
  const sessionServer = createSessionServer({
    store: { engine: 'pglite', dataDir: null },
    bootstrapPlatform: { name: 'Tidewater Market (test)', secretKey: testSecretKey, origins: [origin] },
    logger: silentLogger,
    rateLimits: { platform: null, session: null },
    backgroundJobs: {
      webhookIntervalMs: 50,
      verificationIntervalMs: 3_600_000,
      purgeIntervalMs: 3_600_000,
      statisticsIntervalMs: 3_600_000,
      checkpointIntervalMs: 3_600_000,
      clockChangeIntervalMs: 3_600_000,
    },
  });
  await sessionServer.ready;
  const session = await listen(sessionServer.fetch);
  sessionServerUrl = session.url;
  platform = createPlatformClient({ baseUrl: sessionServerUrl, secretKey: testSecretKey });
  const demo = await listen(
    createDemoApp({
      platform,
      cookieSecret: 'a-test-cookie-secret-of-at-least-32-characters',
      publicSessionServerUrl: sessionServerUrl,
      webhookSecret: () => webhookSecret,
    }).fetch,
  );
  demoUrl = demo.url;
  closeAll = async () => {
    await demo.close();
    await session.close();
    await sessionServer.close();
  };
}, 60_000);
afterAll(() => closeAll());

const receivedWebhooks = async () =>
  ((await (await fetch(`${demoUrl}/api/admin/webhooks`)).json()) as { data: ReceivedWebhook[] }).data;

/** A body signed as the session server signs one, by the scheme the README gives. */
function signed(body: string, secret: string) {
  const timestamp = Math.floor(Date.now() / 1000);
  const v1 = createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
  return { 'Content-Type': 'application/json', 'OnboardKit-Signature': `t=${timestamp},v1=${v1}` };
}

describe('the demo backend’s webhook endpoint', () => {
  it('refuses webhooks until it has registered its endpoint', async () => {
    const response = await fetch(`${demoUrl}/api/webhooks/onboardkit`, { method: 'POST', body: '{}' });
    expect(response.status).toBe(503);
  });

  it('registers itself, and lists the account.updated of a seller’s submission, signature checked', async () => {
    const url = `${demoUrl}/api/webhooks/onboardkit`;
    await platform.replaceWebhookEndpoint(url);
    webhookSecret = await platform.replaceWebhookEndpoint(url);
    // Registering again replaced the first endpoint: one endpoint at that address, whose secret is ours.
    const listed = await fetch(`${sessionServerUrl}/v1/webhook_endpoints`, {
      headers: { Authorization: `Bearer ${testSecretKey}` },
    });
    const { data } = (await listed.json()) as { data: Array<{ url: string }> };
    expect(data.filter((endpoint) => endpoint.url === url)).toHaveLength(1);

    const account = await platform.createAccount({ country: 'US', business_type: 'individual' });
    const clientSecret = await platform.createAccountSession(account.id, ['account_onboarding']);
    const submitted = await fetch(`${sessionServerUrl}/v1/embedded/submissions`, {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${clientSecret}`,
        'Content-Type': 'application/json',
        Origin: origin,
      },
      body: JSON.stringify({ values: { 'individual.first_name': 'Jenny' } }),
    });
    expect(submitted.status).toBe(200);
    await expect
      .poll(async () => (await receivedWebhooks()).find((webhook) => webhook.account === account.id), {
        timeout: 5_000,
        interval: 50,
      })
      .toMatchObject({ type: 'account.updated', changed: ['requirements'] });
  });

  it('refuses a body its signature does not cover, and takes an event sent twice once', async () => {
    const secret = webhookSecret ?? '';
    const body = JSON.stringify({
      id: 'evt_sentTwice',
      type: 'account.updated',
      account: 'acct_sentTwice',
      created: 1_796_000_000,
      data: { object: {}, previous_attributes: { metadata: {} } },
    });
    const post = (headers: Record<string, string>, text = body) =>
      fetch(`${demoUrl}/api/webhooks/onboardkit`, { method: 'POST', headers, body: text });
    const tampered = await post(signed(body, secret), body.replace('sentTwice', 'forged'));
    expect(tampered.status).toBe(400);
    expect(await tampered.json()).toMatchObject({ error: { code: 'signature_mismatch' } });
    expect((await post(signed(body, secret))).status).toBe(204);
    expect((await post(signed(body, secret))).status).toBe(204);
    const twice = (await receivedWebhooks()).filter((webhook) => webhook.id === 'evt_sentTwice');
    expect(twice).toHaveLength(1);
    expect((await receivedWebhooks()).some((webhook) => webhook.account === 'acct_forged')).toBe(false);
  });
});
