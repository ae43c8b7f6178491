import { type FieldSpec, type RequirementsDocument, type Step, validateSubmission } from '@onboardkit/schema';
import { describe, expect, it } from 'vitest';
import { settleDueVerifications } from '../../verification/settle-verifications.js';
import type { AccountState, SupportedCountry } from '../account-state.js';
import { applySubmission } from '../apply-submission.js';
import { created, hour, newAccount, person, submissionContext } from '../test-accounts.fixture.js';
import { buildRequirementsDocument, type DocumentOptions } from './build-requirements-document.js';

// What each country's document asks in its own way: bank accounts, tax ids,
// kana and kanji, ownership thresholds.

const now = created + hour;
const options: DocumentOptions = {
  locale: 'en',
  collect: 'currently_due',
  futureRequirements: 'omit',
  now,
  version: 1,
};

function field(document: RequirementsDocument, key: string): FieldSpec {
  const found = document.steps
    .flatMap((step: Step) => step.fields)
    .find((candidate) => candidate.key === key);
  if (!found) throw new Error(`no field ${key}`);
  return found;
}

describe('bank accounts', () => {
  const bankAccountOf = (country: SupportedCountry) =>
    field(buildRequirementsDocument(newAccount(country, 'individual'), options), 'external_account')
      .bankAccount;

  it.each([
    [
      'US',
      {
        scheme: 'routing_and_account',
        routingFormat: 'aba_routing',
        currency: 'usd',
        routingLabel: 'Routing number',
      },
    ],
    ['GB', { scheme: 'routing_and_account', routingFormat: 'gb_sort_code', routingLabel: 'Sort code' }],
    ['AU', { scheme: 'routing_and_account', routingFormat: 'au_bsb', routingLabel: 'BSB' }],
    ['CA', { scheme: 'routing_and_account', routingPattern: '\\d{5}-?\\d{3}' }],
    ['MX', { scheme: 'account', accountFormat: 'mx_clabe', accountLabel: 'CLABE' }],
    ['NZ', { scheme: 'routing_and_account', combinedFormat: 'nz_bank_account' }],
    ['JP', { scheme: 'routing_and_account', routingPattern: '\\d{4}-?\\d{3}', currency: 'jpy' }],
    ['SG', { scheme: 'routing_and_account', routingPattern: '\\d{4}-?\\d{3}' }],
    ['IN', { scheme: 'routing_and_account', routingFormat: 'in_ifsc' }],
    ['DE', { scheme: 'iban', currency: 'eur', accountLabel: 'IBAN' }],
    ['FR', { scheme: 'iban' }],
    ['IE', { scheme: 'iban' }],
    ['NL', { scheme: 'iban' }],
    ['ES', { scheme: 'iban' }],
    ['IT', { scheme: 'iban' }],
  ] as const)('in %s take the local shape', (country, expected) => {
    expect(bankAccountOf(country)).toMatchObject({ country, ...expected });
  });

  it.each([
    ['US', { routing_number: '110000000', account_number: '000123456789' }],
    ['CA', { routing_number: '11000-000', account_number: '000123456789' }],
    ['GB', { routing_number: '108800', account_number: '00012345' }],
    ['AU', { routing_number: '110000', account_number: '000123456' }],
    ['NZ', { routing_number: '110000', account_number: '0000000010' }],
    ['JP', { routing_number: '1100000', account_number: '0001234' }],
    ['SG', { routing_number: '1100-000', account_number: '000123456' }],
    ['MX', { account_number: '000000001234567897' }],
    ['IN', { routing_number: 'HDFC0000261', account_number: '000123456789' }],
    ['DE', { iban: 'DE89370400440532013000' }],
  ] as const)('in %s accept Stripe’s test account', (country, value) => {
    const document = buildRequirementsDocument(newAccount(country, 'individual'), options);
    expect(validateSubmission(document, { external_account: value })).toEqual({ ok: true, errors: [] });
  });
});

describe('company tax ids', () => {
  it.each([
    ['US', 'us_ein'],
    ['GB', 'gb_company_number'],
    ['AU', 'au_abn'],
    ['FR', 'fr_siren'],
    ['JP', 'jp_corporate_number'],
    ['SG', 'sg_uen'],
    ['BR', 'br_cnpj'],
    ['MX', 'mx_rfc'],
  ] as const)('in %s are checked as %s, with the test values allowed', (country, format) => {
    const document = buildRequirementsDocument(newAccount(country, 'company'), options);
    expect(field(document, 'company.tax_id').constraints).toMatchObject({ format });
    expect(validateSubmission(document, { 'company.tax_id': '111111112' }).ok).toBe(true);
  });

  it('in India are a PAN and a registration number', () => {
    const document = buildRequirementsDocument(newAccount('IN', 'company'), options);
    expect(field(document, 'company.pan').constraints).toMatchObject({ format: 'in_pan' });
    expect(field(document, 'company.registration_number').label).toBe(
      'Corporate Identification Number (CIN) or LLPIN',
    );
  });
});

describe('given a US company whose tax id was not issued', () => {
  it('asks for the tax id again and a company document, with the reason', () => {
    const { state } = applySubmission(
      newAccount('US', 'company'),
      { 'company.tax_id': '111111112' },
      submissionContext(now),
    );
    const settled = {
      ...state,
      verifications: settleDueVerifications(state.verifications, now + 10).results,
    };
    const document = buildRequirementsDocument(settled, options);
    expect(field(document, 'company.tax_id')).toMatchObject({
      status: 'past_due',
      mask: { provided: true, last4: '1112' },
      errors: [
        { code: 'verification_failed_tax_id_not_issued', reason: expect.stringContaining('not recognized') },
      ],
    });
    expect(field(document, 'company.verification.document')).toMatchObject({ type: 'file', required: true });
  });
});

describe('given a Japanese company', () => {
  it('asks names and addresses in kana and kanji, towns included', () => {
    const document = buildRequirementsDocument(newAccount('JP', 'company'), options);
    expect(field(document, 'company.name_kana').type).toBe('text');
    expect(field(document, 'company.address_kanji').address?.parts).toMatchObject({ town: 'required' });
    const directors = field(document, 'directors').personList?.fields.map((spec) => spec.key);
    expect(directors).toEqual(expect.arrayContaining(['first_name_kana', 'last_name_kanji', 'dob']));
  });
});

describe('given a Singapore company', () => {
  it('explains its two-level ownership threshold, dropping to 10% when nobody passes 25%', () => {
    const state: AccountState = {
      ...newAccount('SG', 'company'),
      persons: [person('person_a', { owner: true, percent_ownership: 15 })],
    };
    const owners = field(buildRequirementsDocument(state, options), 'owners');
    expect(owners.help).toContain('more than 10%');
    expect(owners.personList?.ownershipThreshold).toBe(10);
  });
});
