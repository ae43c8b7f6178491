import {
  apiErrorSchema,
  fieldSpecSchema,
  personListConfigSchema,
  requirementsDocumentSchema,
  requirementsSchema,
  submissionSchema,
} from '@onboardkit/schema';
import { z } from 'zod';
import type { ApiErrorStatus } from '../api-error.js';
import { type JsonSchema, toComponentSchemas, toInlineSchema } from './json-schemas.js';
import type { RouteDoc } from './route-doc.js';

const errorDescriptions: Record<ApiErrorStatus, string> = {
  400: 'Invalid request: malformed JSON, or an unknown, missing or invalid parameter (`param` names it).',
  401: 'Missing, unknown or expired credentials (`session_expired`: fetch a new client secret).',
  403: 'The session does not enable this component, or the origin is not registered.',
  404: 'No such object for this caller (another platform’s objects are 404 too).',
  409: 'A stale `version`, or an Idempotency-Key still in use.',
  413: 'The body is larger than the route accepts.',
  422: 'Validation failed: one entry in `error.errors` per invalid field, nothing saved.',
  429: 'Rate limited: retry after `Retry-After` seconds.',
  500: 'An unexpected error; quote the Request-Id.',
  503: 'The store is not available.',
};

const conditionalHeaders = {
  ETag: {
    description: 'Names this version of the answer; send it back as `If-None-Match`.',
    schema: { type: 'string' },
  },
  'Cache-Control': {
    description: '`private, no-cache`: a browser may keep the answer but must ask whether it is current.',
    schema: { type: 'string' },
  },
};

// Any JSON value, as field values are on the wire; the contract does not export it on its own.
const jsonValueSchema = submissionSchema.shape.values._zod.def.valueType;

// Shared by many schemas: named components instead of copies in each.
const sharedSchemas: ReadonlyArray<readonly [string, z.core.$ZodType]> = [
  ['JsonValue', jsonValueSchema],
  ['Requirements', requirementsSchema],
  ['FieldSpec', fieldSpecSchema],
  ['PersonListConfig', personListConfigSchema],
  ['ApiError', apiErrorSchema],
];

/** Names each schema by its `id` metadata, else by a name derived from the route. */
function nameSchemas(
  routes: readonly RouteDoc[],
  pick: (route: RouteDoc) => z.core.$ZodType | undefined,
  suffix: string,
): Map<z.core.$ZodType, string> {
  const names = new Map<z.core.$ZodType, string>();
  for (const route of routes) {
    const schema = pick(route);
    if (!schema || names.has(schema)) continue;
    names.set(schema, schemaName(schema, route, suffix));
  }
  return names;
}

function schemaName(schema: z.core.$ZodType, route: RouteDoc, suffix: string): string {
  if (schema === requirementsDocumentSchema) return 'RequirementsDocument';
  // `.meta({ id })` of zod and `.register(globalRegistry, { id })` of zod/mini both land here.
  const id = z.globalRegistry.get(schema)?.id;
  return typeof id === 'string' ? id : `${pascalCasePath(route)}${suffix}`;
}

