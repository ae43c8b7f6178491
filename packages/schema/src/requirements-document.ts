import { z } from 'zod';
import { fieldSpecSchema } from './field-spec.js';

/** Which requirements a document collects, as Stripe's `collectionOptions.fields`. */
export const collectModes = ['currently_due', 'eventually_due'] as const;

export const requirementErrorSchema = z.object({
  requirement: z.string().describe('The requirement key, e.g. `individual.dob.day`.'),
  code: z.string().describe('A Stripe-style code, e.g. `verification_failed_keyed_identity`.'),
  reason: z.string().describe('Why, safe to show to the account holder.'),
});

/** The `requirements` hash of an account, as Stripe keeps it. */
export const requirementsSchema = z.object({
  currently_due: z.array(z.string()),
  eventually_due: z.array(z.string()),
  past_due: z.array(z.string()),
  pending_verification: z.array(z.string()),
  errors: z.array(requirementErrorSchema),
  disabled_reason: z.string().nullable(),
  current_deadline: z.number().int().nullable().describe('Unix seconds.'),
});

/** One screen of an onboarding flow: an ordered group of fields. */
export const stepSchema = z.object({
  id: z.string().min(1),
  title: z.string(),
  description: z.string().optional(),
  fields: z.array(fieldSpecSchema),
});

/**
 * What the server asks of one account, in one locale: the requirements hash
 * and the ordered steps that collect it. The server, not the component
 * release, decides its content.
 */
export const requirementsDocumentSchema = z
  .object({
    object: z.literal('requirements_document'),
    account: z.string().describe('The connected account, `acct_…`.'),
    country: z.string().describe('ISO 3166-1 alpha-2 country of the account.'),
    business_type: z.string().nullable().optional(),
    locale: z.string().describe('The locale labels and messages are in, e.g. `en` or `fr`.'),
    version: z
      .number()
      .int()
      .nonnegative()
      .describe('Changes with every write; a submission with an older version is refused (409).'),
    collect: z.enum(collectModes),
    requirements: requirementsSchema,
    future_requirements: requirementsSchema.nullable().optional(),
    steps: z.array(stepSchema),
  })
  .meta({ title: 'OnboardKit requirements document' });

export type CollectMode = (typeof collectModes)[number];
export type RequirementError = z.infer<typeof requirementErrorSchema>;
export type Requirements = z.infer<typeof requirementsSchema>;
export type Step = z.infer<typeof stepSchema>;
export type RequirementsDocument = z.infer<typeof requirementsDocumentSchema>;
