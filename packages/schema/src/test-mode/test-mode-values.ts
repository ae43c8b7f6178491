/**
 * Stripe's test-mode values, which the session server's simulated verifier
 * honours: one source for the verifier, the demo's "Test mode values" panel,
 * and every test that onboards a seller. Plain data, no imports at runtime;
 * browsers bundle it only where a module imports it (the components do not).
 *
 * Sources: Stripe's "Testing Stripe Connect" page and its per-country bank
 * tables, as collected in the requirements catalog (§4.3, §6). Values marked
 * "inferred" are our reading where Stripe says nothing.
 */

/** The countries the session server onboards, by ISO 3166-1 alpha-2 code. */
export type TestModeCountry =
  | 'US'
  | 'CA'
  | 'GB'
  | 'IE'
  | 'DE'
  | 'FR'
  | 'NL'
  | 'ES'
  | 'IT'
  | 'AU'
  | 'NZ'
  | 'JP'
  | 'SG'
  | 'BR'
  | 'MX'
  | 'IN';

/** Why a failing test bank account refuses payouts: Stripe's payout failure codes. */
export type TestPayoutFailureCode =
  | 'no_account'
  | 'account_closed'
  | 'insufficient_funds'
  | 'debit_not_authorized'
  | 'invalid_currency';

/** A payout account as the API takes it (`external_account`): an IBAN, or an account number with a routing number where the country has one. */
export interface TestBankAccount {
  readonly routing_number?: string;
  readonly account_number?: string;
  readonly iban?: string;
}

/** A test account whose simulated first payout fails, and why. */
export interface FailingTestBankAccount extends TestBankAccount {
  readonly payout_failure_code: TestPayoutFailureCode;
}

/** A country's test payout accounts: one that verifies, and those that fail (none where Stripe lists none). */
export interface CountryTestBankAccounts {
  readonly verifies: TestBankAccount;
  readonly fails: readonly FailingTestBankAccount[];
}

/** Date of birth (`YYYY-MM-DD`); any other date cannot be verified, so an identity document becomes due. */
export const testDatesOfBirth = {
  verifies: '1901-01-01',
  verifiesImmediately: '1902-01-01',
  /** Raises an OFAC alert: the account goes under review. */
  ofacAlert: '1900-01-01',
} as const;

/**
 * `address.line1` of an individual, person or company. The rest of the
 * address must be real (a city, region and postal code that exist).
 */
export const testAddressLine1 = {
  verifies: 'address_full_match',
  /** Fails; `line1` is asked again and payouts stop. */
  noMatch: 'address_no_match',
  /** Fails as a partial match; every part is asked again, charges and payouts stop. */
  line1NoMatch: 'address_line1_no_match',
} as const;

/** `id_number` of an individual or person (an SSN in the US); test mode accepts any other number. */
export const testIdNumbers = {
  verifies: '000000000',
  verifiesImmediately: '222222222',
  /** Identity mismatch: an identity document becomes due. */
  fails: '111111111',
} as const;

/** `ssn_last_4` of a US individual or person; the last two mirror the full-number values (inferred). */
export const testSsnLast4 = {
  verifies: '0000',
  verifiesImmediately: '2222',
  /** Identity mismatch: the full SSN becomes due. */
  fails: '1111',
} as const;

/** `company.tax_id`; test mode accepts any other number. */
export const testCompanyTaxIds = {
  verifies: '000000000',
  verifiesAsNonProfit: '000000001',
  verifiesImmediately: '222222222',
  /** Fails: the tax id does not match the company name. */
  mismatch: '111111111',
  /** Fails: the tax id was never issued. */
  notIssued: '111111112',
} as const;

/** `business_profile.url`; any other site verifies. */
export const testWebsites = {
  verifies: 'https://accessible.stripe.com',
  /** Refused at once: a denylisted site. */
  denylisted: 'https://disallowed.stripe.com',
  /** Verifies, but the capabilities pause (`paused.inactivity`). */
  inactive: 'https://inactivity.stripe.com',
  /** Sites that fail the website review, with the requirement error each brings. */
  fails: {
    geoblocked: { url: 'https://geoblocked.stripe.com', code: 'invalid_url_website_inaccessible_geoblocked' },
    problem: { url: 'https://problem.stripe.com', code: 'invalid_url_website_other' },
    missing: { url: 'https://missing.stripe.com', code: 'invalid_url_website_incomplete' },
    mismatch: {
      url: 'https://mismatch.stripe.com',
      code: 'invalid_url_website_business_information_mismatch',
    },
    passwordProtected: {
      url: 'https://passwordprotected.stripe.com',
      code: 'invalid_url_website_inaccessible_password_protected',
    },
    underConstruction: {
      url: 'https://underconstruction.stripe.com',
      code: 'invalid_url_website_incomplete_under_construction',
    },
    inaccessible: { url: 'https://inaccessible.stripe.com', code: 'invalid_url_website_inaccessible' },
  },
} as const;

