import { z } from 'zod';
import { accountResourceSchema } from '../accounts/account-resource.js';
import { unixSeconds } from '../clock.js';
import type { EventRecord } from './event-store.js';

/** An event, Stripe-shaped: what changed on one of the platform's accounts, and when. */
export const eventResourceSchema = z
  .object({
    id: z.string().describe('`evt_…`'),
    object: z.literal('event'),
    type: z.literal('account.updated'),
    account: z.string().describe('The connected account the event is about.'),
    created: z.number().int().describe('Unix time in seconds.'),
    data: z.object({
      object: accountResourceSchema.describe(
        'The account as `GET /v1/accounts/:id` showed it after the change.',
      ),
      previous_attributes: z
        .record(z.string(), z.unknown())
        .describe(
          'The earlier value of each attribute that changed; of an object attribute, only its changed members ' +
            '(`null` for one that did not exist).',
        ),
    }),
  })
  .meta({ id: 'Event' });

/** The event as `GET /v1/events/:id` shows it and a webhook sends it. */
export function toEventResource(record: EventRecord): z.input<typeof eventResourceSchema> {
  return {
    id: record.id,
    object: 'event',
    type: record.type,
    account: record.accountId,
    created: unixSeconds(record.created),
    // Stored as the account resource and its previous attributes were built; handed out as stored.
    data: record.data as z.input<typeof eventResourceSchema>['data'],
  };
}
