import type { Context } from 'hono';
import type { z } from 'zod';
import { DemoApiError, invalidParameter } from './demo-api-error.js';

/**
 * The request's JSON body checked against `schema`; an empty body reads as
 * `{}`. A body that is not JSON, or that `schema` refuses, is a 400 naming
 * the field.
 */
export async function readJsonBody<T>(c: Context, schema: z.ZodType<T>): Promise<T> {
  const text = await c.req.text();
  let body: unknown = {};
  if (text.trim() !== '') {
    try {
      body = JSON.parse(text);
    } catch {
      throw new DemoApiError(400, {
        type: 'invalid_request_error',
        code: 'invalid_json',
        message: 'The request body is not valid JSON.',
      });
    }
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw invalidParameter(parsed.error, body);
  return parsed.data;
}
