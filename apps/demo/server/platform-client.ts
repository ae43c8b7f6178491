import { apiErrorSchema } from '@onboardkit/schema';
import { z } from 'zod';
import type { BusinessType, CountryCode } from '../src/marketplace.js';
import { DemoApiError } from './demo-api-error.js';

/**
 * The parts of a connected account the marketplace reads. Other fields of the
 * session server's account resource pass through unread.
 */
export const connectedAccountSchema = z.object({
  id: z.string(),
  country: z.string(),
  business_type: z.string().nullable(),
  email: z.string().nullable(),
  capabilities: z.record(z.string(), z.string()),
  charges_enabled: z.boolean(),
  payouts_enabled: z.boolean(),
  details_submitted: z.boolean(),
  requirements: z.object({
    currently_due: z.array(z.string()),
    eventually_due: z.array(z.string()),
    past_due: z.array(z.string()),
    pending_verification: z.array(z.string()),
    disabled_reason: z.string().nullable(),
    current_deadline: z.number().nullable(),
    errors: z.array(z.object({ requirement: z.string(), code: z.string(), reason: z.string() })),
  }),
  created: z.number(),
});

export type ConnectedAccount = z.infer<typeof connectedAccountSchema>;

const accountListSchema = z.object({ data: z.array(connectedAccountSchema), has_more: z.boolean() });
const accountSessionSchema = z.object({ client_secret: z.string() });

export type ComponentName = 'account_onboarding' | 'account_management' | 'notification_banner';

export interface PlatformClientOptions {
  /** The session server, e.g. `http://127.0.0.1:4242`. */
  baseUrl: string;
  /** The platform's secret key: sent to the session server only, never logged or returned. */
  secretKey: string;
  /** Injected by tests to call an in-process session server; the global `fetch` otherwise. */
  fetch?: (request: Request) => Promise<Response>;
}

/** What the marketplace asks of the session server's platform API. */
export interface PlatformClient {
  createAccount(input: {
    country: CountryCode;
    business_type: BusinessType;
    email?: string;
  }): Promise<ConnectedAccount>;
  retrieveAccount(id: string): Promise<ConnectedAccount>;
  listAccounts(): Promise<ConnectedAccount[]>;
  createAccountSession(account: string, components: readonly ComponentName[]): Promise<string>;
  advanceDeadlines(account: string, days: number): Promise<ConnectedAccount>;
  settleVerifications(account: string): Promise<ConnectedAccount>;
  /**
   * Makes `url` the one webhook endpoint at that address (any earlier one
   * there is deleted: its secret was shown once, to a process now gone) and
   * returns the new endpoint's signing secret.
   */
  replaceWebhookEndpoint(url: string): Promise<string>;
}

const webhookEndpointSchema = z.object({ id: z.string(), url: z.string() });
const webhookEndpointListSchema = z.object({ data: z.array(webhookEndpointSchema) });
const createdWebhookEndpointSchema = webhookEndpointSchema.extend({ secret: z.string() });

/** Every account the admin page lists, at most this many pages of 100. */
const maxListPages = 20;

/**
 * A client for the session server's platform API with the platform's secret
 * key. Errors of the session server come back as {@link DemoApiError} with
 * their status and envelope; an unreachable server is a 502.
 *
 * @example
 * const platform = createPlatformClient({ baseUrl: 'http://127.0.0.1:4242', secretKey });
 * const account = await platform.createAccount({ country: 'US', business_type: 'individual' });
 */
export function createPlatformClient(options: PlatformClientOptions): PlatformClient {
  const send = options.fetch ?? ((request: Request) => fetch(request));

  async function call<T>(
    method: 'GET' | 'POST' | 'DELETE',
    path: string,
    schema: z.ZodType<T>,
    body?: unknown,
  ): Promise<T> {
    const headers = new Headers({ Authorization: `Bearer ${options.secretKey}` });
    if (body !== undefined) {
      headers.set('Content-Type', 'application/json');
      headers.set('Idempotency-Key', crypto.randomUUID());
    }
    const request = new Request(new URL(path, options.baseUrl), {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    let response: Response;
    try {
      response = await send(request);
    } catch {
      throw new DemoApiError(502, {
        type: 'api_error',
        code: 'session_server_unavailable',
        message: `The OnboardKit session server at ${options.baseUrl} does not answer.`,
      });
    }
    const json: unknown = await response.json().catch(() => null);
    if (!response.ok) {
      const parsed = apiErrorSchema.safeParse(json);
      if (parsed.success) {
        // The session server's own envelope: it never carries a key, so the seller sees its reason.
        const { type, code, message, param } = parsed.data.error;
        throw new DemoApiError(response.status === 500 ? 502 : (response.status as 400), {
          type,
          code,
          message,
          ...(param === undefined ? {} : { param }),
        });
      }
      throw new DemoApiError(502, {
        type: 'api_error',
        code: 'session_server_error',
        message: `The OnboardKit session server answered ${response.status}.`,
      });
    }
    return schema.parse(json);
  }

  const accountPath = (id: string) => `/v1/accounts/${encodeURIComponent(id)}`;
  const helperPath = (id: string, action: string) =>
    `/v1/test_helpers/accounts/${encodeURIComponent(id)}/${action}`;

  return {
    createAccount: (input) =>
      call('POST', '/v1/accounts', connectedAccountSchema, {
        ...input,
        capabilities: { card_payments: { requested: true }, transfers: { requested: true } },
      }),
    retrieveAccount: (id) => call('GET', accountPath(id), connectedAccountSchema),
    async listAccounts() {
      const accounts: ConnectedAccount[] = [];
      for (let page = 0; page < maxListPages; page += 1) {
        const after = accounts.at(-1)?.id;
        const query = `?limit=100${after ? `&starting_after=${encodeURIComponent(after)}` : ''}`;
        const list = await call('GET', `/v1/accounts${query}`, accountListSchema);
        accounts.push(...list.data);
        if (!list.has_more) break;
      }
      return accounts;
    },
    async createAccountSession(account, components) {
      const enabled = Object.fromEntries(components.map((name) => [name, { enabled: true }]));
      const session = await call('POST', '/v1/account_sessions', accountSessionSchema, {
        account,
        components: enabled,
      });
      return session.client_secret;
    },
    advanceDeadlines: (account, days) =>
      call('POST', helperPath(account, 'advance_deadlines'), connectedAccountSchema, { days }),
    settleVerifications: (account) =>
      call('POST', helperPath(account, 'settle_verifications'), connectedAccountSchema, {}),
    async replaceWebhookEndpoint(url) {
      const { data } = await call('GET', '/v1/webhook_endpoints', webhookEndpointListSchema);
      for (const endpoint of data.filter((existing) => existing.url === url)) {
        await call('DELETE', `/v1/webhook_endpoints/${encodeURIComponent(endpoint.id)}`, z.unknown());
      }
      const created = await call('POST', '/v1/webhook_endpoints', createdWebhookEndpointSchema, {
        url,
        enabled_events: ['account.updated'],
        description: 'Tidewater Market demo backend',
      });
      return created.secret;
    },
  };
}
