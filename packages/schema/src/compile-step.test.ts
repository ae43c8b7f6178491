import { describe, expect, it } from 'vitest';
import { compileStep } from './compile-step.js';
import type { FieldSpec } from './field-spec.js';
import { usIndividualDocument } from './requirements-document.fixture.js';

const now = () => new Date('2026-06-15T12:00:00Z');

function issuesOf(fields: FieldSpec[], values: Record<string, unknown>, country = 'US') {
  const result = compileStep({ fields }, { country, now }).safeParse(values);
  if (result.success) return [];
  return result.error.issues.map((issue) => ({
    param: issue.path.join('.'),
    code: (issue as { params?: { code?: string } }).params?.code,
  }));
}

function stepOf(id: string) {
  const step = usIndividualDocument.steps.find((candidate) => candidate.id === id);
  if (!step) throw new Error(`fixture has no step ${id}`);
  return step;
}

describe('compileStep', () => {
  describe('given the personal step of a US individual', () => {
    const step = stepOf('personal');
    const valid = {
      'individual.first_name': 'Jenny',
      'individual.dob': '1901-01-01',
      'individual.email': 'jenny@example.com',
      'individual.phone': '+14155552671',
      'individual.address': {
        line1: 'address_full_match',
        city: 'San Francisco',
        state: 'CA',
        postal_code: '94107',
      },
    };

    it('accepts complete values and outputs exactly what to submit', () => {
      const result = compileStep(step, { country: 'US', now }).safeParse({
        ...valid,
        unrelated: 'x',
        'individual.id_number': '',
      });
      expect(result.success).toBe(true);
      expect(result.data).toEqual(valid);
    });

    it('names each missing required field with the code required', () => {
      expect(issuesOf(step.fields, {})).toEqual([
        { param: 'individual.first_name', code: 'required' },
        { param: 'individual.dob', code: 'required' },
        { param: 'individual.email', code: 'required' },
        { param: 'individual.phone', code: 'required' },
        { param: 'individual.address', code: 'required' },
      ]);
    });

    it('does not require a sensitive value the server already holds', () => {
      const ssn = step.fields.find((field) => field.key === 'individual.ssn_last_4');
      expect(ssn?.mask?.provided).toBe(true);
      expect(issuesOf(step.fields, valid)).toEqual([]);
    });

    it('refuses a person younger than the minimum age and older than the maximum', () => {
      expect(issuesOf(step.fields, { ...valid, 'individual.dob': '2015-01-01' })).toEqual([
        { param: 'individual.dob', code: 'invalid_dob_age_under_minimum' },
      ]);
      expect(issuesOf(step.fields, { ...valid, 'individual.dob': '1905-06-15' })).toEqual([
        { param: 'individual.dob', code: 'invalid_dob_age_over_maximum' },
      ]);
    });

    it('counts age to the day', () => {
      expect(issuesOf(step.fields, { ...valid, 'individual.dob': '2013-06-15' })).toEqual([]);
      expect(issuesOf(step.fields, { ...valid, 'individual.dob': '2013-06-16' })).toEqual([
        { param: 'individual.dob', code: 'invalid_dob_age_under_minimum' },
      ]);
    });

    it.each(['2001-02-29', '2001-13-01', '01/02/2001', '2001-1-1'])('refuses the date %s', (dob) => {
      expect(issuesOf(step.fields, { ...valid, 'individual.dob': dob })).toEqual([
        { param: 'individual.dob', code: 'invalid_date' },
      ]);
    });

    it('checks email and phone formats, the phone against the account country', () => {
      expect(
        issuesOf(
          step.fields,
          { ...valid, 'individual.email': 'jenny@', 'individual.phone': '+4930901820' },
          'US',
        ),
      ).toEqual([{ param: 'individual.email', code: 'invalid_format' }]);
      expect(issuesOf(step.fields, { ...valid, 'individual.phone': '415 555' })).toEqual([
        { param: 'individual.phone', code: 'invalid_format' },
      ]);
    });

    it('names the missing and invalid parts of an address', () => {
      expect(
        issuesOf(step.fields, {
          ...valid,
          'individual.address': { line1: '1 Main St', state: 'TX', postal_code: '9410' },
        }),
      ).toEqual([
        { param: 'individual.address.city', code: 'required' },
        { param: 'individual.address.postal_code', code: 'invalid_format' },
        { param: 'individual.address.state', code: 'invalid_option' },
      ]);
    });

    it('refuses values of the wrong type without throwing', () => {
      expect(
        issuesOf(step.fields, {
          ...valid,
          'individual.first_name': 42,
          'individual.address': 'Main St',
          'individual.dob': [],
        }),
      ).toEqual([
        { param: 'individual.first_name', code: 'invalid_type' },
        { param: 'individual.dob', code: 'invalid_type' },
        { param: 'individual.address', code: 'invalid_type' },
      ]);
    });

    it('accepts a test-mode magic value that the format would refuse', () => {
      expect(issuesOf(step.fields, { ...valid, 'individual.id_number': '000000000' })).toEqual([]);
      expect(issuesOf(step.fields, { ...valid, 'individual.id_number': '000000001' })).toEqual([
        { param: 'individual.id_number', code: 'invalid_format' },
      ]);
    });
  });

  describe('given conditional fields', () => {
    const step = stepOf('business');

    it('skips a hidden required field and leaves its value out of the output', () => {
      const result = compileStep(step).safeParse({
        business_type: 'individual',
        'company.name': 'Ignored Inc',
      });
      expect(result.success).toBe(true);
      expect(result.data).toEqual({ business_type: 'individual' });
    });

    it('requires the field once its condition holds', () => {
      expect(issuesOf(step.fields, { business_type: 'company' })).toEqual([
        { param: 'company.name', code: 'required' },
      ]);
    });

    it('refuses an option that is not listed', () => {
      expect(issuesOf(step.fields, { business_type: 'trust' })).toEqual([
        { param: 'business_type', code: 'invalid_option' },
      ]);
    });
  });

  describe('given the payouts step', () => {
    const step = stepOf('payouts');

    it('checks the routing number checksum and the account number pattern', () => {
      expect(
        issuesOf(step.fields, {
          external_account: { routing_number: '110000001', account_number: '12' },
          tos_acceptance: true,
        }),
      ).toEqual([
        { param: 'external_account.routing_number', code: 'invalid_format' },
        { param: 'external_account.account_number', code: 'pattern_mismatch' },
      ]);
      expect(
        issuesOf(step.fields, {
          external_account: { routing_number: '110000000', account_number: '000123456789' },
          tos_acceptance: true,
        }),
      ).toEqual([]);
    });

    it('refuses terms of service that were not accepted', () => {
      expect(
        issuesOf(step.fields, {
          external_account: { routing_number: '110000000', account_number: '000123456789' },
          tos_acceptance: false,
        }),
      ).toEqual([{ param: 'tos_acceptance', code: 'tos_not_accepted' }]);
    });
  });

  describe('given an IBAN bank account', () => {
    const fields: FieldSpec[] = [
      {
        key: 'external_account',
        type: 'bank_account',
        label: 'IBAN',
        required: true,
        bankAccount: { country: 'DE', currency: 'eur', scheme: 'iban' },
      },
    ];

    it('accepts a valid IBAN with spaces and refuses a wrong checksum', () => {
      expect(issuesOf(fields, { external_account: { iban: 'DE89 3704 0044 0532 0130 00' } }, 'DE')).toEqual(
        [],
      );
      expect(issuesOf(fields, { external_account: { iban: 'DE89370400440532013001' } }, 'DE')).toEqual([
        { param: 'external_account.iban', code: 'invalid_format' },
      ]);
      expect(issuesOf(fields, { external_account: {} }, 'DE')).toEqual([
        { param: 'external_account.iban', code: 'required' },
      ]);
    });
  });

  describe('given bank accounts whose check digits need a format', () => {
    const field = (bankAccount: FieldSpec['bankAccount']): FieldSpec[] => [
      { key: 'external_account', type: 'bank_account', label: 'Bank account', required: true, bankAccount },
    ];

    it('checks a Mexican CLABE as the account number', () => {
      const fields = field({ country: 'MX', currency: 'mxn', scheme: 'account', accountFormat: 'mx_clabe' });
      expect(issuesOf(fields, { external_account: { account_number: '000000001234567897' } }, 'MX')).toEqual(
        [],
      );
      expect(issuesOf(fields, { external_account: { account_number: '002010077777777772' } }, 'MX')).toEqual([
        { param: 'external_account.account_number', code: 'invalid_format' },
      ]);
    });

    it('checks a New Zealand account across the routing and account numbers', () => {
      const fields = field({
        country: 'NZ',
        currency: 'nzd',
        scheme: 'routing_and_account',
        routingPattern: '\\d{6}',
        accountPattern: '\\d{9,10}',
        combinedFormat: 'nz_bank_account',
      });
      const nz = (account_number: string) => ({
        external_account: { routing_number: '010242', account_number },
      });
      expect(issuesOf(fields, nz('010019400'), 'NZ')).toEqual([]);
      expect(issuesOf(fields, nz('010019500'), 'NZ')).toEqual([
        { param: 'external_account.account_number', code: 'invalid_format' },
      ]);
    });
  });

  describe('given a list of owners', () => {
    const fields: FieldSpec[] = [
      {
        key: 'owners',
        type: 'person_list',
        label: 'Owners',
        required: true,
        constraints: { maxItems: 4 },
        personList: {
          role: 'owner',
          ownershipThreshold: 25,
          fields: [
            { key: 'first_name', type: 'text', label: 'First name', required: true },
            { key: 'email', type: 'email', label: 'Email', required: true },
            { key: 'relationship.percent_ownership', type: 'percent', label: 'Ownership', required: true },
            { key: 'ssn_last_4', type: 'id_number', label: 'SSN last 4', required: true, sensitive: true },
          ],
        },
      },
    ];
    const owner = (values: Record<string, unknown>, id?: string) => ({ ...(id ? { id } : {}), values });

    it('validates each person and names the field by position', () => {
      expect(
        issuesOf(fields, {
          owners: [
            owner({
              first_name: 'Ada',
              email: 'ada@example.com',
              'relationship.percent_ownership': 60,
              ssn_last_4: '1234',
            }),
            owner({ first_name: '', email: 'bob@', 'relationship.percent_ownership': 30 }, 'person_1'),
          ],
        }),
      ).toEqual([
        { param: 'owners[1].first_name', code: 'required' },
        { param: 'owners[1].email', code: 'invalid_format' },
      ]);
    });

    it('refuses ownership that adds up to more than 100%', () => {
      expect(
        issuesOf(fields, {
          owners: [
            owner(
              { first_name: 'Ada', email: 'ada@example.com', 'relationship.percent_ownership': 60 },
              'person_1',
            ),
            owner(
              { first_name: 'Bob', email: 'bob@example.com', 'relationship.percent_ownership': 50 },
              'person_2',
            ),
          ],
        }),
      ).toEqual([{ param: 'owners', code: 'ownership_over_100' }]);
    });

    it('limits the number of persons', () => {
      const many = Array.from({ length: 5 }, (_, index) =>
        owner(
          { first_name: 'A', email: 'a@example.com', 'relationship.percent_ownership': 1 },
          `person_${index}`,
        ),
      );
      expect(issuesOf(fields, { owners: many })).toEqual([{ param: 'owners', code: 'too_many_items' }]);
    });
  });

  describe('given a document from a newer server', () => {
    const fields: FieldSpec[] = [
      { key: 'company.lei', type: 'legal_entity_identifier', label: 'LEI', required: true },
      {
        key: 'company.vat',
        type: 'tax_id',
        label: 'VAT',
        required: true,
        constraints: { format: 'eu_vat_2030' },
      },
      {
        key: 'company.code',
        type: 'text',
        label: 'Code',
        required: false,
        constraints: { pattern: '(?<unclosed' },
      },
    ];

    it('passes values of unknown types and unknown formats, and still requires them', () => {
      expect(
        issuesOf(fields, { 'company.lei': { any: 'shape' }, 'company.vat': 'anything', 'company.code': 'x' }),
      ).toEqual([]);
      expect(issuesOf(fields, {})).toEqual([
        { param: 'company.lei', code: 'required' },
        { param: 'company.vat', code: 'required' },
      ]);
    });
  });
});
