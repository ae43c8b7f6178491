import type { FieldSpec } from '@onboardkit/schema';
import { describe, expect, it } from 'vitest';
import { toFormValue, toWireValue } from './form-values.js';

const bank: FieldSpec = {
  key: 'external_account',
  type: 'bank_account',
  label: 'Bank',
  required: true,
  sensitive: true,
  bankAccount: { country: 'DE', currency: 'eur', scheme: 'iban' },
};

const owners: FieldSpec = {
  key: 'owners',
  type: 'person_list',
  label: 'Owners',
  required: true,
  personList: {
    role: 'owner',
    fields: [
      { key: 'first_name', type: 'text', label: 'First', required: true },
      { key: 'relationship.percent_ownership', type: 'percent', label: 'Share', required: true },
      { key: 'id_number', type: 'id_number', label: 'Id', required: true, sensitive: true },
    ],
  },
};

describe('form values', () => {
  it('reads a blank composite as no value at all', () => {
    expect(toWireValue(bank, { iban: '  ' })).toBeUndefined();
    expect(toWireValue(bank, { iban: 'DE89' })).toEqual({ country: 'DE', currency: 'eur', iban: 'DE89' });
  });

  it('never puts a sensitive value from the document into the form', () => {
    expect(toFormValue(bank, { iban: 'DE89…' })).toBeUndefined();
  });

  it('carries persons with encoded keys in the form and dotted keys on the wire, without masks or blanks', () => {
    const held = [
      {
        id: 'person_1',
        values: { first_name: 'Anna', 'relationship.percent_ownership': 60 },
        masks: { id_number: { provided: true } },
      },
    ];
    const form = toFormValue(owners, held);
    expect(form).toEqual([
      {
        id: 'person_1',
        values: { first_name: 'Anna', 'relationship~percent_ownership': 60, id_number: undefined },
        masks: { id_number: { provided: true } },
      },
    ]);
    expect(toWireValue(owners, form)).toEqual([
      { id: 'person_1', values: { first_name: 'Anna', 'relationship.percent_ownership': 60 } },
    ]);
  });
});
