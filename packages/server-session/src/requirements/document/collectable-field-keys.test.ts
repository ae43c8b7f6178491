import { validateSubmission } from '@onboardkit/schema';
import { describe, expect, it } from 'vitest';
import { created, newAccount } from '../test-accounts.fixture.js';
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
