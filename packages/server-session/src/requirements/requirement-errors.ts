import type { RequirementError } from '@onboardkit/schema';
import { requirementErrorReason } from './locales/requirement-error-reason.js';
import type { Translate } from './locales/translate.js';
import type { StandingFailure } from './verification-effects.js';

/**
 * `requirements.errors`: one entry per requirement a standing failure asks
 * for again (or newly), while it is due; reasons in the translator's locale.
 */
export function requirementErrors(
  failures: readonly StandingFailure[],
  due: ReadonlySet<string>,
  translate: Translate,
): RequirementError[] {
  const errors: RequirementError[] = [];
  for (const { outcome } of failures) {
    const reason = requirementErrorReason(outcome, translate);
    for (const requirement of [...new Set([...outcome.relist, ...outcome.requires])].sort()) {
      if (due.has(requirement)) errors.push({ requirement, code: outcome.code, reason });
    }
  }
  return errors;
}