/** `/v1/account_sessions/:id/revoke` → `AccountSessionsIdRevoke`. */
function pascalCasePath(route: RouteDoc): string {
  const words = route.path.split(/[/_:.]/).filter((word) => word !== '' && word !== 'v1');
  return words.map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join('');
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

/**
 * The OpenAPI 3.1 document of the session server: every route of `routes`,
 * with request and response schemas made from the zod schemas the routes
 * parse and answer with.
 */
export function buildOpenApiDocument(routes: readonly RouteDoc[], version: string): Record<string, unknown> {
  const requestNames = nameSchemas(routes, (route) => route.body?.schema, 'Params');
  const responseNames = nameSchemas(routes, (route) => route.response, '');
  const components = {
    ...toComponentSchemas(
      new Map([
        ['JsonValue', jsonValueSchema],
        ...[...requestNames].map(([schema, name]) => [name, schema] as const),
      ]),
      'input',
      'Input',
    ),
    ...toComponentSchemas(
      new Map([...sharedSchemas, ...[...responseNames].map(([schema, name]) => [name, schema] as const)]),
      'output',
      'Output',
    ),
  };

  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const path = route.path.replace(/:(\w+)/g, '{$1}');
    const parameters: unknown[] = [...route.path.matchAll(/:(\w+)/g)].map(([, name]) => ({
      name,
      in: 'path',
      required: true,
      schema: { type: 'string' },
    }));
    for (const [name, schema] of Object.entries(route.query?.shape ?? {})) {
      const inline = toInlineSchema(schema);
      const { description, ...rest } = inline;
      parameters.push({
        name,
        in: 'query',
        required: !(schema as z.ZodType).safeParse(undefined).success,
        ...(typeof description === 'string' ? { description } : {}),
        schema: rest,
      });
    }
    if (route.security === 'secret_key' && route.method === 'post') {
      parameters.push({
        name: 'Idempotency-Key',
        in: 'header',
        required: false,
        description: 'Replays the first response to a retry with the same key and body for 24 hours.',
        schema: { type: 'string', maxLength: 255 },
      });
    }
    if (route.conditional) {
      parameters.push({
        name: 'If-None-Match',
        in: 'header',
        required: false,
        description: 'The `ETag` of the copy you hold: answered 304 with no body while it is still current.',
        schema: { type: 'string' },
      });
    }
    const statuses = new Set<ApiErrorStatus>(route.errors);
    if (route.security !== 'none') {
      statuses.add(401);
      statuses.add(429);
    }
    const responses: Record<string, unknown> = {
      200: {
        description: 'OK',
        ...(route.conditional ? { headers: conditionalHeaders } : {}),
        content: { 'application/json': { schema: ref(responseNames.get(route.response) ?? 'Unknown') } },
      },
      ...(route.conditional
        ? {
            304: {
              description: 'Not Modified: the copy named by `If-None-Match` is current.',
              headers: conditionalHeaders,
            },
          }
        : {}),
    };
    for (const status of [...statuses].sort()) {
      responses[status] = {
        description: errorDescriptions[status],
        content: { 'application/json': { schema: ref('ApiError') } },
      };
    }
    paths[path] ??= {};
    paths[path][route.method] = {
      operationId: `${route.method}${pascalCasePath(route)}`,
      summary: route.summary,
      ...(route.description ? { description: route.description } : {}),
      tags: [route.tag],
      security:
        route.security === 'none'
          ? []
          : [{ [route.security === 'secret_key' ? 'secretKey' : 'clientSecret']: [] }],
      ...(parameters.length > 0 ? { parameters } : {}),
      ...(route.body
        ? {
            requestBody: {
              required: true,
              content: {
                [route.body.mediaType]: { schema: ref(requestNames.get(route.body.schema) ?? 'Unknown') },
              },
            },
          }
        : {}),
      responses,
    };
  }

  return {
    openapi: '3.1.0',
    info: {
      title: 'OnboardKit session server',
      version,
      description:
        'The platform API (secret key) and the embedded API (account session client secret) of OnboardKit. ' +
        'Errors are `{"error": {"type", "code", "message", "param"}}`.',
    },
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    servers: [{ url: '/' }],
    tags: [
      { name: 'Platform', description: 'The calling platform.' },
      { name: 'Accounts', description: 'Connected accounts.' },
      { name: 'Account sessions', description: 'Short-lived grants for the embedded components.' },
      {
        name: 'Events',
        description: 'What changed on the platform’s accounts (`account.updated`), kept 30 days.',
      },
      { name: 'Webhook endpoints', description: 'Where events are POSTed, signed (`OnboardKit-Signature`).' },
      { name: 'Embedded', description: 'What the components call, with a client secret.' },
      {
        name: 'Test helpers',
        description: 'Test-mode controls: bring deadlines forward, end pending verifications now.',
      },
      { name: 'Meta', description: 'Health and this document.' },
    ],
    paths,
    components: {
      schemas: components satisfies Record<string, JsonSchema>,
      securitySchemes: {
        secretKey: {
          type: 'http',
          scheme: 'bearer',
          bearerFormat: 'sk_test_…',
          description:
            "The platform's secret key. HTTP Basic with the key as the user name and no password (`curl -u sk_test_…:`) is accepted too.",
        },
        clientSecret: {
          type: 'http',
          scheme: 'bearer',
          bearerFormat: 'as_secret_…',
          description: 'An account session’s client secret.',
        },
      },
    },
  };
}
