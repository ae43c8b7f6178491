import { testDatesOfBirth, testIdNumbers, testSsnLast4 } from '@onboardkit/schema';
import {
  afterReview,
  digitsOf,
  failure,
  immediately,
  keyedIdentityDelay,
  verified,
} from './decision-helpers.js';
import type { VerificationDecision } from './verification-result.js';

// Decisions on a person's keyed identity (reference §6): id numbers, the last
// four digits of a US SSN, and dates of birth. `owner` is the prefix the
// value lives under: `individual` or a person id such as `person_1a2b`.

const identityDocument = (owner: string) => `${owner}.verification.document`;

/**
 * `id_number` of an individual or person: `000000000` verifies, `222222222`
 * verifies immediately, `111111111` fails (identity mismatch) and asks for an
 * identity document. Test mode accepts any other number.
 *
 * @example decideIdNumber('individual', '111111111').outcome.status // 'failed'
 */
export function decideIdNumber(owner: string, value: string): VerificationDecision {
  switch (digitsOf(value)) {
    case testIdNumbers.verifiesImmediately:
      return immediately(verified);
    case testIdNumbers.fails:
      return afterReview(
        failure('verification_failed_keyed_identity', {
          relist: [`${owner}.id_number`],
          requires: [identityDocument(owner)],
          resolved_by: [identityDocument(owner)],
        }),
        keyedIdentityDelay,
        ['activation'],
      );
    default:
      return afterReview(verified, keyedIdentityDelay, ['activation']);
  }
}

/**
 * `ssn_last_4`: `0000` verifies (reference §6), `2222` verifies immediately
 * and `1111` fails; these last two mirror the full-number tokens (inferred).
 * A failure brings in the full SSN (`id_number`) at once, as §3 says Stripe
 * does; a verified id number or identity document settles it.
 */
export function decideSsnLast4(owner: string, value: string): VerificationDecision {
  switch (digitsOf(value)) {
    case testSsnLast4.verifiesImmediately:
      return immediately(verified);
    case testSsnLast4.fails:
      return afterReview(
        failure('verification_failed_keyed_identity', {
          requires: [`${owner}.id_number`],
          resolved_by: [`${owner}.id_number`, identityDocument(owner)],
        }),
        keyedIdentityDelay,
        ['activation'],
      );
    default:
      return afterReview(verified, keyedIdentityDelay, ['activation']);
  }
}

/**
 * Date of birth (`YYYY-MM-DD`): `1901-01-01` verifies, `1902-01-01` verifies
 * immediately, `1900-01-01` raises an OFAC alert (the account goes under
 * review), and any other date cannot be verified, so an identity document
 * becomes due, as Stripe's test mode behaves.
 */
export function decideDateOfBirth(owner: string, value: string): VerificationDecision {
  switch (value.trim()) {
    case testDatesOfBirth.verifiesImmediately:
      return immediately(verified);
    case testDatesOfBirth.verifies:
      return afterReview(verified, keyedIdentityDelay, ['activation']);
    case testDatesOfBirth.ofacAlert:
      // Nothing the account holder can fix: no requirement, only the review.
      return afterReview(
        failure('verification_failed_other', { blocks: ['activation', 'payouts'], effect: 'under_review' }),
        keyedIdentityDelay,
        ['activation'],
      );
    default:
      return afterReview(
        failure('verification_failed_keyed_identity', {
          requires: [identityDocument(owner)],
          resolved_by: [identityDocument(owner)],
        }),
        keyedIdentityDelay,
        ['activation'],
      );
  }
}
