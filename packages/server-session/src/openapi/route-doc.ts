import type { z } from 'zod';
import type { ApiErrorStatus } from '../api-error.js';

/**
 * What `GET /v1/openapi.json` says about one route. Each routes module
 * exports the docs of its routes beside them, built from the same zod
 * schemas the routes parse with; `openapi-document.test.ts` checks that
 * every route the app serves has one.
 */
export interface RouteDoc {
  method: 'get' | 'post' | 'delete';
  /** As the app routes it: `/v1/accounts/:id`. */
  path: string;
  summary: string;
  description?: string;
  tag:
    | 'Platform'
    | 'Accounts'
    | 'Account sessions'
    | 'Events'
    | 'Webhook endpoints'
    | 'Embedded'
    | 'Test helpers'
    | 'Meta';
  security: 'secret_key' | 'client_secret' | 'none';
  query?: z.ZodObject;
  // Core types: the contract package builds its schemas with zod/mini.
  body?: { schema: z.core.$ZodType; mediaType: 'application/json' | 'multipart/form-data' };
  response: z.core.$ZodType;
  /**
   * The 200 carries an `ETag`, and a request whose `If-None-Match` names it
   * is answered 304 with no body (a GET whose answer a client keeps).
   */
  conditional?: boolean;
  /** Error statuses beyond those every authenticated route can answer (401, 429, 5xx). */
  errors: readonly ApiErrorStatus[];
}
