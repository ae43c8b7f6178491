import { apiErrorSchema } from '@onboardkit/schema';
import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { describe, expect, it } from 'vitest';
import { ApiError } from './api-error.js';
import { installErrorHandling } from './error-handler.js';
import { createJsonLogger } from './logger.js';
import { requestLog } from './request-log.js';

// A tiny app with the real handler: the session server has no route that fails on purpose.
function appThatThrows(error: unknown) {
  const lines: string[] = [];
  const logger = createJsonLogger({ write: (line) => lines.push(line) });
  const app = new Hono();
  installErrorHandling(app, logger);
  app.use('*', requestLog(logger));
  app.get('/fail', () => {
    throw error;
  });
  return { app, lines };
}

describe('given an unexpected error', () => {
  const secretKey = `sk_test_${'Z9'.repeat(16)}`;
  const failure = new TypeError(`Cannot read properties of undefined (key ${secretKey})`);

  it('answers a bare 500 api_error: no stack, no message of the error, only the request id', async () => {
    const { app } = appThatThrows(failure);
    const response = await app.request('/fail');
    const text = await response.text();
    const { error } = apiErrorSchema.parse(JSON.parse(text));
    expect(response.status).toBe(500);
    expect(error).toEqual({
      type: 'api_error',
      code: 'internal_error',
      message: `An unexpected error occurred. Quote request id ${response.headers.get('Request-Id')} when reporting it.`,
    });
    expect(text).not.toContain('Cannot read');
    expect(text).not.toContain('.ts:');
  });

  it('logs the error with its stack and request id, the secret masked', async () => {
    const { app, lines } = appThatThrows(failure);
    const response = await app.request('/fail');
    const logged = lines.map((line) => JSON.parse(line)).find((entry) => entry.event === 'request.failed');
    expect(logged).toMatchObject({
      level: 'error',
      requestId: response.headers.get('Request-Id'),
      path: '/fail',
      error: { name: 'TypeError', message: expect.stringContaining('sk_test_…Z9Z9') },
    });
    expect(logged.error.stack).toContain('error-handler.test.ts');
    expect(lines.join('')).not.toContain(secretKey);
  });

  it('treats a thrown non-Error value the same way', async () => {
    const { app, lines } = appThatThrows('a string');
    const response = await app.request('/fail');
    expect(response.status).toBe(500);
    expect(apiErrorSchema.parse(await response.json()).error.code).toBe('internal_error');
    expect(lines.join('')).toContain('Non-error value thrown: a string');
  });
});

describe('given an ApiError', () => {
  it('writes its envelope, status and headers', async () => {
    const { app } = appThatThrows(
      new ApiError({
        status: 429,
        type: 'rate_limit_error',
        code: 'rate_limited',
        message: 'Too many requests.',
        headers: { 'Retry-After': '2' },
      }),
    );
    const response = await app.request('/fail');
    expect(response.status).toBe(429);
    expect(response.headers.get('Retry-After')).toBe('2');
    expect(await response.json()).toEqual({
      error: { type: 'rate_limit_error', code: 'rate_limited', message: 'Too many requests.' },
    });
  });
});

describe("given one of Hono's HTTP exceptions for a client mistake", () => {
  it('answers 400 invalid_request_error in the envelope', async () => {
    const { app } = appThatThrows(new HTTPException(400, { message: 'Malformed multipart body' }));
    const response = await app.request('/fail');
    expect(response.status).toBe(400);
    expect(apiErrorSchema.parse(await response.json()).error).toMatchObject({
      type: 'invalid_request_error',
      code: 'invalid_request',
    });
  });
});
