import { maskSchema, submissionSchema } from '@onboardkit/schema';
import { z } from 'zod';
import type { AccountRecord } from '../accounts/account-store.js';
import { unixSeconds } from '../clock.js';
import type { HeldSensitiveValue } from '../requirements/account-state.js';

// Values by field key, each any JSON value, as a submission sends them.
const valuesSchema = z.record(z.string(), submissionSchema.shape.values._zod.def.valueType);
const masksSchema = z.record(z.string(), maskSchema);

/**
 * `GET /v1/embedded/account`: what the account holder has provided, for
 * account management. Sensitive values appear only as masks ("provided",
 * and at most the last four characters).
 */
export const accountDetailsSchema = z
  .object({
    object: z.literal('account_details'),
    account: z.string(),
    country: z.string(),
    business_type: z.string().nullable(),
    version: z.number().int().nonnegative(),
    values: valuesSchema.describe('Provided values by field key, e.g. `individual.first_name`.'),
    masks: masksSchema.describe('Sensitive values held, by field key.'),
    persons: z.array(
      z.object({
        id: z.string(),
        relationship: z.object({
          representative: z.boolean(),
          owner: z.boolean(),
          director: z.boolean(),
          executive: z.boolean(),
          title: z.string().nullable(),
          percent_ownership: z.number().nullable(),
        }),
        values: valuesSchema,
        masks: masksSchema,
      }),
    ),
    tos_acceptance: z
      .object({ date: z.number().int(), service_agreement: z.string() })
      .nullable()
      .describe('When the terms were accepted; the IP and browser recorded with it stay on the server.'),
    created: z.number().int(),
  })
  .meta({ id: 'AccountDetails' });

export type AccountDetails = z.infer<typeof accountDetailsSchema>;

function masksOf(sensitive: Readonly<Record<string, HeldSensitiveValue>>) {
  return Object.fromEntries(
    Object.entries(sensitive).map(([key, held]) => [
      key,
      { provided: true, ...(held.last4 === undefined ? {} : { last4: held.last4 }) },
    ]),
  );
}

export function toAccountDetails(record: AccountRecord): AccountDetails {
  const { state } = record;
  return {
    object: 'account_details',
    account: record.id,
    country: state.country,
    business_type: state.business_type,
    version: record.detailsVersion,
    values: { ...state.values },
    masks: masksOf(state.sensitive),
    persons: state.persons.map((person) => ({
      id: person.id,
      relationship: { ...person.relationship },
      values: { ...person.values },
      masks: masksOf(person.sensitive),
    })),
    tos_acceptance:
      state.tos_acceptance === null
        ? null
        : { date: state.tos_acceptance.date, service_agreement: state.tos_acceptance.service_agreement },
    created: unixSeconds(record.created),
  };
}
