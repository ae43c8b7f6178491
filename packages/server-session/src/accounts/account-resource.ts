import { requirementsSchema } from '@onboardkit/schema';
import { z } from 'zod';
import { unixSeconds } from '../clock.js';
import { businessTypes, capabilityNames } from '../requirements/account-state.js';
import { computeRequirements } from '../requirements/compute-requirements.js';
import type { AccountRecord } from './account-store.js';

const capabilityStatusSchema = z.enum(['active', 'inactive', 'pending']);

/**
 * The account as the platform API shows it, Stripe-shaped. Capability
 * statuses, `charges_enabled`, `payouts_enabled`, `details_submitted` and
 * both requirements hashes are derived by the requirements engine on every
 * read: no request can set them.
 */
export const accountResourceSchema = z
  .object({
    id: z.string().describe('`acct_…`'),
    object: z.literal('account'),
    country: z.string().describe('ISO 3166-1 alpha-2.'),
    business_type: z.enum(businessTypes).nullable(),
    email: z.string().nullable(),
    capabilities: z
      .partialRecord(z.enum(capabilityNames), capabilityStatusSchema)
      .describe('Statuses of the requested capabilities.'),
    charges_enabled: z.boolean(),
    payouts_enabled: z.boolean(),
    details_submitted: z.boolean(),
    requirements: requirementsSchema,
    future_requirements: requirementsSchema,
    created: z.number().int().describe('Unix time in seconds.'),
    metadata: z.record(z.string(), z.string()),
  })
  .meta({ id: 'Account' });

export type AccountResource = z.infer<typeof accountResourceSchema>;

/** What `DELETE /v1/accounts/:id` answers. */
export const deletedAccountSchema = z
  .object({ id: z.string(), object: z.literal('account'), deleted: z.literal(true) })
  .meta({ id: 'DeletedAccount' });

/** The account resource for `record`, its derived fields computed at `now`. */
export function toAccountResource(record: AccountRecord, now: Date): AccountResource {
  const derived = computeRequirements(record.state, { now: unixSeconds(now) });
  return {
    id: record.id,
    object: 'account',
    country: record.state.country,
    business_type: record.state.business_type,
    email: record.email,
    capabilities: { ...derived.capabilities },
    charges_enabled: derived.charges_enabled,
    payouts_enabled: derived.payouts_enabled,
    details_submitted: derived.details_submitted,
    requirements: derived.requirements,
    future_requirements: derived.future_requirements,
    created: unixSeconds(record.created),
    metadata: { ...record.metadata },
  };
}
