import * as z from 'zod/mini';
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

const optional = z.optional;
const count = () => z.optional(z.int().check(z.nonnegative()));
const text = () => z.optional(z.string());
/** A string, or an optional string, with the description JSON Schema readers see. */
const described = (description: string) => z.optional(z.string().check(z.describe(description)));

export const fieldKeySchema = z
  .string()
  .check(
    z.regex(/^[a-z0-9_]+(\.[a-z0-9_]+)*$/, 'a dotted key of lowercase words, e.g. individual.first_name'),
    z.describe('Stable dotted key, e.g. `individual.dob`, `company.tax_id`, `external_account`.'),
  );

export const optionSchema = z.object({ value: z.string(), label: z.string() });

export const conditionSchema = z.object({
  field: z.string().check(z.describe('Key of the field whose value decides.')),
  operator: z.union([z.enum(conditionOperators), z.string()]),
  value: optional(jsonValueSchema).check(
    z.describe('The value to compare with; an array for `in` and `not_in`.'),
  ),
});

export const fieldErrorDetailSchema = z.object({
  code: z.string(),
  reason: z.string(),
});

export const constraintsSchema = z.object({
  minLength: count(),
  maxLength: count(),
  pattern: described('ECMAScript regular expression the whole value must match.'),
  format: described('Name of a check in `formats`, e.g. `iban`; unknown names pass.'),
  allowValues: optional(
    z
      .array(z.string())
      .check(
        z.describe('Exact values that pass the format and range checks, such as test-mode magic values.'),
      ),
  ),
  options: optional(z.array(optionSchema)),
  min: optional(z.number()),
  max: optional(z.number()),
  minAge: optional(z.int().check(z.nonnegative(), z.describe('For dates of birth: youngest age allowed.'))),
  maxAge: optional(z.int().check(z.nonnegative(), z.describe('For dates of birth: oldest age allowed.'))),
  maxFileSize: optional(z.int().check(z.positive(), z.describe('Bytes.'))),
  fileTypes: optional(z.array(z.string()).check(z.describe('Accepted media types, e.g. `application/pdf`.'))),
  mustBeTrue: optional(z.boolean().check(z.describe('For attestations: only `true` is an answer.'))),
  minItems: count(),
  maxItems: count(),
});

export const addressPartNames = ['line1', 'line2', 'town', 'city', 'state', 'postal_code'] as const;

export const addressConfigSchema = z.object({
  country: z.string().check(z.describe('ISO 3166-1 alpha-2; decides the postal code format.')),
  parts: z
    .partialRecord(z.enum(addressPartNames), z.enum(['required', 'optional']))
    .check(z.describe('The parts to ask for; a part not listed is not asked.')),
  states: optional(z.array(optionSchema)),
});

export const bankAccountConfigSchema = z.object({
  country: z.string(),
  currency: z.string(),
  scheme: z.union([z.enum(['iban', 'routing_and_account', 'account']), z.string()]),
  routingFormat: text(),
  routingPattern: text(),
  accountPattern: text(),
  accountFormat: described('Format of the account number alone, e.g. `mx_clabe`.'),
  combinedFormat: described(
    'Format of routing and account number joined, where a check digit spans both (`nz_bank_account`).',
  ),
  routingLabel: text(),
  accountLabel: text(),
});

export const tosConfigSchema = z.object({
  serviceAgreement: z.union([z.enum(['full', 'recipient']), z.string()]),
  url: text(),
});

/**
 * One field of a requirements document: what to ask, how to check it, and
 * where it stands. Labels arrive localized from the server.
 */
export const fieldSpecSchema = z.object({
  key: fieldKeySchema,
  type: z.union([z.enum(knownFieldTypes), z.string()]),
  label: z.string(),
  help: text(),
  placeholder: text(),
  required: z.boolean(),
  country: described('Country for country-aware formats; else the document country.'),
  constraints: optional(constraintsSchema),
  visibleWhen: optional(
    z.array(conditionSchema).check(z.describe('All conditions must hold for the field to show.')),
  ),
  status: optional(z.union([z.enum(fieldStatuses), z.string()])),
  errors: optional(z.array(fieldErrorDetailSchema)),
  sensitive: optional(z.boolean()),
  mask: optional(maskSchema).check(z.describe('For sensitive fields: what is held, instead of the value.')),
  value: optional(jsonValueSchema).check(z.describe('The current value of a non-sensitive field.')),
  address: optional(addressConfigSchema),
  bankAccount: optional(bankAccountConfigSchema),
  tos: optional(tosConfigSchema),
  get personList() {
    return optional(personListConfigSchema);
  },
});

/** For `person_list` fields: the role and the fields asked of each person. */
export const personListConfigSchema = z.object({
  role: z.union([z.enum(['representative', 'owner', 'director', 'executive']), z.string()]),
  ownershipThreshold: optional(
    z.number().check(z.gte(0), z.lte(100), z.describe('Percent from which a person counts as an owner.')),
  ),
  get fields(): z.ZodMiniArray<typeof fieldSpecSchema> {
    return z.array(fieldSpecSchema);
  },
});

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
