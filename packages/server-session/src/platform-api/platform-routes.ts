import { Hono } from 'hono';
import { z } from 'zod';
import { createAccountSessionRoutes } from '../account-sessions/account-session-routes.js';
import { createAccountRoutes } from '../accounts/account-routes.js';
import type { PlatformEnv } from '../app-env.js';
import { limitBodySize } from '../body-limit.js';
import { createEventRoutes } from '../events/event-routes.js';
import { idempotency } from '../idempotency/idempotency.js';
import type { RouteDoc } from '../openapi/route-doc.js';
import { originListSchema } from '../platforms/origin.js';
import { type Platform, platformNameSchema, updatePlatform } from '../platforms/platforms.js';
import { enforceRateLimit } from '../rate-limit/rate-limit.js';
import { readJsonBody } from '../request-body.js';
import { respondJson } from '../response-head.js';
import { createTestHelperRoutes } from '../test-helpers/test-helper-routes.js';
import { createWebhookEndpointRoutes } from '../webhooks/webhook-endpoint-routes.js';
import { authenticatePlatform } from './authenticate-platform.js';

/** The platform as the API shows it to itself. */
export const platformResourceSchema = z
  .object({
    id: z.string().describe('`plat_…`'),
    object: z.literal('platform'),
    name: z.string(),
    origins: z.array(z.string()).describe('Origins allowed to embed the components (CORS).'),
    created: z.number().int().describe('Unix time in seconds.'),
  })
  .meta({ id: 'Platform' });
export type PlatformResource = z.infer<typeof platformResourceSchema>;

/** What `POST /v1/platform` accepts; fields left out keep their value. */
export const updatePlatformSchema = z
  .strictObject({
    name: platformNameSchema.optional(),
    origins: originListSchema.optional(),
  })
  .meta({ id: 'UpdatePlatformParams' });

export function toPlatformResource(platform: Platform): PlatformResource {
  return {
    id: platform.id,
    object: 'platform',
    name: platform.name,
    origins: [...platform.origins],
    created: Math.floor(platform.created.getTime() / 1000),
  };
}

/**
 * The platform API, mounted under `/v1`: every route here is authenticated
 * with the platform's secret key first, then rate limited per platform, its
 * body size limited, and made idempotent for POSTs that carry an
 * `Idempotency-Key`. Mount the
 * embedded API (client-secret auth) before this one, or its requests would
 * be asked for a secret key.
 */
export function createPlatformApi(): Hono<PlatformEnv> {
  const api = new Hono<PlatformEnv>();
  api.use('*', authenticatePlatform());
  api.use('*', async (c, next) => {
    enforceRateLimit(c.get('services').rateLimits.platform, c.get('platform').id, c.get('services').clock());
    await next();
  });
  api.use('*', limitBodySize());
  api.use('*', idempotency());

  api.get('/platform', (c) => respondJson(c, toPlatformResource(c.get('platform'))));

  api.post('/platform', async (c) => {
    const input = await readJsonBody(c, updatePlatformSchema);
    const platform = await updatePlatform(c.get('store'), c.get('platform').id, input);
    c.get('services').platformCache.forgetPlatform(platform.id);
    return respondJson(c, toPlatformResource(platform));
  });

  api.route('/', createAccountRoutes());
  api.route('/', createAccountSessionRoutes());
  api.route('/', createEventRoutes());
  api.route('/', createWebhookEndpointRoutes());
  api.route('/', createTestHelperRoutes());
  return api;
}

export const platformRouteDocs: readonly RouteDoc[] = [
  {
    method: 'get',
    path: '/v1/platform',
    tag: 'Platform',
    summary: 'Retrieve the calling platform',
    security: 'secret_key',
    response: platformResourceSchema,
    errors: [],
  },
  {
    method: 'post',
    path: '/v1/platform',
    tag: 'Platform',
    summary: "Change the platform's name or the origins allowed to embed the components",
    security: 'secret_key',
    body: { schema: updatePlatformSchema, mediaType: 'application/json' },
    response: platformResourceSchema,
    errors: [400],
  },
];
