import { submissionSchema } from '@onboardkit/schema';
import { z } from 'zod';
import { paginationQueryShape } from '../list-pagination.js';
import { businessTypes, capabilityNames, supportedCountries } from '../requirements/account-state.js';
import { metadataSchema, metadataUpdateSchema } from './metadata.js';

const capabilityRequestSchema = z.strictObject({ requested: z.boolean() });

const capabilitiesSchema = z.strictObject({
  card_payments: capabilityRequestSchema.optional(),
  transfers: capabilityRequestSchema.optional(),
});

const emailSchema = z.email('must be an email address').max(254);

/** The body of `POST /v1/accounts`. */
export const createAccountParamsSchema = z
  .strictObject({
    country: z
      .string()
      .transform((country) => country.toUpperCase())
      .pipe(z.enum(supportedCountries, `must be one of ${supportedCountries.join(', ')}`))
      .describe('ISO 3166-1 alpha-2; the countries the requirements engine has rules for.'),
    business_type: z.enum(businessTypes).optional(),
    email: emailSchema.optional(),
    capabilities: capabilitiesSchema.describe('`card_payments` implies `transfers`.'),
    metadata: metadataSchema.optional(),
  })
  .meta({ id: 'CreateAccountParams' });

/**
 * The body of `POST /v1/accounts/:id`. Account details go in `values`, keyed
 * like the embedded API's submissions and checked the same way; `version`,
 * when given, must be the account's current one.
 */
export const updateAccountParamsSchema = z
  .strictObject({
    business_type: z.enum(businessTypes).optional(),
    email: emailSchema.optional(),
    capabilities: capabilitiesSchema.optional(),
    metadata: metadataUpdateSchema.optional().describe('A value of `""` removes that key.'),
    values: z
      .optional(submissionSchema.shape.values)
      .describe('Prefilled details by field key, e.g. `{"individual.first_name": "Jenny"}`.'),
    version: submissionSchema.shape.version,
  })
  .meta({ id: 'UpdateAccountParams' });

/** The query of `GET /v1/accounts`. */
export const listAccountsQuerySchema = z.strictObject(paginationQueryShape('account'));

/** The capabilities a request asks for, with the `transfers` that `card_payments` needs. */
export function requestedCapabilities(
  current: readonly (typeof capabilityNames)[number][],
  change: z.infer<typeof capabilitiesSchema>,
): Array<(typeof capabilityNames)[number]> {
  const requested = new Set(current);
  for (const name of capabilityNames) {
    const wanted = change[name]?.requested;
    if (wanted === true) requested.add(name);
    if (wanted === false) requested.delete(name);
  }
  if (requested.has('card_payments')) requested.add('transfers');
  return capabilityNames.filter((name) => requested.has(name));
}
