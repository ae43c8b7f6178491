import {
  collectModes,
  type FieldSpec,
  isFieldVisible,
  type RequirementsDocument,
  requirementsDocumentSchema,
  type Step,
  validateSubmission,
} from '@onboardkit/schema';
import { describe, expect, it } from 'vitest';
import { type AccountState, businessTypes, supportedCountries } from '../account-state.js';
import { applySubmission } from '../apply-submission.js';
import { supportedLocales } from '../locales/translate.js';
import {
  created,
  hour,
  newAccount,
  person,
  submissionContext,
  usIndividualTestValues,
} from '../test-accounts.fixture.js';
import { buildRequirementsDocument, type DocumentOptions } from './build-requirements-document.js';

const now = created + hour;
const options: DocumentOptions = {
  locale: 'en',
  collect: 'currently_due',
  futureRequirements: 'omit',
  now,
  version: 7,
};

function fieldsOf(document: RequirementsDocument): FieldSpec[] {
  return document.steps.flatMap((step: Step) => step.fields);
}

function field(document: RequirementsDocument, key: string): FieldSpec {
  const found = fieldsOf(document).find((candidate) => candidate.key === key);
  if (!found) throw new Error(`no field ${key} in ${fieldsOf(document).map((spec) => spec.key)}`);
  return found;
}

describe('every country × business type × collect mode × locale', () => {
  it('builds a document the schema accepts, with labels and steps', () => {
    let built = 0;
    for (const country of supportedCountries) {
      for (const type of [...businessTypes, null]) {
        for (const collect of collectModes) {
          for (const locale of supportedLocales) {
            const document = buildRequirementsDocument(newAccount(country, type), {
              ...options,
              collect,
              locale,
              futureRequirements: collect === 'eventually_due' ? 'include' : 'omit',
            });
            expect(
              () => requirementsDocumentSchema.parse(document),
              `${country} ${type} ${collect} ${locale}`,
            ).not.toThrow();
            expect(document.steps.length).toBeGreaterThan(0);
            for (const spec of fieldsOf(document)) expect(spec.label.trim(), spec.key).not.toBe('');
            built += 1;
          }
        }
      }
    }
    expect(built).toBe(16 * 4 * 2 * 5);
  });
});

describe('given a new US individual', () => {
  const document = buildRequirementsDocument(newAccount('US', 'individual'), options);

  it('orders its steps from the business to the terms', () => {
    expect(document.steps.map((step: Step) => step.id)).toEqual(['business', 'personal', 'payouts', 'terms']);
    expect(document).toMatchObject({
      object: 'requirements_document',
      account: 'acct_test',
      version: 7,
      locale: 'en',
    });
  });

  it('asks the fields of the fixture, with Stripe’s test values allowed', () => {
    expect(field(document, 'individual.dob')).toMatchObject({
      type: 'date',
      required: true,
      status: 'past_due',
      constraints: { minAge: 13, maxAge: 120, allowValues: ['1900-01-01', '1901-01-01', '1902-01-01'] },
    });
    expect(field(document, 'individual.ssn_last_4')).toMatchObject({
      type: 'id_number',
      sensitive: true,
      constraints: { format: 'us_ssn_last_4', allowValues: ['0000'] },
    });
    expect(field(document, 'individual.phone')).toMatchObject({
      country: 'US',
      constraints: { allowValues: ['0000000000'] },
    });
    expect(field(document, 'individual.address').address).toMatchObject({
      country: 'US',
      parts: {
        line1: 'required',
        line2: 'optional',
        city: 'required',
        state: 'required',
        postal_code: 'required',
      },
    });
    expect(field(document, 'settings.payments.statement_descriptor').constraints).toMatchObject({
      minLength: 5,
      maxLength: 22,
    });
    expect(field(document, 'business_profile.url').type).toBe('url');
    expect(field(document, 'business_profile.mcc').constraints?.options).toHaveLength(289);
    expect(field(document, 'tos_acceptance')).toMatchObject({
      type: 'tos',
      tos: { serviceAgreement: 'full' },
    });
  });

  it('collects the full SSN only when collecting eventually due requirements', () => {
    expect(fieldsOf(document).some((spec) => spec.key === 'individual.id_number')).toBe(false);
    const eventually = buildRequirementsDocument(newAccount('US', 'individual'), {
      ...options,
      collect: 'eventually_due',
    });
    expect(field(eventually, 'individual.id_number')).toMatchObject({
      required: false,
      status: 'eventually_due',
      sensitive: true,
      constraints: { format: 'us_ssn', allowValues: ['000000000', '111111111', '222222222'] },
    });
  });

  it('collects it as a future requirement when asked to', () => {
    const future = buildRequirementsDocument(newAccount('US', 'individual'), {
      ...options,
      futureRequirements: 'include',
    });
    expect(field(future, 'individual.id_number').status).toBe('eventually_due');
    expect(future.future_requirements?.currently_due).toEqual(['individual.id_number']);
  });
});

