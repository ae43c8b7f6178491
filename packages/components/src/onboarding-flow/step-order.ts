import type { Step } from '@onboardkit/schema';

/**
 * Where the flow goes when the steps change under it. A save can change
 * which steps there are (choosing `individual` drops the company step), and
 * so can any newer document: a position is a step id, and the id it names
 * may be gone. Positions are kept with the order of step ids they were taken
 * in, to find the step that now stands where the person was.
 */

/** The first of `steps` that is not among `passed`; undefined when every one is (the review follows). */
function firstStepNotAmong(steps: readonly Step[], passed: readonly string[]): Step | undefined {
  const done = new Set(passed);
  return steps.find((step) => !done.has(step.id));
}

/**
 * The step after `savedId` in `steps`, the document as it is after the save;
 * undefined for the review. When the saved step itself is gone, the first
 * step that was not at or before it in `order` (the ids before the save).
 *
 * @example stepAfter('business', ['business', 'company', 'personal'], stepsOf(['business', 'personal'])) // personal
 */
export function stepAfter(
  savedId: string,
  order: readonly string[],
  steps: readonly Step[],
): Step | undefined {
  const index = steps.findIndex((step) => step.id === savedId);
  if (index !== -1) return steps[index + 1];
  return firstStepNotAmong(steps, order.slice(0, order.indexOf(savedId) + 1));
}

/**
 * The step that stands where `stepId` stood, now that `steps` may lack it:
 * the step itself when it is still there, else the first step that was not
 * before it in `order`; undefined for the review.
 */
export function stepInPlaceOf(
  stepId: string,
  order: readonly string[],
  steps: readonly Step[],
): Step | undefined {
  const step = steps.find((candidate) => candidate.id === stepId);
  if (step) return step;
  return firstStepNotAmong(steps, order.slice(0, Math.max(0, order.indexOf(stepId))));
}
