import { type CollectMode, type FieldSpec, isBlank, isFieldVisible, type Step } from '@onboardkit/schema';

const dueNow = new Set(['currently_due', 'past_due']);

/** Whether the account still owes this field, as the collect mode counts it. */
export function isFieldDue(spec: FieldSpec, collect: CollectMode): boolean {
  if ((spec.errors?.length ?? 0) > 0) return true;
  if (spec.status !== undefined) {
    return dueNow.has(spec.status) || (collect === 'eventually_due' && spec.status === 'eventually_due');
  }
  // A server that sends no status: a required field with nothing held is due.
  return spec.required && isBlank(spec.value) && spec.mask?.provided !== true;
}

/**
 * Where a returning account resumes: the first step with a visible field
 * still due, or `steps.length` (the review) when nothing is. `values` are the
 * wire values the visibility conditions read.
 */
export function resumeStepIndex(
  steps: readonly Step[],
  collect: CollectMode,
  values: Readonly<Record<string, unknown>>,
): number {
  const index = steps.findIndex((step) =>
    step.fields.some((spec) => isFieldVisible(spec, values) && isFieldDue(spec, collect)),
  );
  return index === -1 ? steps.length : index;
}
