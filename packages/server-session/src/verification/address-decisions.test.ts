import { describe, expect, it } from 'vitest';
import { decideAddress } from './address-decisions.js';

const address = { line1: 'address_full_match', city: 'Austin', state: 'TX', postal_code: '78701' };

describe('decideAddress', () => {
  it('verifies address_full_match after review, holding nothing back meanwhile', () => {
    expect(decideAddress('individual', address)).toEqual({
      outcome: { status: 'verified' },
      timing: { kind: 'asynchronous', delaySeconds: 2, blocksWhilePending: [] },
    });
  });

  describe('given a business address of address_no_match', () => {
    it('re-lists line1 and stops payouts only, so charges stay on', () => {
      expect(decideAddress('company', { ...address, line1: 'address_no_match' }).outcome).toEqual({
        status: 'failed',
        code: 'invalid_address_city_state_postal_code',
        relist: ['company.address.line1'],
        requires: [],
        resolved_by: [],
        blocks: ['payouts'],
      });
    });
  });

  describe('given a person address of address_line1_no_match', () => {
    it('re-lists every part given, stops charges and payouts, and asks for proof of address', () => {
      expect(decideAddress('person_x', { ...address, line1: 'address_line1_no_match' }).outcome).toEqual({
        status: 'failed',
        code: 'invalid_street_address',
        relist: [
          'person_x.address.line1',
          'person_x.address.city',
          'person_x.address.state',
          'person_x.address.postal_code',
        ],
        requires: ['person_x.verification.additional_document'],
        resolved_by: ['person_x.verification.additional_document'],
        blocks: ['activation', 'payouts'],
      });
    });
  });

  it('accepts an ordinary address', () => {
    expect(decideAddress('individual', { ...address, line1: '1 Main St' }).outcome.status).toBe('verified');
  });
});
