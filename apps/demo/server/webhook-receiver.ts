import { verifyWebhookSignature, webhookSignatureHeader } from '@onboardkit/server-session';
import { Hono } from 'hono';
import { z } from 'zod';
import { DemoApiError } from './demo-api-error.js';

/** What the admin page shows of one webhook the backend took. */
export interface ReceivedWebhook {
  id: string;
  type: string;
  account: string;
  /** When the change happened (the event's `created`), Unix seconds. */
  created: number;
  /** The account attributes the change touched: the keys of `previous_attributes`. */
  changed: string[];
}

const eventSchema = z.object({
  id: z.string(),
  type: z.string(),
  account: z.string(),
  created: z.number(),
  data: z.object({ previous_attributes: z.record(z.string(), z.unknown()) }),
});

/** How many webhooks the admin page can list: the newest, kept in this process only. */
const kept = 25;

/**
 * The marketplace's webhook endpoint, as a platform writes one: it checks
 * `OnboardKit-Signature` against the endpoint's secret over the raw body
 * before it trusts a byte of it, answers 2xx quickly, and takes each event
 * once (the session server may send one again after a crash; the id tells).
 * `secret()` is `null` until the backend has registered its endpoint.
 */
export function createWebhookReceiver(secret: () => string | null) {
  const received: ReceivedWebhook[] = [];
  const routes = new Hono();

  routes.post('/onboardkit', async (c) => {
    const signingSecret = secret();
    if (signingSecret === null) {
      throw new DemoApiError(503, {
        type: 'api_error',
        code: 'webhooks_not_configured',
        message: 'This backend has not registered its webhook endpoint yet.',
      });
    }
    const body = await c.req.text();
    const problem = verifyWebhookSignature(body, c.req.header(webhookSignatureHeader), signingSecret);
    if (problem) {
      throw new DemoApiError(400, {
        type: 'invalid_request_error',
        code: problem,
        message: `The ${webhookSignatureHeader} header does not sign this body (${problem}).`,
      });
    }
    const event = eventSchema.parse(JSON.parse(body));
    if (!received.some((earlier) => earlier.id === event.id)) {
      received.unshift({
        id: event.id,
        type: event.type,
        account: event.account,
        created: event.created,
        changed: Object.keys(event.data.previous_attributes),
      });
      received.length = Math.min(received.length, kept);
    }
    return c.body(null, 204);
  });

  return { routes, received: (): readonly ReceivedWebhook[] => received };
}
