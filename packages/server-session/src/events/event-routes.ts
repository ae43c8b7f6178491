import { Hono } from 'hono';
import { z } from 'zod';
import { resourceMissing } from '../api-error.js';
import type { PlatformEnv } from '../app-env.js';
import { cursorMissing, paginationQueryShape, refuseBothCursors } from '../list-pagination.js';
import type { RouteDoc } from '../openapi/route-doc.js';
import { readPathParam, readQuery } from '../request-body.js';
import { respondJson } from '../response-head.js';
import { eventResourceSchema, toEventResource } from './event-resource.js';
import { findEvent, listEvents } from './event-store.js';

/** `GET /v1/events`: a Stripe list object. */
export const eventListSchema = z
  .object({
    object: z.literal('list'),
    data: z.array(eventResourceSchema),
    has_more: z.boolean(),
    url: z.literal('/v1/events'),
  })
  .meta({ id: 'EventList' });

/** The query of `GET /v1/events`. */
export const listEventsQuerySchema = z.strictObject({
  ...paginationQueryShape('event'),
  account: z.string().optional().describe("Only this account's events."),
});

/**
 * The events resource of the platform API: `account.updated` whenever a
 * change (a submission, the platform's prefill, a settled verification, a
 * test helper) alters what `GET /v1/accounts/:id` shows. Kept 30 days;
 * erased with their account.
 */
export function createEventRoutes(): Hono<PlatformEnv> {
  const routes = new Hono<PlatformEnv>();

  routes.get('/events', async (c) => {
    const query = readQuery(c, listEventsQuerySchema);
    refuseBothCursors(query);
    const page = await listEvents(c.var.store, c.var.platform.id, {
      limit: query.limit,
      startingAfter: query.starting_after,
      endingBefore: query.ending_before,
      accountId: query.account,
    });
    if (!page) throw cursorMissing(query, 'event');
    return respondJson(c, {
      object: 'list' as const,
      data: page.events.map(toEventResource),
      has_more: page.hasMore,
      url: '/v1/events' as const,
    });
  });

  routes.get('/events/:id', async (c) => {
    const id = readPathParam(c, 'id');
    const record = await findEvent(c.var.store, c.var.platform.id, id);
    if (!record) throw resourceMissing('event', id, 'id');
    return respondJson(c, toEventResource(record));
  });

  return routes;
}

export const eventRouteDocs: readonly RouteDoc[] = [
  {
    method: 'get',
    path: '/v1/events',
    tag: 'Events',
    summary: "List the platform's events, newest first",
    description:
      'One `account.updated` per change the platform can see in `GET /v1/accounts/:id`: a write ' +
      '(submission, prefill, settled verification, test helper), or the clock alone (a requirement ' +
      'coming due before its deadline, the deadline passing), told within seconds. Events are kept ' +
      '30 days. An erased account takes its events with it.',
    security: 'secret_key',
    query: listEventsQuerySchema,
    response: eventListSchema,
    errors: [400],
  },
  {
    method: 'get',
    path: '/v1/events/:id',
    tag: 'Events',
    summary: 'Retrieve an event',
    security: 'secret_key',
    response: eventResourceSchema,
    errors: [404],
  },
];
