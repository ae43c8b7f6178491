import { Hono } from 'hono';
import { z } from 'zod';
import { ApiError, resourceMissing } from '../api-error.js';
import type { PlatformEnv } from '../app-env.js';
import { unixSeconds } from '../clock.js';
import type { RouteDoc } from '../openapi/route-doc.js';
import { readJsonBody, readPathParam } from '../request-body.js';
import { respondJson } from '../response-head.js';
import {
  deleteWebhookEndpoint,
  findWebhookEndpoint,
  insertWebhookEndpoint,
  listWebhookEndpoints,
  maxWebhookEndpoints,
  updateWebhookEndpoint,
  type WebhookEndpointRecord,
  webhookEventTypes,
} from './webhook-endpoint-store.js';

function isWebhookUrl(text: string): boolean {
  if (!URL.canParse(text)) return false;
  const url = new URL(text);
  // Credentials in the URL would be kept and logged with it; a signed body is the way to authenticate.
  return (
    (url.protocol === 'https:' || url.protocol === 'http:') && url.username === '' && url.password === ''
  );
}

const webhookUrlSchema = z
  .string()
  .max(2_048, 'must be at most 2048 characters')
  .refine(isWebhookUrl, 'must be an http or https URL without a user name or password')
  .describe('Where the events are POSTed.');

const enabledEventsSchema = z
  .array(z.enum(webhookEventTypes))
  .min(1, 'must name at least one event type')
  .max(webhookEventTypes.length)
  .describe('The event types to send: `account.updated`, or `*` for every type.');

const descriptionSchema = z.string().max(500, 'must be at most 500 characters');

export const createWebhookEndpointParamsSchema = z
  .strictObject({
    url: webhookUrlSchema,
    enabled_events: enabledEventsSchema,
    description: descriptionSchema.optional(),
  })
  .meta({ id: 'CreateWebhookEndpointParams' });

export const updateWebhookEndpointParamsSchema = z
  .strictObject({
    url: webhookUrlSchema.optional(),
    enabled_events: enabledEventsSchema.optional(),
    description: descriptionSchema.nullable().optional(),
    disabled: z
      .boolean()
      .optional()
      .describe('`true` stops sending (and queueing) events to it; `false` resumes.'),
  })
  .meta({ id: 'UpdateWebhookEndpointParams' });

export const webhookEndpointResourceSchema = z
  .object({
    id: z.string().describe('`we_…`'),
    object: z.literal('webhook_endpoint'),
    url: z.string(),
    enabled_events: z.array(z.enum(webhookEventTypes)),
    description: z.string().nullable(),
    status: z.enum(['enabled', 'disabled']),
    created: z.number().int().describe('Unix time in seconds.'),
    secret: z
      .string()
      .optional()
      .describe(
        '`whsec_…`, to check the `OnboardKit-Signature` of each webhook. Only in the creation’s answer.',
      ),
  })
  .meta({ id: 'WebhookEndpoint' });

export const webhookEndpointListSchema = z
  .object({
    object: z.literal('list'),
    data: z.array(webhookEndpointResourceSchema),
    has_more: z.literal(false),
    url: z.literal('/v1/webhook_endpoints'),
  })
  .meta({ id: 'WebhookEndpointList' });

export const deletedWebhookEndpointSchema = z
  .object({ id: z.string(), object: z.literal('webhook_endpoint'), deleted: z.literal(true) })
  .meta({ id: 'DeletedWebhookEndpoint' });

function toResource(record: WebhookEndpointRecord): z.input<typeof webhookEndpointResourceSchema> {
  return {
    id: record.id,
    object: 'webhook_endpoint',
    url: record.url,
    enabled_events: [...record.enabledEvents],
    description: record.description,
    status: record.status,
    created: unixSeconds(record.created),
  };
}

/**
 * The webhook endpoints of the platform API: where the server POSTs the
 * platform's events, each signed with the endpoint's secret (see
 * deliver-webhooks.ts and webhook-signature.ts).
 */
