import type { Condition, FieldSpec } from './field-spec.js';

/** A value that counts as not given: absent, null, or a blank string. */
export function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

function sameValue(left: unknown, right: unknown): boolean {
  if (left === right) return true;
  // Conditions compare JSON values; objects are rare enough that stringifying is fine.
  return typeof left === 'object' && left !== null && JSON.stringify(left) === JSON.stringify(right);
}

function holds(condition: Condition, values: Readonly<Record<string, unknown>>): boolean {
  const actual = values[condition.field];
  const expected = condition.value;
  switch (condition.operator) {
    case 'equals':
      return sameValue(actual, expected);
    case 'not_equals':
      return !sameValue(actual, expected);
    case 'in':
      return Array.isArray(expected) && expected.some((candidate) => sameValue(actual, candidate));
    case 'not_in':
      return !(Array.isArray(expected) && expected.some((candidate) => sameValue(actual, candidate)));
    case 'provided':
      return !isBlank(actual);
    case 'not_provided':
      return isBlank(actual);
    default:
      // An operator from a newer server: show the field and let the server judge.
      return true;
  }
}

/**
 * Whether a field shows, given the values of the other fields (all its
 * `visibleWhen` conditions hold).
 *
 * @example isFieldVisible(spec, { business_type: 'company' })
 */
export function isFieldVisible(
  spec: Pick<FieldSpec, 'visibleWhen'>,
  values: Readonly<Record<string, unknown>>,
): boolean {
  return (spec.visibleWhen ?? []).every((condition) => holds(condition, values));
}
