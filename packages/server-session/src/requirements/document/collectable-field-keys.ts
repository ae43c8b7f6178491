import type { RequirementsDocument } from '@onboardkit/schema';
import type { AccountState } from '../account-state.js';
import { buildRequirementsDocument } from './build-requirements-document.js';

/**
 * The document a submission is validated against: every field the account
 * may write, due now or later, in English (messages are localized
 * afterwards with `localizeFieldErrors`). With `fields`, only those fields
 * are built (each as the full document has it, the others left out): enough
 * to check a submission of those keys, for a fraction of the build.
 *
 * @example
 * const verdict = validateSubmission(submissionDocument(state, { now, version }), body.values, { now: () => new Date(now * 1000) });
 */
export function submissionDocument(
  state: AccountState,
  options: { now: number; version: number; fields?: Iterable<string> },
): RequirementsDocument {
  return buildRequirementsDocument(state, {
    locale: 'en',
    collect: 'eventually_due',
    futureRequirements: 'include',
    now: options.now,
    version: options.version,
    ...(options.fields === undefined ? {} : { onlyFields: new Set(options.fields) }),
  });
}

/**
 * The field keys this account may write: every collectable field across all
 * steps, eventually due ones included. The submission route refuses any
 * other key and never stores it.
 *
 * @example collectableFieldKeys(state, { now }).has('individual.dob') // true for a US individual
 */
export function collectableFieldKeys(state: AccountState, options: { now: number }): ReadonlySet<string> {
  const document = submissionDocument(state, { now: options.now, version: 0 });
  return new Set(document.steps.flatMap((step) => step.fields.map((field) => field.key)));
}