export function createWebhookEndpointRoutes(): Hono<PlatformEnv> {
  const routes = new Hono<PlatformEnv>();

  routes.post('/webhook_endpoints', async (c) => {
    const input = await readJsonBody(c, createWebhookEndpointParamsSchema);
    const { keyring, clock } = c.var.services;
    const created = await c.var.store.transaction((transaction) =>
      insertWebhookEndpoint(transaction, keyring, {
        platformId: c.var.platform.id,
        url: input.url,
        enabledEvents: input.enabled_events,
        description: input.description ?? null,
        now: clock(),
      }),
    );
    if (!created) {
      throw new ApiError({
        status: 400,
        type: 'invalid_request_error',
        code: 'webhook_endpoint_limit_reached',
        message: `A platform can have at most ${maxWebhookEndpoints} webhook endpoints. Delete one first.`,
      });
    }
    return respondJson(c, { ...toResource(created.endpoint), secret: created.secret });
  });

  routes.get('/webhook_endpoints', async (c) => {
    const endpoints = await listWebhookEndpoints(c.var.store, c.var.platform.id);
    return respondJson(c, {
      object: 'list' as const,
      data: endpoints.map(toResource),
      has_more: false as const,
      url: '/v1/webhook_endpoints' as const,
    });
  });

  routes.get('/webhook_endpoints/:id', async (c) => {
    const id = readPathParam(c, 'id');
    const endpoint = await findWebhookEndpoint(c.var.store, c.var.platform.id, id);
    if (!endpoint) throw resourceMissing('webhook endpoint', id, 'id');
    return respondJson(c, toResource(endpoint));
  });

  routes.post('/webhook_endpoints/:id', async (c) => {
    const id = readPathParam(c, 'id');
    const input = await readJsonBody(c, updateWebhookEndpointParamsSchema);
    const endpoint = await updateWebhookEndpoint(c.var.store, c.var.platform.id, id, {
      url: input.url,
      enabledEvents: input.enabled_events,
      description: input.description,
      status: input.disabled === undefined ? undefined : input.disabled ? 'disabled' : 'enabled',
    });
    if (!endpoint) throw resourceMissing('webhook endpoint', id, 'id');
    return respondJson(c, toResource(endpoint));
  });

  routes.delete('/webhook_endpoints/:id', async (c) => {
    const id = readPathParam(c, 'id');
    if (!(await deleteWebhookEndpoint(c.var.store, c.var.platform.id, id))) {
      throw resourceMissing('webhook endpoint', id, 'id');
    }
    return respondJson(c, { id, object: 'webhook_endpoint' as const, deleted: true as const });
  });

  return routes;
}

const tag = 'Webhook endpoints';

export const webhookEndpointRouteDocs: readonly RouteDoc[] = [
  {
    method: 'post',
    path: '/v1/webhook_endpoints',
    tag,
    summary: 'Create a webhook endpoint; its signing secret is in this answer only',
    description:
      'Events are POSTed as `GET /v1/events/:id` shows them, with `OnboardKit-Signature: t=<unix>,v1=<hex ' +
      'HMAC-SHA256 of "<t>.<body>" with the secret>`. A 2xx answer delivers one; anything else is retried for ' +
      'three days (after 1, 5 and 25 minutes, about 2 hours, then every 5 hours).',
    security: 'secret_key',
    body: { schema: createWebhookEndpointParamsSchema, mediaType: 'application/json' },
    response: webhookEndpointResourceSchema,
    errors: [400],
  },
  {
    method: 'get',
    path: '/v1/webhook_endpoints',
    tag,
    summary: "List the platform's webhook endpoints, oldest first (at most 16)",
    security: 'secret_key',
    response: webhookEndpointListSchema,
    errors: [],
  },
  {
    method: 'get',
    path: '/v1/webhook_endpoints/:id',
    tag,
    summary: 'Retrieve a webhook endpoint',
    security: 'secret_key',
    response: webhookEndpointResourceSchema,
    errors: [404],
  },
  {
    method: 'post',
    path: '/v1/webhook_endpoints/:id',
    tag,
    summary: 'Update a webhook endpoint: its URL, event types, description, or disable it',
    security: 'secret_key',
    body: { schema: updateWebhookEndpointParamsSchema, mediaType: 'application/json' },
    response: webhookEndpointResourceSchema,
    errors: [400, 404],
  },
  {
    method: 'delete',
    path: '/v1/webhook_endpoints/:id',
    tag,
    summary: 'Delete a webhook endpoint, and what was still to be sent to it',
    security: 'secret_key',
    response: deletedWebhookEndpointSchema,
    errors: [404],
  },
];
