import { validateSubmission } from '@onboardkit/schema';
import { describe, expect, it } from 'vitest';
import { businessTypes, supportedCountries } from '../account-state.js';
import { created, fullyProvidedUsCompany, newAccount } from '../test-accounts.fixture.js';
import { collectableFieldKeys, submissionDocument } from './collectable-field-keys.js';

const now = created + 60;

describe('collectableFieldKeys', () => {
  it('lists every field a US individual may write, eventually due ones included', () => {
    const keys = collectableFieldKeys(newAccount('US', 'individual'), { now });
    expect(keys).toContain('individual.dob');
    expect(keys).toContain('individual.id_number');
    expect(keys).toContain('external_account');
    expect(keys).toContain('tos_acceptance');
    expect(keys).not.toContain('company.name');
    expect(keys).not.toContain('owners');
  });

  it('lists the person lists and attestations of a company', () => {
    const keys = collectableFieldKeys(newAccount('GB', 'company'), { now });
    for (const key of ['representative', 'owners', 'directors', 'executives', 'company.directors_provided']) {
      expect(keys).toContain(key);
    }
  });

  it('lets an account without a business type write the fields of every type', () => {
    const keys = collectableFieldKeys(newAccount('US', null), { now });
    expect(keys).toContain('individual.first_name');
    expect(keys).toContain('company.name');
    expect(keys).toContain('representative');
  });
});

describe('submissionDocument', () => {
  it('refuses keys outside the collectable fields', () => {
    const document = submissionDocument(newAccount('US', 'individual'), { now, version: 3 });
    expect(document.version).toBe(3);
    const verdict = validateSubmission(document, { charges_enabled: true, 'individual.first_name': 'Jenny' });
    expect(verdict.errors).toEqual([
      expect.objectContaining({ param: 'charges_enabled', code: 'unknown_field' }),
    ]);
  });
});

describe('submissionDocument of some fields only', () => {
  it('builds each asked field exactly as the full document has it, and no other', () => {
    const states = [
      fullyProvidedUsCompany(),
      ...supportedCountries.flatMap((country) =>
        [null, ...businessTypes].map((type) => newAccount(country, type)),
      ),
    ];
    for (const state of states) {
      const full = submissionDocument(state, { now, version: 1 });
      const specs = full.steps.flatMap((step) => step.fields);
      const asked = specs.filter((_, index) => index % 3 === 0).map((spec) => spec.key);
      const partial = submissionDocument(state, {
        now,
        version: 1,
        fields: [...asked, 'not_a_field'],
      });
      expect(partial.steps.flatMap((step) => step.fields)).toEqual(
        specs.filter((spec) => asked.includes(spec.key)),
      );
    }
  });
});
