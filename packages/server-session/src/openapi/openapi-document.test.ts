import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createEmbeddedApi } from '../embedded-api/embedded-routes.js';
import { createPlatformApi } from '../platform-api/platform-routes.js';
import { buildOpenApiDocument } from './openapi-document.js';
import { allRouteDocs } from './openapi-routes.js';

const documentSchema = z.object({
  openapi: z.string(),
  paths: z.record(z.string(), z.record(z.string(), z.object({ security: z.array(z.unknown()) }))),
  components: z.object({ schemas: z.record(z.string(), z.record(z.string(), z.unknown())) }),
});
/** Just what the tests of parameters and responses read. */
const operationsSchema = z.object({
  paths: z.record(
    z.string(),
    z.record(
      z.string(),
      z.object({
        parameters: z.array(z.unknown()).optional(),
        responses: z.record(
          z.string(),
          z.object({ description: z.string(), headers: z.record(z.string(), z.unknown()).optional() }),
        ),
      }),
    ),
  ),
});
const document = documentSchema.parse(buildOpenApiDocument(allRouteDocs, '0.0.0-test'));

/** The routes the app really serves, as `METHOD /path`, middleware and catch-alls aside. */
function servedRoutes(): string[] {
  const mounted = [
    ['/v1', createPlatformApi()],
    ['/v1/embedded', createEmbeddedApi()],
  ] as const;
  return mounted.flatMap(([prefix, api]) =>
    api.routes
      .filter((route) => route.method !== 'ALL' && !route.path.endsWith('*'))
      .map((route) => `${route.method} ${prefix}${route.path.replace(/:(\w+)/g, '{$1}')}`),
  );
}

describe('the OpenAPI document', () => {
  it('is OpenAPI 3.1', () => {
    expect(document.openapi).toBe('3.1.0');
  });

  it('describes every route the platform and embedded APIs serve', () => {
    const documented = Object.entries(document.paths).flatMap(([path, operations]) =>
      Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`),
    );
    const served = servedRoutes();
    expect(served.length).toBeGreaterThanOrEqual(14);
    for (const route of served) expect(documented).toContain(route);
    expect(documented).toContain('GET /v1/openapi.json');
  });

  it('secures the platform routes with the secret key and the embedded ones with the client secret', () => {
    expect(document.paths['/v1/accounts']?.post?.security).toEqual([{ secretKey: [] }]);
    expect(document.paths['/v1/embedded/submissions']?.post?.security).toEqual([{ clientSecret: [] }]);
    expect(document.paths['/v1/openapi.json']?.get?.security).toEqual([]);
  });

  it('tells a client of the requirements it may ask with If-None-Match and get a 304', () => {
    const { paths } = operationsSchema.parse(buildOpenApiDocument(allRouteDocs, '0.0.0-test'));
    const operation = paths['/v1/embedded/requirements']?.get;
    expect(operation?.parameters).toContainEqual(
      expect.objectContaining({ name: 'If-None-Match', in: 'header' }),
    );
    expect(operation?.responses[200]?.headers).toHaveProperty('ETag');
    expect(operation?.responses[304]).toMatchObject({ description: expect.stringContaining('Not Modified') });
    // A write answers with the document too, but never a 304.
    const submission = paths['/v1/embedded/submissions']?.post;
    expect(submission?.responses).not.toHaveProperty('304');
  });

  it('takes its schemas from the zod schemas, every reference resolving', () => {
    const { schemas } = document.components;
    expect(schemas.CreateAccountParams).toMatchObject({
      type: 'object',
      required: expect.arrayContaining(['country', 'capabilities']),
      additionalProperties: false,
    });
    expect(schemas.Account?.properties).toHaveProperty('charges_enabled');
    expect(schemas.RequirementsDocument?.properties).toHaveProperty('steps');
    const refs = JSON.stringify(document).match(/"\$ref":"[^"]+"/g) ?? [];
    expect(refs.length).toBeGreaterThan(10);
    for (const ref of new Set(refs)) {
      const name = /#\/components\/schemas\/([^"]+)"/.exec(ref)?.[1];
      expect({ ref, resolves: name !== undefined && name in schemas }).toEqual({ ref, resolves: true });
    }
  });
});
