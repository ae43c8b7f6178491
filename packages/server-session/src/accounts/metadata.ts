import { z } from 'zod';

/**
 * An account's `metadata`: the platform's own key-value pairs, with Stripe's
 * limits (50 keys, keys up to 40 characters, values up to 500), so a platform
 * moving from Stripe keeps its code. Never put personal data here: it is not
 * encrypted (it is erased with the account, though).
 */
const metadataKeySchema = z
  .string()
  .min(1, 'keys must not be empty')
  .max(40, 'keys must be at most 40 characters');
const metadataValueSchema = z.string().max(500, 'values must be at most 500 characters');

export const metadataSchema = z
  .record(metadataKeySchema, metadataValueSchema)
  .refine((metadata) => Object.keys(metadata).length <= 50, 'must have at most 50 keys');

export type Metadata = z.infer<typeof metadataSchema>;

/**
 * What an update sends: a value of `""` removes that key, as on Stripe, and
 * other keys are kept.
 */
export const metadataUpdateSchema = z.record(metadataKeySchema, metadataValueSchema);

/** Applies an update to stored metadata, refusing a result past 50 keys. */
export function mergeMetadata(
  current: Readonly<Metadata>,
  update: Readonly<Record<string, string>>,
): Metadata | null {
  const merged: Metadata = { ...current };
  for (const [key, value] of Object.entries(update)) {
    if (value === '') delete merged[key];
    else merged[key] = value;
  }
  return Object.keys(merged).length <= 50 ? merged : null;
}
