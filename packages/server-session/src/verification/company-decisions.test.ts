import { describe, expect, it } from 'vitest';
import { decideCompanyName, decideCompanyTaxId, decideDirectors } from './company-decisions.js';

describe('decideCompanyTaxId', () => {
  it.each([
    ['000000000', 'asynchronous'],
    ['000000001', 'asynchronous'],
    ['222222222', 'immediate'],
    ['12-3456789', 'asynchronous'],
  ])('verifies %s (%s)', (taxId, kind) => {
    const decision = decideCompanyTaxId(taxId);
    expect(decision.outcome.status).toBe('verified');
    expect(decision.timing.kind).toBe(kind);
  });

  it.each([
    ['111111111', 'verification_failed_tax_id_match'],
    ['111111112', 'verification_failed_tax_id_not_issued'],
  ])('fails %s with %s, re-listing the tax id and asking for a company document', (taxId, code) => {
    expect(decideCompanyTaxId(taxId).outcome).toEqual({
      status: 'failed',
      code,
      relist: ['company.tax_id'],
      requires: ['company.verification.document'],
      resolved_by: ['company.verification.document'],
      blocks: ['activation'],
    });
  });
});

describe('decideCompanyName', () => {
  it('refuses disallowed_name at once', () => {
    expect(decideCompanyName('disallowed_name')).toMatchObject({
      outcome: { code: 'invalid_company_name_denylisted' },
      timing: { kind: 'immediate' },
    });
  });

  it.each([
    ['mismatch_business_name', 'verification_failed_name_match'],
    ['match_name_only', 'verification_failed_keyed_match'],
  ])('fails %s after review with %s', (name, code) => {
    expect(decideCompanyName(name)).toMatchObject({ outcome: { code }, timing: { kind: 'asynchronous' } });
  });

  it('verifies match_name_relationships and does not check other names', () => {
    expect(decideCompanyName('match_name_relationships')?.outcome.status).toBe('verified');
    expect(decideCompanyName('Rocket Rides Inc.')).toBeNull();
  });
});

describe('decideDirectors', () => {
  it.each([
    ['mismatch_director', 'verification_directors_mismatch'],
    ['missing_director', 'verification_missing_directors'],
    ['extraneous_director', 'verification_extraneous_directors'],
  ])('given a director named %s, fails with %s and asks to confirm the directors again', (name, code) => {
    expect(decideDirectors(['Jenny', name])?.outcome).toMatchObject({
      code,
      relist: ['company.directors_provided'],
    });
  });

  it('has nothing to say about ordinary names', () => {
    expect(decideDirectors(['Jenny', 'Kai'])).toBeNull();
  });
});