describe('given a US individual who has answered', () => {
  const { state } = applySubmission(
    newAccount('US', 'individual'),
    usIndividualTestValues,
    submissionContext(now),
  );
  const document = buildRequirementsDocument(state, options);

  it('shows values of plain fields, masks of sensitive ones, and where each check stands', () => {
    expect(field(document, 'individual.first_name')).toMatchObject({ value: 'Jenny', status: 'provided' });
    expect(field(document, 'individual.dob')).toMatchObject({
      value: '1901-01-01',
      status: 'pending_verification',
    });
    expect(field(document, 'external_account')).toMatchObject({ mask: { provided: true, last4: '6789' } });
    expect(field(document, 'external_account').value).toBeUndefined();
    expect(field(document, 'individual.ssn_last_4').mask).toEqual({ provided: true });
    expect(JSON.stringify(document)).not.toContain('000123456789');
  });

  it('accepts a submission that leaves held sensitive values blank', () => {
    const verdict = validateSubmission(document, {
      'individual.ssn_last_4': '',
      'individual.first_name': 'Jen',
    });
    expect(verdict).toEqual({ ok: true, errors: [] });
  });
});

describe('given a US company with one owner at 60%', () => {
  const state: AccountState = {
    ...newAccount('US', 'company'),
    persons: [
      person(
        'person_rep',
        { representative: true, executive: true, title: 'CEO' },
        { first_name: 'Jenny' },
        { ssn_last_4: {} },
      ),
      person('person_own', { owner: true, percent_ownership: 60 }, { first_name: 'Kai' }),
    ],
  };
  const document = buildRequirementsDocument(state, options);

  it('asks for the people in person lists, the representative as an adult', () => {
    expect(document.steps.map((step: Step) => step.id)).toEqual([
      'business',
      'company',
      'persons',
      'payouts',
      'terms',
    ]);
    const representative = field(document, 'representative');
    expect(representative).toMatchObject({
      type: 'person_list',
      required: true,
      constraints: { maxItems: 1 },
    });
    const dob = representative.personList?.fields.find((spec) => spec.key === 'dob');
    expect(dob?.constraints).toMatchObject({ minAge: 18 });
    expect(representative.value).toEqual([
      {
        id: 'person_rep',
        values: { first_name: 'Jenny', 'relationship.title': 'CEO', 'relationship.executive': true },
        masks: { ssn_last_4: { provided: true } },
      },
    ]);
  });

  it('gives the owners list its threshold and the attestation beside it', () => {
    const owners = field(document, 'owners');
    expect(owners.personList).toMatchObject({ role: 'owner', ownershipThreshold: 25 });
    expect(owners.help).toBe('Everyone who owns 25% or more of the business.');
    expect(owners.personList?.fields.map((spec) => `${spec.key}${spec.required ? '*' : ''}`)).toEqual([
      'first_name*',
      'last_name*',
      'email*',
      'relationship.title',
      'relationship.percent_ownership',
    ]);
    expect(owners.value).toEqual([
      { id: 'person_own', values: { first_name: 'Kai', 'relationship.percent_ownership': 60 } },
    ]);
    expect(field(document, 'company.owners_provided')).toMatchObject({
      type: 'boolean',
      constraints: { mustBeTrue: true },
      status: 'past_due',
    });
    expect(field(document, 'company.tax_id')).toMatchObject({
      sensitive: true,
      constraints: {
        format: 'us_ein',
        allowValues: ['000000000', '000000001', '111111111', '111111112', '222222222'],
      },
    });
  });

  it('adds the owners’ threshold fields when collecting eventually due requirements', () => {
    const eventually = buildRequirementsDocument(state, { ...options, collect: 'eventually_due' });
    const keys = field(eventually, 'owners').personList?.fields.map((spec) => spec.key);
    expect(keys).toEqual(expect.arrayContaining(['dob', 'address', 'phone', 'ssn_last_4']));
  });
});

