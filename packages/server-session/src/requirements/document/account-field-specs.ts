import type { FieldSpec, FieldValue } from '@onboardkit/schema';
import type { AccountState } from '../account-state.js';
import { roleAttestations } from '../countries/country-rules.js';
import { accountProvides } from '../provided-values.js';
import { fieldKeyOf, partOf } from '../requirement-key.js';
import { accountFieldSpec } from './account-fields.js';
import { type BuildInputs, buildsField, isDueNow, isPersonRequirement } from './build-inputs.js';
import { fieldErrors, fieldStatus } from './field-status.js';

const attestations = new Set<string>(Object.values(roleAttestations));

/** Fields of one business type only: they do not belong to an account of another type. */
function belongsTo(state: AccountState, fieldKey: string): boolean {
  if (fieldKey.startsWith('individual.')) return state.business_type === 'individual';
  if (fieldKey.startsWith('company.'))
    return state.business_type === 'company' || state.business_type === 'non_profit';
  return true;
}

/** The keys of the account-level fields to show: due ones, answered ones, and the business type. */
function fieldKeysToShow({ context, due }: BuildInputs): string[] {
  const { state } = context;
  const keys = new Set<string>(['business_type']);
  for (const key of due) if (!isPersonRequirement(key)) keys.add(fieldKeyOf(key));
  for (const key of [...Object.keys(state.values), ...Object.keys(state.sensitive)]) {
    if (belongsTo(state, key)) keys.add(key);
  }
  if (state.tos_acceptance !== null) keys.add('tos_acceptance');
  // Attestations sit beside their person lists.
  return [...keys].filter((key) => !attestations.has(key));
}

/** What the document shows of a field's current answer: the value, or a mask for a sensitive one. */
export function currentAnswer(state: AccountState, fieldKey: string): Pick<FieldSpec, 'value' | 'mask'> {
  const held = state.sensitive[fieldKey];
  if (held) return { mask: { provided: true, ...(held.last4 ? { last4: held.last4 } : {}) } };
  let value: FieldValue | undefined = state.values[fieldKey];
  if (fieldKey === 'business_type') value = state.business_type ?? undefined;
  if (fieldKey === 'tos_acceptance') value = state.tos_acceptance !== null ? true : undefined;
  return value === undefined || value === null ? {} : { value };
}

/**
 * A complete account-level field spec: constraints, requirement status,
 * errors and current answer. `null` for a field this version cannot ask.
 */
export function accountFieldWithStatus(inputs: BuildInputs, fieldKey: string): FieldSpec | null {
  const { context, requirements } = inputs;
  const { state } = context;
  const entryKeys = inputs.keysByField.get(fieldKey) ?? [];
  const covered = entryKeys.length > 0 ? entryKeys : [fieldKey];
  const addressParts = covered.map(partOf).filter((part): part is string => part !== null);
  const spec = accountFieldSpec(fieldKey, context, {
    required: entryKeys.some((key) => isDueNow(inputs, key)),
    addressParts,
  });
  if (spec === null) return null;
  const answer = currentAnswer(state, fieldKey);
  const provided =
    answer.value !== undefined ||
    answer.mask !== undefined ||
    covered.some((key) => accountProvides(state, key));
  const status = fieldStatus(covered, [fieldKey], provided, inputs.status);
  const errors = fieldErrors(covered, requirements.errors);
  return {
    ...spec,
    ...(status ? { status } : {}),
    ...(errors.length > 0 ? { errors } : {}),
    ...answer,
  };
}

/** The account-level fields of the document (persons and attestations aside). */
export function accountFieldSpecs(inputs: BuildInputs): FieldSpec[] {
  return fieldKeysToShow(inputs)
    .filter((key) => buildsField(inputs, key))
    .map((key) => accountFieldWithStatus(inputs, key))
    .filter((spec): spec is FieldSpec => spec !== null);
}
