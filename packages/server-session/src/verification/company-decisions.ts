import { testCompanyTaxIds } from '@onboardkit/schema';
import { afterReview, digitsOf, failure, immediately, verified } from './decision-helpers.js';
import { verificationDelaySeconds } from './verification-delays.js';
import type { VerificationErrorCode } from './verification-error-codes.js';
import type { VerificationDecision } from './verification-result.js';

// Decisions on the company itself (reference §6): its tax id, its legal name
// and its directors.

const companyDocument = 'company.verification.document';

const taxIdFailures: Readonly<Record<string, VerificationErrorCode>> = {
  [testCompanyTaxIds.mismatch]: 'verification_failed_tax_id_match',
  [testCompanyTaxIds.notIssued]: 'verification_failed_tax_id_not_issued',
};

/**
 * `company.tax_id`: `000000000` and `000000001` (a non-profit) verify,
 * `222222222` verifies immediately, `111111111` (mismatch) and `111111112`
 * (not issued) fail and ask for a company document, as Stripe asks for the
 * IRS letter. Test mode accepts any other number.
 *
 * @example decideCompanyTaxId('111111112').outcome // { status: 'failed', code: 'verification_failed_tax_id_not_issued', … }
 */
export function decideCompanyTaxId(value: string): VerificationDecision {
  const digits = digitsOf(value);
  if (digits === testCompanyTaxIds.verifiesImmediately) return immediately(verified);
  const failed = taxIdFailures[digits];
  const outcome = failed
    ? failure(failed, {
        relist: ['company.tax_id'],
        requires: [companyDocument],
        resolved_by: [companyDocument],
      })
    : verified;
  return afterReview(outcome, verificationDelaySeconds.companyTaxId, ['activation']);
}

/**
 * `company.name`: `disallowed_name` is refused at once (a denylist, which
 * Stripe checks synchronously); `mismatch_business_name` and `match_name_only`
 * fail after review (the second's code is inferred); `match_name_relationships`
 * verifies. Any other name is not checked: `null`.
 */
export function decideCompanyName(value: string): VerificationDecision | null {
  const relistName = {
    relist: ['company.name'],
    requires: [companyDocument],
    resolved_by: [companyDocument],
  };
  const delay = verificationDelaySeconds.companyName;
  switch (value.trim().toLowerCase()) {
    case 'disallowed_name':
      return immediately(failure('invalid_company_name_denylisted', { relist: ['company.name'] }));
    case 'mismatch_business_name':
      return afterReview(failure('verification_failed_name_match', relistName), delay);
    case 'match_name_only':
      return afterReview(failure('verification_failed_keyed_match', relistName), delay);
    case 'match_name_relationships':
      return afterReview(verified, delay);
    default:
      return null;
  }
}

const directorTokens: Readonly<Record<string, VerificationErrorCode>> = {
  mismatch_director: 'verification_directors_mismatch',
  missing_director: 'verification_missing_directors',
  extraneous_director: 'verification_extraneous_directors',
};

/**
 * The company's directors, judged together against the (simulated) company
 * register by their first names: a director named `mismatch_director`,
 * `missing_director` or `extraneous_director` fails the check with the
 * matching code, asking the account to review its directors and confirm
 * them again (`company.directors_provided`). `null` when no token appears.
 */
export function decideDirectors(directorFirstNames: readonly string[]): VerificationDecision | null {
  for (const name of directorFirstNames) {
    const code = directorTokens[name.trim().toLowerCase()];
    if (code) {
      return afterReview(
        failure(code, { relist: ['company.directors_provided'] }),
        verificationDelaySeconds.directors,
      );
    }
  }
  return null;
}
