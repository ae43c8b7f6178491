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
