import type { LabelledValues } from './fill-by-label.js';
import {
  testAddressLine1,
  testBankAccounts,
  testCompanyTaxIds,
  testDatesOfBirth,
  testSsnLast4,
  testWebsites,
} from './test-mode-values.js';

// Test-mode values the session server's simulated verifier accepts
// (@onboardkit/schema's test-mode values, as Stripe's test mode): date of
// birth, address line 1, id numbers and tax ids, website and each country's
// test bank account that verify. Labels are the session server's English ones
// (packages/server-session/src/requirements/locales/en.ts) and the components'
// words for the parts of a field.

/** One step of the onboarding: its title, the people to add to its lists, then its other fields. */
export interface StepAnswers {
  title: string;
  /** Persons to add, by the list's label (Representative, Owners, Directors, Executives). */
  persons?: Record<string, LabelledValues[]>;
  values: LabelledValues;
}

/** Who the seller is at /start, and what they answer on each step of the onboarding. */
export interface SellerAnswers {
  /** ISO code, the value of the demo's Country select. */
  country: string;
  /** The label of the demo's Business type radio. */
  businessType: 'Individual' | 'Company' | 'Non-profit';
  steps: StepAnswers[];
}

export const acceptTerms: StepAnswers = {
  title: 'Terms of service',
  values: { 'I accept the services agreement.': true },
};

const verifiedWebsite = testWebsites.verifies;
const verifiedDateOfBirth = testDatesOfBirth.verifies;
const verifiedAddressLine1 = testAddressLine1.verifies;
const executiveAttestation =
  'This person is an executive with significant responsibility for managing the business.';

const austin: LabelledValues = {
  'Address line 1': verifiedAddressLine1,
  City: 'Austin',
  'State or province': 'TX',
  'Postal code': '78701',
};

const usBankAccount: LabelledValues = {
  'Bank account': {
    'Routing number': testBankAccounts.US.verifies.routing_number,
    'Account number': testBankAccounts.US.verifies.account_number,
  },
};

export const usIndividualPersonalDetails: LabelledValues = {
  'First name': 'Jenny',
  'Last name': 'Rosen',
  Email: 'jenny.rosen@example.com',
  'Phone number': '415 555 2671',
  'Date of birth': verifiedDateOfBirth,
  'Home address': austin,
  'Last 4 digits of Social Security number': testSsnLast4.verifies,
};

export const usIndividual: SellerAnswers = {
  country: 'US',
  businessType: 'Individual',
  steps: [
    {
      title: 'Your business',
      values: {
        Industry: '5734',
        'Business website': verifiedWebsite,
        'Statement descriptor': 'JENNY ROSEN ART',
      },
    },
    { title: 'Personal details', values: usIndividualPersonalDetails },
    { title: 'Payouts', values: usBankAccount },
    acceptTerms,
  ],
};

export const usCompany: SellerAnswers = {
  country: 'US',
  businessType: 'Company',
  steps: [
    {
      title: 'Your business',
      values: {
        Industry: '5734',
        'Business website': verifiedWebsite,
        'Statement descriptor': 'ROCKET RIDES',
      },
    },
    {
      title: 'Company details',
      values: {
        'Legal business name': 'Rocket Rides',
        'Employer Identification Number (EIN)': testCompanyTaxIds.verifies,
        'Business phone number': '415 555 2671',
        'Registered business address': austin,
      },
    },
    {
      title: 'People',
      persons: {
        Representative: [
          {
            'First name': 'Jenny',
            'Last name': 'Rosen',
            Email: 'jenny@rocketrides.example',
            'Phone number': '415 555 2672',
            'Date of birth': verifiedDateOfBirth,
            'Home address': austin,
            'Job title': 'CEO',
            [executiveAttestation]: true,
            'Last 4 digits of Social Security number': testSsnLast4.verifies,
          },
        ],
        Owners: [
          {
            'First name': 'Kai',
            'Last name': 'Tanaka',
            Email: 'kai@rocketrides.example',
            'Ownership (%)': '50',
          },
          {
            'First name': 'Ana',
            'Last name': 'Silva',
            Email: 'ana@rocketrides.example',
            'Ownership (%)': '30',
          },
        ],
      },
      values: { 'I confirm that every owner is listed.': true },
    },
    { title: 'Payouts', values: usBankAccount },
    acceptTerms,
  ],
};

