import type { FieldSpec } from '@onboardkit/schema';
import { describe, expect, it } from 'vitest';
import { fieldName, nameOfParam } from './field-names.js';

const fields: FieldSpec[] = [
  { key: 'individual.first_name', type: 'text', label: 'First name', required: true },
  { key: 'individual', type: 'text', label: 'A key that prefixes others', required: false },
  { key: 'individual.address', type: 'address', label: 'Address', required: true },
  {
    key: 'owners',
    type: 'person_list',
    label: 'Owners',
    required: true,
    personList: {
      role: 'owner',
      fields: [
        { key: 'relationship.percent_ownership', type: 'percent', label: 'Share', required: true },
        { key: 'address', type: 'address', label: 'Address', required: true },
      ],
    },
  },
];

describe('field names', () => {
  it('turns a dotted key into one form name segment', () => {
    expect(fieldName('individual.first_name')).toBe('individual~first_name');
    expect(fieldName('company.verification.document')).toBe('company~verification~document');
  });

  it.each([
    ['individual.first_name', 'individual~first_name'],
    ['individual', 'individual'],
    ['individual.address', 'individual~address'],
    ['individual.address.postal_code', 'individual~address.postal_code'],
    ['owners', 'owners'],
    ['owners[1]', 'owners.1'],
    ['owners[0].relationship.percent_ownership', 'owners.0.values.relationship~percent_ownership'],
    ['owners[2].address.postal_code', 'owners.2.values.address.postal_code'],
  ])('puts the error on %s at %s', (param, name) => {
    expect(nameOfParam(param, fields)).toBe(name);
  });

  it('leaves a param no field owns unplaced', () => {
    expect(nameOfParam('company.name', fields)).toBeUndefined();
    expect(nameOfParam('individuals', fields)).toBeUndefined();
  });
});
