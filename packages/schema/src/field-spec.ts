import { z } from 'zod';
import { jsonValueSchema, maskSchema } from './field-value.js';

/**
 * Field types this version renders and validates. A document may carry others
 * (a newer server): they still parse, render as text, and the server decides.
 */
export const knownFieldTypes = [
  'text',
  'email',
  'phone',
  'url',
  'date',
  'select',
  'country',
  'address',
  'id_number',
  'tax_id',
  'bank_account',
  'file',
  'boolean',
  'tos',
  'percent',
  'person_list',
] as const;

/** Where a field stands in the account's requirements. */
export const fieldStatuses = [
  'currently_due',
  'eventually_due',
  'past_due',
  'pending_verification',
  'provided',
  'verified',
] as const;

/** Operators of `visibleWhen` conditions; an unknown operator leaves the field visible. */
export const conditionOperators = [
  'equals',
  'not_equals',
  'in',
  'not_in',
  'provided',
  'not_provided',
] as const;

export const fieldKeySchema = z
  .string()
  .regex(/^[a-z0-9_]+(\.[a-z0-9_]+)*$/, 'a dotted key of lowercase words, e.g. individual.first_name')
  .describe('Stable dotted key, e.g. `individual.dob`, `company.tax_id`, `external_account`.');

export const optionSchema = z.object({ value: z.string(), label: z.string() });

export const conditionSchema = z.object({
  field: z.string().describe('Key of the field whose value decides.'),
  operator: z.union([z.enum(conditionOperators), z.string()]),
  value: jsonValueSchema.optional().describe('The value to compare with; an array for `in` and `not_in`.'),
});

export const fieldErrorDetailSchema = z.object({
  code: z.string(),
  reason: z.string(),
});

export const constraintsSchema = z.object({
  minLength: z.number().int().nonnegative().optional(),
  maxLength: z.number().int().nonnegative().optional(),
  pattern: z.string().optional().describe('ECMAScript regular expression the whole value must match.'),
  format: z.string().optional().describe('Name of a check in `formats`, e.g. `iban`; unknown names pass.'),
  allowValues: z
    .array(z.string())
    .optional()
    .describe('Exact values that pass the format and range checks, such as test-mode magic values.'),
  options: z.array(optionSchema).optional(),
  min: z.number().optional(),
  max: z.number().optional(),
  minAge: z.number().int().nonnegative().optional().describe('For dates of birth: youngest age allowed.'),
  maxAge: z.number().int().nonnegative().optional().describe('For dates of birth: oldest age allowed.'),
  maxFileSize: z.number().int().positive().optional().describe('Bytes.'),
  fileTypes: z.array(z.string()).optional().describe('Accepted media types, e.g. `application/pdf`.'),
  mustBeTrue: z.boolean().optional().describe('For attestations: only `true` is an answer.'),
  minItems: z.number().int().nonnegative().optional(),
  maxItems: z.number().int().nonnegative().optional(),
});

export const addressPartNames = ['line1', 'line2', 'town', 'city', 'state', 'postal_code'] as const;

export const addressConfigSchema = z.object({
  country: z.string().describe('ISO 3166-1 alpha-2; decides the postal code format.'),
  parts: z
    .partialRecord(z.enum(addressPartNames), z.enum(['required', 'optional']))
    .describe('The parts to ask for; a part not listed is not asked.'),
  states: z.array(optionSchema).optional(),
});

export const bankAccountConfigSchema = z.object({
  country: z.string(),
  currency: z.string(),
  scheme: z.union([z.enum(['iban', 'routing_and_account', 'account']), z.string()]),
  routingFormat: z.string().optional(),
  routingPattern: z.string().optional(),
  accountPattern: z.string().optional(),
  accountFormat: z.string().optional().describe('Format of the account number alone, e.g. `mx_clabe`.'),
  combinedFormat: z
    .string()
    .optional()
    .describe(
      'Format of routing and account number joined, where a check digit spans both (`nz_bank_account`).',
    ),
  routingLabel: z.string().optional(),
  accountLabel: z.string().optional(),
});

export const tosConfigSchema = z.object({
  serviceAgreement: z.union([z.enum(['full', 'recipient']), z.string()]),
  url: z.string().optional(),
});

const personListConfigShape = {
  role: z.union([z.enum(['representative', 'owner', 'director', 'executive']), z.string()]),
  ownershipThreshold: z
    .number()
    .min(0)
    .max(100)
    .optional()
    .describe('Percent from which a person counts as an owner.'),
};

/**
 * One field of a requirements document: what to ask, how to check it, and
 * where it stands. Labels arrive localized from the server.
 */
export const fieldSpecSchema = z
  .object({
    key: fieldKeySchema,
    type: z.union([z.enum(knownFieldTypes), z.string()]),
    label: z.string(),
    help: z.string().optional(),
    placeholder: z.string().optional(),
    required: z.boolean(),
    country: z.string().optional().describe('Country for country-aware formats; else the document country.'),
    constraints: constraintsSchema.optional(),
    visibleWhen: z
      .array(conditionSchema)
      .optional()
      .describe('All conditions must hold for the field to show.'),
    status: z.union([z.enum(fieldStatuses), z.string()]).optional(),
    errors: z.array(fieldErrorDetailSchema).optional(),
    sensitive: z.boolean().optional(),
    mask: maskSchema.optional().describe('For sensitive fields: what is held, instead of the value.'),
    value: jsonValueSchema.optional().describe('The current value of a non-sensitive field.'),
    address: addressConfigSchema.optional(),
    bankAccount: bankAccountConfigSchema.optional(),
    tos: tosConfigSchema.optional(),
    get personList() {
      return personListConfigSchema.optional();
    },
  })
  .meta({ id: 'FieldSpec' });

/** For `person_list` fields: the role and the fields asked of each person. */
export const personListConfigSchema = z
  .object({
    ...personListConfigShape,
    get fields(): z.ZodArray<typeof fieldSpecSchema> {
      return z.array(fieldSpecSchema);
    },
  })
  .meta({ id: 'PersonListConfig' });

export type KnownFieldType = (typeof knownFieldTypes)[number];
export type FieldStatus = (typeof fieldStatuses)[number];
export type ConditionOperator = (typeof conditionOperators)[number];
export type AddressPartName = (typeof addressPartNames)[number];
export type Option = z.infer<typeof optionSchema>;
export type Condition = z.infer<typeof conditionSchema>;
export type Constraints = z.infer<typeof constraintsSchema>;
export type AddressConfig = z.infer<typeof addressConfigSchema>;
export type BankAccountConfig = z.infer<typeof bankAccountConfigSchema>;
export type TosConfig = z.infer<typeof tosConfigSchema>;
export type PersonListConfig = z.infer<typeof personListConfigSchema>;
export type FieldSpec = z.infer<typeof fieldSpecSchema>;
