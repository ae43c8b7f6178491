import type { FailedOutcome } from '../../verification/verification-result.js';
import type { MessageId } from './en.js';
import type { Translate } from './translate.js';

/**
 * Why a check failed, in the translator's locale, safe to show the account
 * holder. A bank account's payout failure says more than its generic code.
 */
export function requirementErrorReason(
  outcome: Pick<FailedOutcome, 'code' | 'payout_failure_code'>,
  translate: Translate,
): string {
  // Template literal types make a verifier code without a message a compile error here.
  const id: MessageId = outcome.payout_failure_code
    ? `reason.payout.${outcome.payout_failure_code}`
    : `reason.${outcome.code}`;
  return translate(id);
}