describe('given an account without a business type', () => {
  const document = buildRequirementsDocument(newAccount('GB', null), options);

  it('includes the fields of every type, each shown only for its own', () => {
    expect(field(document, 'business_type')).toMatchObject({ status: 'past_due', required: true });
    expect(field(document, 'business_type').value).toBeUndefined();
    const name = field(document, 'individual.first_name');
    expect(name.visibleWhen).toEqual([{ field: 'business_type', operator: 'equals', value: 'individual' }]);
    expect(isFieldVisible(name, { business_type: 'company' })).toBe(false);
    expect(field(document, 'company.name').visibleWhen).toEqual([
      { field: 'business_type', operator: 'in', value: ['company', 'non_profit'] },
    ]);
    expect(field(document, 'external_account').visibleWhen).toBeUndefined();
  });
});

describe('localized', () => {
  it('in French, labels, options, steps and error reasons', () => {
    const failed: AccountState = {
      ...newAccount('US', 'individual'),
      sensitive: { 'individual.id_number': { last4: '1111' } },
      verifications: {
        'individual.id_number': {
          status: 'failed',
          decided_at: now,
          code: 'verification_failed_keyed_identity',
          relist: ['individual.id_number'],
          requires: ['individual.verification.document'],
          resolved_by: ['individual.verification.document'],
          blocks: ['activation'],
        },
      },
    };
    const document = buildRequirementsDocument(failed, { ...options, locale: 'fr-CA' });
    expect(document.locale).toBe('fr');
    expect(document.steps[0]?.title).toBe('Votre activité');
    expect(field(document, 'business_type').constraints?.options?.[1]).toEqual({
      value: 'company',
      label: 'Société',
    });
    expect(field(document, 'individual.id_number').errors?.[0]?.reason).toMatch(
      /^Les informations d’identité/,
    );
    expect(document.requirements.errors[0]?.reason).toMatch(/^Les informations d’identité/);
    expect(field(document, 'individual.verification.document')).toMatchObject({
      type: 'file',
      status: 'past_due',
    });
  });

  it('in Japanese, MCC options sorted in Japanese order', () => {
    const document = buildRequirementsDocument(newAccount('JP', 'individual'), { ...options, locale: 'ja' });
    const options_ = field(document, 'business_profile.mcc').constraints?.options ?? [];
    expect(options_.find((option) => option.value === '5734')?.label).toBe('ソフトウェア販売店');
    const labels = options_.map((option) => option.label);
    expect(labels).toEqual([...labels].sort(new Intl.Collator('ja').compare));
  });

  it('falls back to English for a locale without a catalog', () => {
    const document = buildRequirementsDocument(newAccount('BR', 'individual'), {
      ...options,
      locale: 'pt-BR',
    });
    expect(document.locale).toBe('en');
    expect(field(document, 'individual.id_number').label).toBe('CPF');
    expect(field(document, 'individual.political_exposure').constraints?.options).toEqual([
      { value: 'none', label: 'No' },
      { value: 'existing', label: 'Yes' },
    ]);
  });
});
