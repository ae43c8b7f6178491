/**
 * The `requirements.errors[].code` values the simulated verifier can produce:
 * a subset of Stripe's enum (reference §5). Every locale catalog must explain
 * each of them, so the type is what keeps a new code from shipping untranslated.
 */
export const verificationErrorCodes = [
  // Keyed identity: id numbers, SSN last 4, dates of birth.
  'verification_failed_keyed_identity',
  'verification_failed_other',
  // Addresses.
  'invalid_address_city_state_postal_code',
  'invalid_street_address',
  // Company tax id and name.
  'verification_failed_tax_id_match',
  'verification_failed_tax_id_not_issued',
  'verification_failed_name_match',
  'verification_failed_keyed_match',
  'invalid_company_name_denylisted',
  // Directors.
  'verification_directors_mismatch',
  'verification_missing_directors',
  'verification_extraneous_directors',
  // Documents.
  'verification_document_failed_test_mode',
  // Website and business profile.
  'invalid_url_denylisted',
  'invalid_url_website_inaccessible_geoblocked',
  'invalid_url_website_other',
  'invalid_url_website_incomplete',
  'invalid_url_website_business_information_mismatch',
  'invalid_url_website_inaccessible_password_protected',
  'invalid_url_website_incomplete_under_construction',
  'invalid_url_website_inaccessible',
  'invalid_url_web_presence_detected',
  'invalid_statement_descriptor_business_mismatch',
  'invalid_statement_descriptor_denylisted',
  // Bank accounts: Stripe has no requirement code per payout failure, so the
  // general one carries it and `payout_failure_code` says which.
  'invalid_value_other',
] as const;

export type VerificationErrorCode = (typeof verificationErrorCodes)[number];

/** Why a test bank account refuses payouts (Stripe's payout failure codes). */
export const payoutFailureCodes = [
  'no_account',
  'account_closed',
  'insufficient_funds',
  'debit_not_authorized',
  'invalid_currency',
] as const;

export type PayoutFailureCode = (typeof payoutFailureCodes)[number];