/** The phone number that passes phone validation in every country, for accounts and persons alike. */
export const testPhoneNumber = '0000000000';

/** Test uploads (`file_…` ids) for a verification document; they win over failing test id numbers. */
export const testDocumentFiles = {
  verifies: 'file_identity_document_success',
  /** Fails with `verification_document_failed_test_mode`. */
  fails: 'file_identity_document_failure',
} as const;

/**
 * Endings of Stripe's failing test account numbers, in every country: the US
 * and Canadian numbers are `000` followed by these, Australia's are these
 * alone. A number ending otherwise verifies, `000888888883` (only instant
 * payouts fail) included.
 */
export const testPayoutFailureEndings: ReadonlyArray<{
  readonly ending: string;
  readonly payout_failure_code: TestPayoutFailureCode;
}> = [
  { ending: '111111116', payout_failure_code: 'no_account' },
  { ending: '111111113', payout_failure_code: 'account_closed' },
  { ending: '222222227', payout_failure_code: 'insufficient_funds' },
  { ending: '333333335', payout_failure_code: 'debit_not_authorized' },
  { ending: '444444440', payout_failure_code: 'invalid_currency' },
];

/** The failing accounts of a country whose test numbers are `prefix` and a failure ending. */
function failingAccounts(routingNumber: string, prefix: string): FailingTestBankAccount[] {
  return testPayoutFailureEndings.map(({ ending, payout_failure_code }) => ({
    routing_number: routingNumber,
    account_number: `${prefix}${ending}`,
    payout_failure_code,
  }));
}

/** A SEPA country's test account: Stripe's test IBAN table lists none that fails. */
const sepa = <Iban extends string>(iban: Iban) => ({ verifies: { iban }, fails: [] }) as const;

/**
 * Each country's test payout accounts (reference §6; GB, JP, SG, NZ and MX
 * from community fixtures that passed Stripe's test mode, IN and BR
 * inferred). Routing numbers are written as people write them (`11000-000`);
 * the session server takes them with or without the separator.
 *
 * @example testBankAccounts.US.verifies // { routing_number: '110000000', account_number: '000123456789' }
 */
export const testBankAccounts = {
  US: {
    verifies: { routing_number: '110000000', account_number: '000123456789' },
    fails: /* @__PURE__ */ failingAccounts('110000000', '000'),
  },
  CA: {
    verifies: { routing_number: '11000-000', account_number: '000123456789' },
    fails: /* @__PURE__ */ failingAccounts('11000-000', '000'),
  },
  GB: { verifies: { routing_number: '108800', account_number: '00012345' }, fails: [] },
  IE: /* @__PURE__ */ sepa('IE29AIBK93115212345678'),
  DE: /* @__PURE__ */ sepa('DE89370400440532013000'),
  FR: /* @__PURE__ */ sepa('FR1420041010050500013M02606'),
  NL: /* @__PURE__ */ sepa('NL39RABO0300065264'),
  ES: /* @__PURE__ */ sepa('ES0700120345030000067890'),
  IT: /* @__PURE__ */ sepa('IT60X0542811101000000123456'),
  AU: {
    verifies: { routing_number: '110000', account_number: '000123456' },
    fails: /* @__PURE__ */ failingAccounts('110000', ''),
  },
  NZ: { verifies: { routing_number: '110000', account_number: '0000000010' }, fails: [] },
  JP: { verifies: { routing_number: '1100-000', account_number: '0001234' }, fails: [] },
  SG: { verifies: { routing_number: '1100-000', account_number: '000123456' }, fails: [] },
  BR: { verifies: { routing_number: '110-0000', account_number: '000123456789' }, fails: [] },
  MX: {
    verifies: { account_number: '000000001234567897' },
    // Stripe does not say why this CLABE fails; `no_account` is our reading.
    fails: [{ account_number: '000000111111111117', payout_failure_code: 'no_account' }],
  },
  IN: { verifies: { routing_number: 'HDFC0000261', account_number: '000123456789' }, fails: [] },
} as const satisfies Record<TestModeCountry, CountryTestBankAccounts>;

/**
 * A US individual's whole onboarding in wire form (`POST /v1/embedded/submissions`
 * `values`), every value one that verifies: submitted at once, the account can
 * charge and pay out once its checks settle.
 */
export const testUsIndividualValues = {
  'business_profile.mcc': '5734',
  'business_profile.url': testWebsites.verifies,
  'settings.payments.statement_descriptor': 'JENNY ROSEN ART',
  'individual.first_name': 'Jenny',
  'individual.last_name': 'Rosen',
  'individual.email': 'jenny.rosen@example.com',
  'individual.phone': testPhoneNumber,
  'individual.dob': testDatesOfBirth.verifies,
  'individual.address': {
    line1: testAddressLine1.verifies,
    city: 'Austin',
    state: 'TX',
    postal_code: '78701',
  },
  'individual.ssn_last_4': testSsnLast4.verifies,
  external_account: testBankAccounts.US.verifies,
  tos_acceptance: true,
} as const;
