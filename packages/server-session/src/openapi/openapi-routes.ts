import { createRequire } from 'node:module';
import { Hono } from 'hono';
import { z } from 'zod';
import { accountSessionRouteDocs } from '../account-sessions/account-session-routes.js';
import { accountRouteDocs } from '../accounts/account-routes.js';
import type { AppEnv } from '../app-env.js';
import { embeddedRouteDocs } from '../embedded-api/embedded-routes.js';
import { eventRouteDocs } from '../events/event-routes.js';
import { platformRouteDocs } from '../platform-api/platform-routes.js';
import { respondJson } from '../response-head.js';
import { testHelperRouteDocs } from '../test-helpers/test-helper-routes.js';
import { webhookEndpointRouteDocs } from '../webhooks/webhook-endpoint-routes.js';
import { buildOpenApiDocument } from './openapi-document.js';
import type { RouteDoc } from './route-doc.js';

const openApiSchema = z
  .looseObject({ openapi: z.string(), info: z.looseObject({}), paths: z.looseObject({}) })
  .meta({ id: 'OpenApiDocument' });

const healthSchema = z.object({ ok: z.literal(true) }).meta({ id: 'Health' });

/** The routes that belong to no resource: health and this document. */
export const metaRouteDocs: readonly RouteDoc[] = [
  {
    method: 'get',
    path: '/healthz',
    tag: 'Meta',
    summary: 'Answers 200 once the store is open',
    security: 'none',
    response: healthSchema,
    errors: [503],
  },
  {
    method: 'get',
    path: '/v1/openapi.json',
    tag: 'Meta',
    summary: 'This OpenAPI 3.1 document',
    security: 'none',
    response: openApiSchema,
    errors: [],
  },
];

/** Every route the server serves, as `GET /v1/openapi.json` describes them. */
export const allRouteDocs: readonly RouteDoc[] = [
  ...platformRouteDocs,
  ...accountRouteDocs,
  ...accountSessionRouteDocs,
  ...eventRouteDocs,
  ...webhookEndpointRouteDocs,
  ...embeddedRouteDocs,
  ...testHelperRouteDocs,
  ...metaRouteDocs,
];

// The same relative path from src/openapi and dist/openapi.
const packageVersion = z
  .object({ version: z.string() })
  .parse(createRequire(import.meta.url)('../../package.json')).version;

/**
 * `GET /v1/openapi.json`, public like any API description. Built on first
 * request, then kept: it depends on nothing but the code.
 */
export function createOpenApiRoutes(version = packageVersion): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  let document: Record<string, unknown> | undefined;
  routes.get('/openapi.json', (c) => {
    document ??= buildOpenApiDocument(allRouteDocs, version);
    return respondJson(c, document);
  });
  return routes;
}
