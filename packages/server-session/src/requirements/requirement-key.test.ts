import { describe, expect, it } from 'vitest';
import { fieldKeyOf, partOf, roleOfKey, splitPersonKey } from './requirement-key.js';

describe('fieldKeyOf', () => {
  it.each([
    ['individual.dob.day', 'individual.dob'],
    ['representative.dob.year', 'representative.dob'],
    ['person_1a2b.address.city', 'person_1a2b.address'],
    ['company.address_kanji.town', 'company.address_kanji'],
    ['address.postal_code', 'address'],
    ['tos_acceptance.ip', 'tos_acceptance'],
    ['company.tax_id', 'company.tax_id'],
    ['individual.verification.document', 'individual.verification.document'],
    ['relationship.owner', 'relationship.owner'],
  ])('collects %s with the field %s', (requirement, field) => {
    expect(fieldKeyOf(requirement)).toBe(field);
  });
});

describe('partOf', () => {
  it('names the part of a composite field, and nothing for a whole field', () => {
    expect(partOf('individual.dob.month')).toBe('month');
    expect(partOf('person_x.address.line1')).toBe('line1');
    expect(partOf('company.name')).toBeNull();
    expect(partOf('tos_acceptance.date')).toBeNull();
  });
});

describe('splitPersonKey', () => {
  it('splits a person requirement into the person and the field', () => {
    expect(splitPersonKey('person_1a2b.relationship.title')).toEqual({
      personId: 'person_1a2b',
      field: 'relationship.title',
    });
    expect(splitPersonKey('individual.first_name')).toBeNull();
  });
});

describe('roleOfKey', () => {
  it('knows the role of placeholders and relationships', () => {
    expect(roleOfKey('owners.first_name')).toBe('owner');
    expect(roleOfKey('relationship.representative')).toBe('representative');
    expect(roleOfKey('directors.dob.day')).toBe('director');
    expect(roleOfKey('company.owners_provided')).toBeNull();
  });
});
