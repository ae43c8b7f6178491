import {
  testAddressLine1,
  testBankAccounts,
  testDatesOfBirth,
  testSsnLast4,
  testWebsites,
} from '@onboardkit/schema';
import { createTestAccount, type TestAccount } from './test-session.js';

/**
 * Accounts the component tests start from, made on the real session server
 * with the verifier's test values (@onboardkit/schema's `testDatesOfBirth`,
 * `testBankAccounts`… verify; others fail on purpose).
 */

/** The first step of a US individual, as the platform prefills it. */
export const usBusinessValues = {
  'business_profile.mcc': '5734',
  'business_profile.url': testWebsites.verifies,
  'settings.payments.statement_descriptor': 'JENNY ROSEN',
};

/** The personal step of a US individual, as the server stores it. */
export const usPersonalValues = {
  'individual.first_name': 'Jenny',
  'individual.last_name': 'Rosen',
  'individual.email': 'jenny@example.com',
  'individual.phone': '+14155552671',
  'individual.dob': testDatesOfBirth.verifies,
  'individual.address': { line1: '1 Market St', city: 'San Francisco', state: 'CA', postal_code: '94107' },
  'individual.ssn_last_4': testSsnLast4.verifies,
};

export const usBankAccount = {
  country: 'US',
  currency: 'usd',
  ...testBankAccounts.US.verifies,
};

/** A US individual whose platform prefilled the business step: onboarding resumes at the personal one. */
export function returningUsIndividual(prefill: Record<string, unknown> = {}): Promise<TestAccount> {
  return createTestAccount({
    country: 'US',
    business_type: 'individual',
    prefill: { ...usBusinessValues, ...prefill },
  });
}

/** A US individual who gave everything on an earlier visit, the terms accepted too. */
export async function completedUsIndividual(): Promise<TestAccount> {
  const account = await returningUsIndividual(usPersonalValues);
  await account.submit({ external_account: usBankAccount, tos_acceptance: true });
  return account;
}

/** The first two steps of a German company, as the platform prefills them: onboarding resumes at People. */
export const deCompanyValues = {
  'business_profile.mcc': '5734',
  'business_profile.url': testWebsites.verifies,
  'company.name': 'Beispiel GmbH',
  'company.tax_id': 'HRB 12345',
  'company.phone': '+493012345678',
  'company.address': { line1: 'Unter den Linden 1', city: 'Berlin', postal_code: '10117' },
};

export function deCompany(prefill: Record<string, unknown> = {}): Promise<TestAccount> {
  return createTestAccount({
    country: 'DE',
    business_type: 'company',
    prefill: { ...deCompanyValues, ...prefill },
  });
}

/** The owners of the German company: Anna (60%) and Ben (40%). */
export const deOwners = [
  { first_name: 'Anna', last_name: 'Schmidt', percent: 60 },
  { first_name: 'Ben', last_name: 'Weber', percent: 40 },
].map(({ first_name, last_name, percent }) => ({
  values: {
    first_name,
    last_name,
    email: `${first_name.toLowerCase()}@example.com`,
    dob: testDatesOfBirth.verifies,
    address: { line1: testAddressLine1.verifies, city: 'Berlin', postal_code: '10117' },
    'relationship.percent_ownership': percent,
  },
}));

/** The German company's representative: Clara, its managing director (an executive, not an owner). */
export const deRepresentative = {
  values: {
    first_name: 'Clara',
    last_name: 'Richter',
    email: 'clara@example.com',
    phone: '+493012345678',
    dob: testDatesOfBirth.verifies,
    address: { line1: testAddressLine1.verifies, city: 'Berlin', postal_code: '10117' },
    'relationship.title': 'Geschäftsführerin',
    'relationship.executive': true,
  },
};

/** The German company's People step given but for its owners: onboarding asks for them there. */
export const dePeopleBesideOwners = {
  representative: [deRepresentative],
  'company.directors_provided': true,
  'company.executives_provided': true,
};

/** The German company with its people listed and an IBAN held: what account management shows. */
export async function deCompanyWithOwners(): Promise<TestAccount> {
  const account = await deCompany({
    ...dePeopleBesideOwners,
    owners: deOwners,
    'company.owners_provided': true,
  });
  await account.submit({
    external_account: { country: 'DE', currency: 'eur', ...testBankAccounts.DE.verifies },
  });
  return account;
}

/**
 * A US individual whose SSN failed verification (`1111`), whose new home
 * address is being verified, and who still owes a bank account and the terms.
 */
export async function usIndividualNeedingAttention(): Promise<TestAccount> {
  const account = await returningUsIndividual({
    ...usPersonalValues,
    'individual.ssn_last_4': testSsnLast4.fails,
  });
  await account.settleVerifications();
  await account.submit({
    'individual.address': {
      line1: testAddressLine1.verifies,
      city: 'Austin',
      state: 'TX',
      postal_code: '78701',
    },
  });
  return account;
}

/** A US individual who gave everything, verified, 25 days on: the full SSN is due within days. */
export async function usIndividualWithDeadline(): Promise<TestAccount> {
  const account = await completedUsIndividual();
  await account.settleVerifications();
  await account.advanceDeadlines(25);
  return account;
}

/**
 * The date of birth of someone thirteen today (UTC, as the schema counts
 * ages): old enough for the browser, not yet for the session server, whose
 * clock the global setup keeps a day behind.
 */
export function thirteenthBirthdayToday(): string {
  const today = new Date();
  const month = String(today.getUTCMonth() + 1).padStart(2, '0');
  const day = String(today.getUTCDate()).padStart(2, '0');
  return `${today.getUTCFullYear() - 13}-${month}-${day}`;
}

/** The German company whose tax id failed its check (`111111111`): the server now asks for a document. */
export async function deCompanyOwingADocument(): Promise<TestAccount> {
  const account = await deCompany({
    ...dePeopleBesideOwners,
    owners: deOwners,
    'company.owners_provided': true,
    'company.tax_id': '111111111',
  });
  await account.settleVerifications();
  return account;
}
