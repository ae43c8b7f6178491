import type { FieldSpec, RequirementsDocument } from '@onboardkit/schema';
import { describe, expect, it } from 'vitest';
import { created, hour, newAccount } from '../test-accounts.fixture.js';
import { buildRequirementsDocument, type DocumentOptions } from './build-requirements-document.js';

const options: DocumentOptions = {
  locale: 'en',
  collect: 'eventually_due',
  futureRequirements: 'include',
  now: created + hour,
  version: 1,
};

function field(document: RequirementsDocument, key: string): FieldSpec {
  const found = document.steps.flatMap((step) => step.fields).find((spec) => spec.key === key);
  if (!found) throw new Error(`no field ${key}`);
  return found;
}

describe('field specs shared between documents', () => {
  it('cannot be changed through one document, so no other document sees the change', () => {
    const first = buildRequirementsDocument(newAccount('US', 'individual'), options);
    const second = buildRequirementsDocument(
      { ...newAccount('US', 'individual'), id: 'acct_other' },
      options,
    );
    const constraints = field(first, 'individual.first_name').constraints;
    expect(constraints).toBe(field(second, 'individual.first_name').constraints);
    expect(() => {
      (constraints as { maxLength?: number }).maxLength = 1;
    }).toThrow(TypeError);
    expect(field(second, 'individual.first_name').constraints?.maxLength).toBe(100);
  });

  it('keep each locale its own labels and each country its own constraints', () => {
    const english = buildRequirementsDocument(newAccount('US', 'individual'), options);
    const french = buildRequirementsDocument(newAccount('US', 'individual'), { ...options, locale: 'fr' });
    expect(field(english, 'individual.dob').label).not.toBe(field(french, 'individual.dob').label);
    const us = buildRequirementsDocument(newAccount('US', 'company'), options);
    const canada = buildRequirementsDocument(newAccount('CA', 'company'), options);
    expect(field(us, 'company.tax_id').constraints?.format).not.toBe(
      field(canada, 'company.tax_id').constraints?.format,
    );
  });
});
