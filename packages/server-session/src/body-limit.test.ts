import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import type { AppEnv, ServerServices } from './app-env.js';
import { limitBodySize } from './body-limit.js';
import { installErrorHandling } from './error-handler.js';
import { silentLogger } from './logger.js';

function appWithLimit(limit: number) {
  const app = new Hono<AppEnv>();
  installErrorHandling(app, silentLogger);
  app.use('*', async (c, next) => {
    c.set('services', { jsonBodyLimitBytes: limit } as ServerServices);
    await next();
  });
  app.use('*', limitBodySize());
  app.post('/echo', async (c) => c.text(await c.req.text()));
  return app;
}

const post = (
  app: Hono<AppEnv>,
  body: string | ReadableStream<Uint8Array>,
  headers: Record<string, string> = {},
) => app.request('/echo', { method: 'POST', body, headers, duplex: 'half' } as RequestInit);

describe('limitBodySize', () => {
  const app = appWithLimit(10);

  it('refuses a declared length past the limit with 413, on the header alone', async () => {
    // The body itself would fit: only the declared length can have refused it.
    const response = await post(app, '{}', { 'Content-Length': '11' });
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ error: { code: 'request_too_large' } });
  });

  it('lets a declared length within the limit through, body intact', async () => {
    const response = await post(app, '{"a":1}', { 'Content-Length': '7' });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('{"a":1}');
  });

  it('counts a body sent without a length while reading it', async () => {
    const stream = (text: string) =>
      new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode(text));
          controller.close();
        },
      });
    expect((await post(app, stream('{"a":"long enough"}'))).status).toBe(413);
    const within = await post(app, stream('{"a":1}'));
    expect(within.status).toBe(200);
    expect(await within.text()).toBe('{"a":1}');
  });
});
