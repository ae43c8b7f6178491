import { type BankAccountValue, testBankAccounts, testPayoutFailureEndings } from '@onboardkit/schema';
import { afterReview, failure, verified } from './decision-helpers.js';
import { verificationDelaySeconds } from './verification-delays.js';
import type { PayoutFailureCode } from './verification-error-codes.js';
import type { VerificationDecision } from './verification-result.js';

/**
 * Every country's failing test accounts by number. Most also end in a failure
 * ending; the one that does not (Mexico's CLABE) is why they are listed too.
 */
const failingAccounts: ReadonlyMap<string, PayoutFailureCode> = new Map(
  Object.values(testBankAccounts).flatMap((bank) =>
    bank.fails.flatMap((account) =>
      account.account_number ? [[account.account_number, account.payout_failure_code] as const] : [],
    ),
  ),
);

/** Which payout failure a test account number stands for, if any. */
export function payoutFailureOf(accountNumber: string): PayoutFailureCode | null {
  const digits = accountNumber.replace(/[\s-]/g, '');
  const listed = failingAccounts.get(digits);
  if (listed) return listed;
  // The ending identifies a failing account in every country, whatever precedes it (reference §6).
  // The IBANs of the SEPA test table all verify; an IBAN never ends in these digits by design of the table.
  for (const { ending, payout_failure_code } of testPayoutFailureEndings)
    if (digits.endsWith(ending)) return payout_failure_code;
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