const london: LabelledValues = {
  'Address line 1': verifiedAddressLine1,
  City: 'London',
  'Postal code': 'EC1A 1BB',
};

export const gbCompany: SellerAnswers = {
  country: 'GB',
  businessType: 'Company',
  steps: [
    { title: 'Your business', values: { Industry: '5734', 'Business website': verifiedWebsite } },
    {
      title: 'Company details',
      values: {
        'Legal business name': 'Thames Goods Ltd',
        'Company registration number (CRN)': testCompanyTaxIds.verifies,
        'Business phone number': '020 7946 0958',
        'Registered business address': london,
      },
    },
    {
      title: 'People',
      persons: {
        Representative: [
          {
            'First name': 'Olivia',
            'Last name': 'Smith',
            Email: 'olivia@thamesgoods.example',
            'Phone number': '020 7946 0959',
            'Date of birth': verifiedDateOfBirth,
            'Home address': london,
            'Job title': 'Managing director',
            [executiveAttestation]: true,
          },
        ],
        Owners: [
          {
            'First name': 'Olivia',
            'Last name': 'Smith',
            Email: 'olivia@thamesgoods.example',
            'Date of birth': verifiedDateOfBirth,
            'Home address': london,
            'Ownership (%)': '100',
          },
        ],
        Directors: [
          {
            'First name': 'Olivia',
            'Last name': 'Smith',
            Email: 'olivia@thamesgoods.example',
            'Date of birth': verifiedDateOfBirth,
            'Job title': 'Director',
          },
        ],
      },
      values: {
        'I confirm that every owner is listed.': true,
        'I confirm that every director is listed.': true,
        'I confirm that every executive is listed.': true,
      },
    },
    {
      title: 'Payouts',
      values: {
        'Bank account': {
          'Sort code': testBankAccounts.GB.verifies.routing_number,
          'Account number': testBankAccounts.GB.verifies.account_number,
        },
      },
    },
    acceptTerms,
  ],
};

export const deIndividual: SellerAnswers = {
  country: 'DE',
  businessType: 'Individual',
  steps: [
    { title: 'Your business', values: { Industry: '5734', 'Business website': verifiedWebsite } },
    {
      title: 'Personal details',
      values: {
        'First name': 'Lena',
        'Last name': 'Schmidt',
        Email: 'lena.schmidt@example.com',
        'Phone number': '030 901820',
        'Date of birth': verifiedDateOfBirth,
        'Home address': { 'Address line 1': verifiedAddressLine1, City: 'Berlin', 'Postal code': '10115' },
      },
    },
    // Stripe's SEPA test IBAN for Germany.
    { title: 'Payouts', values: { 'Bank account': { IBAN: testBankAccounts.DE.verifies.iban } } },
    acceptTerms,
  ],
};

export const jpIndividual: SellerAnswers = {
  country: 'JP',
  businessType: 'Individual',
  steps: [
    {
      title: 'Your business',
      values: {
        Industry: '5734',
        'Business website': verifiedWebsite,
        'Product description': 'Handmade ceramics and tableware, shipped within Japan.',
      },
    },
    {
      title: 'Personal details',
      values: {
        'First name (kana)': 'ﾊﾅｺ',
        'Last name (kana)': 'ﾔﾏﾀﾞ',
        'First name (kanji)': '花子',
        'Last name (kanji)': '山田',
        Email: 'hanako.yamada@example.com',
        'Phone number': '03-1234-5678',
        'Date of birth': verifiedDateOfBirth,
        'Home address (kana)': {
          'Postal code': '1500001',
          'State or province': 'ﾄｳｷﾖｳﾄ',
          City: 'ｼﾌﾞﾔｸ',
          Town: 'ｼﾞﾝｸﾞｳﾏｴ 3-',
          'Address line 1': verifiedAddressLine1,
        },
        'Home address (kanji)': {
          'Postal code': '1500001',
          'State or province': '東京都',
          City: '渋谷区',
          Town: '神宮前 3-',
          'Address line 1': verifiedAddressLine1,
        },
      },
    },
    {
      title: 'Payouts',
      values: {
        'Bank account': {
          'Bank code and branch code': testBankAccounts.JP.verifies.routing_number,
          'Account number': testBankAccounts.JP.verifies.account_number,
        },
      },
    },
    acceptTerms,
  ],
};
