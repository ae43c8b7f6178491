import * as z from 'zod/mini';
import { fieldSpecSchema } from './field-spec.js';

/** Which requirements a document collects, as Stripe's `collectionOptions.fields`. */
export const collectModes = ['currently_due', 'eventually_due'] as const;

export const requirementErrorSchema = z.object({
  requirement: z.string().check(z.describe('The requirement key, e.g. `individual.dob.day`.')),
  code: z.string().check(z.describe('A Stripe-style code, e.g. `verification_failed_keyed_identity`.')),
  reason: z.string().check(z.describe('Why, safe to show to the account holder.')),
});

/** The `requirements` hash of an account, as Stripe keeps it. */
export const requirementsSchema = z.object({
  currently_due: z.array(z.string()),
  eventually_due: z.array(z.string()),
  past_due: z.array(z.string()),
  pending_verification: z.array(z.string()),
  errors: z.array(requirementErrorSchema),
  disabled_reason: z.nullable(z.string()),
  current_deadline: z.nullable(z.int()).check(z.describe('Unix seconds.')),
});

/** One screen of an onboarding flow: an ordered group of fields. */
export const stepSchema = z.object({
  id: z.string().check(z.minLength(1)),
  title: z.string(),
  description: z.optional(z.string()),
  fields: z.array(fieldSpecSchema),
});

/**
 * What the server asks of one account, in one locale: the requirements hash
 * and the ordered steps that collect it. The server, not the component
 * release, decides its content.
 */
export const requirementsDocumentSchema = z.object({
  object: z.literal('requirements_document'),
  account: z.string().check(z.describe('The connected account, `acct_…`.')),
  country: z.string().check(z.describe('ISO 3166-1 alpha-2 country of the account.')),
  business_type: z.optional(z.nullable(z.string())),
  locale: z.string().check(z.describe('The locale labels and messages are in, e.g. `en` or `fr`.')),
  version: z
    .int()
    .check(
      z.nonnegative(),
      z.describe(
        "Changes when the account's details are written (not when a verification settles); a submission with an older version is refused (409).",
      ),
    ),
  collect: z.enum(collectModes),
  requirements: requirementsSchema,
  future_requirements: z.optional(z.nullable(requirementsSchema)),
  steps: z.array(stepSchema),
});

export type CollectMode = (typeof collectModes)[number];
export type RequirementError = z.infer<typeof requirementErrorSchema>;
export type Requirements = z.infer<typeof requirementsSchema>;
export type Step = z.infer<typeof stepSchema>;
export type RequirementsDocument = z.infer<typeof requirementsDocumentSchema>;
