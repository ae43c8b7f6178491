import * as z from 'zod/mini';

/** Any JSON value: what a field's value is on the wire before its type narrows it. */
export const jsonValueSchema = z.json();

const optionalText = () => z.optional(z.string());

/**
 * The value of an `address` field. Which parts are asked for, and which are
 * required, comes from the field's `address.parts`.
 */
export const addressValueSchema = z.strictObject({
  line1: optionalText(),
  line2: optionalText(),
  town: z.optional(z.string().check(z.describe('Japanese addresses: the town (chōme) part.'))),
  city: optionalText(),
  state: optionalText(),
  postal_code: optionalText(),
  country: optionalText(),
});

/**
 * The value of a `bank_account` field: an IBAN, or a local routing and account
 * number, as the field's `bankAccount.scheme` says.
 */
export const bankAccountValueSchema = z.strictObject({
  country: optionalText(),
  currency: optionalText(),
  account_holder_name: optionalText(),
  iban: optionalText(),
  routing_number: optionalText(),
  account_number: optionalText(),
});

/** What the server shows of a sensitive value it holds: never the value itself. */
export const maskSchema = z.object({
  provided: z.boolean(),
  last4: z.optional(
    z
      .string()
      .check(
        z.regex(/^[0-9A-Za-z]{1,4}$/),
        z.describe('Last (up to) four characters, for display such as `•••• 6789`.'),
      ),
  ),
});

/**
 * One person in a `person_list` field. `id` names a person the account already
 * has (`person_…`); without it the server creates one. `values` are keyed by the
 * dotted keys of the list's `personList.fields`.
 */
export const personValueSchema = z.object({
  id: optionalText(),
  values: z.record(z.string(), jsonValueSchema),
  masks: z.optional(
    z
      .record(z.string(), maskSchema)
      .check(z.describe('In documents only: masks of the sensitive values this person has.')),
  ),
});

export type AddressValue = z.infer<typeof addressValueSchema>;
export type BankAccountValue = z.infer<typeof bankAccountValueSchema>;
export type Mask = z.infer<typeof maskSchema>;
export type PersonValue = z.infer<typeof personValueSchema>;
/** Any value a field can hold on the wire; each field type narrows it (see `compileStep`). */
export type FieldValue = z.infer<typeof jsonValueSchema>;
