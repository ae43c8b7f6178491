import type { BankAccountValue } from '@onboardkit/schema';
import { afterReview, failure, verified } from './decision-helpers.js';
import { verificationDelaySeconds } from './verification-delays.js';
import type { PayoutFailureCode } from './verification-error-codes.js';
import type { VerificationDecision } from './verification-result.js';

/**
 * Endings of Stripe's failing test account numbers. The US and CA numbers are
 * `000` + these (`000111111116`), AU's are these alone (`111111116`), so the
 * ending is what identifies them in every country (reference §6).
 */
const failingEndings: ReadonlyArray<readonly [string, PayoutFailureCode]> = [
  ['111111116', 'no_account'],
  ['111111113', 'account_closed'],
  ['222222227', 'insufficient_funds'],
  ['333333335', 'debit_not_authorized'],
  ['444444440', 'invalid_currency'],
];

/** Mexico's failing test CLABE; the reference does not say why it fails, so `no_account` is our reading. */
const failingClabe = '000000111111111117';

/** Which payout failure a test account number stands for, if any. */
export function payoutFailureOf(accountNumber: string): PayoutFailureCode | null {
  const digits = accountNumber.replace(/[\s-]/g, '');
  if (digits === failingClabe) return 'no_account';
  // The IBANs of the SEPA test table all verify; an IBAN never ends in these digits by design of the table.
  for (const [ending, code] of failingEndings) if (digits.endsWith(ending)) return code;
  return null;
}

/**
 * `external_account`: an account number (or IBAN) ending in one of Stripe's
 * failure suffixes fails with its payout failure code after a simulated first
 * payout, re-listing the account and stopping payouts; anything else,
 * including `000123456789` and `000888888883` (only instant payouts fail),
 * verifies.
 *
 * @example decideBankAccount({ routing_number: '110000000', account_number: '000111111116' })
 */
export function decideBankAccount(account: BankAccountValue): VerificationDecision {
  const failed = payoutFailureOf(account.account_number ?? account.iban ?? '');
  const outcome = failed
    ? failure('invalid_value_other', {
        relist: ['external_account'],
        blocks: ['payouts'],
        payout_failure_code: failed,
      })
    : verified;
  return afterReview(outcome, verificationDelaySeconds.bankAccount);
}
