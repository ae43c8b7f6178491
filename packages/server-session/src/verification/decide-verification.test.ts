import { describe, expect, it } from 'vitest';
import { decideVerification } from './decide-verification.js';

describe('decideVerification', () => {
  it('routes person-like subjects by their field, whoever holds them', () => {
    expect(decideVerification('individual.id_number', '111111111')?.outcome).toMatchObject({
      relist: ['individual.id_number'],
    });
    expect(decideVerification('person_1a2b.dob', '1902-01-01')?.timing.kind).toBe('immediate');
    expect(
      decideVerification('person_1a2b.verification.document', 'file_identity_document_failure')?.outcome,
    ).toMatchObject({
      relist: ['person_1a2b.verification.document'],
    });
  });

  it('routes account-level subjects by their key', () => {
    expect(decideVerification('company.tax_id', '111111112')?.outcome).toMatchObject({
      code: 'verification_failed_tax_id_not_issued',
    });
    expect(decideVerification('company.address', { line1: 'address_no_match' })?.outcome).toMatchObject({
      relist: ['company.address.line1'],
      requires: [],
    });
    expect(decideVerification('external_account', { account_number: '000111111113' })?.outcome).toMatchObject(
      {
        payout_failure_code: 'account_closed',
      },
    );
  });

  it('has no decision for unchecked fields or values of the wrong shape', () => {
    expect(decideVerification('individual.first_name', 'Jenny')).toBeNull();
    expect(decideVerification('individual.dob', 19010101)).toBeNull();
    expect(decideVerification('external_account', 'not an object')).toBeNull();
    expect(decideVerification('business_profile.url', '  ')).toBeNull();
  });
});
