import { describe, expect, it } from 'vitest';
import { decideDateOfBirth, decideIdNumber, decideSsnLast4 } from './identity-decisions.js';

describe('decideIdNumber', () => {
  it('verifies 222222222 immediately', () => {
    expect(decideIdNumber('individual', '222222222')).toEqual({
      outcome: { status: 'verified' },
      timing: { kind: 'immediate' },
    });
  });

  it('verifies 000000000 after a review that holds back activation', () => {
    const decision = decideIdNumber('person_a', '000-00-0000');
    expect(decision.outcome.status).toBe('verified');
    expect(decision.timing).toMatchObject({ kind: 'asynchronous', blocksWhilePending: ['activation'] });
  });

  it('fails 111111111 as a keyed identity mismatch that re-lists the number and asks for an id document', () => {
    const { outcome } = decideIdNumber('person_a', '111111111');
    expect(outcome).toEqual({
      status: 'failed',
      code: 'verification_failed_keyed_identity',
      relist: ['person_a.id_number'],
      requires: ['person_a.verification.document'],
      resolved_by: ['person_a.verification.document'],
      blocks: ['activation'],
    });
  });

  it('accepts any other number, as test mode does', () => {
    expect(decideIdNumber('individual', '536904399').outcome.status).toBe('verified');
  });
});

describe('decideSsnLast4', () => {
  it('verifies 0000 after review and 2222 immediately', () => {
    expect(decideSsnLast4('individual', '0000').timing.kind).toBe('asynchronous');
    expect(decideSsnLast4('individual', '2222').timing.kind).toBe('immediate');
  });

  it('on 1111 brings the full SSN in, settled by a verified id number or document', () => {
    const { outcome } = decideSsnLast4('individual', '1111');
    expect(outcome).toMatchObject({
      status: 'failed',
      requires: ['individual.id_number'],
      resolved_by: ['individual.id_number', 'individual.verification.document'],
    });
  });
});

describe('decideDateOfBirth', () => {
  it('verifies 1901-01-01 after review and 1902-01-01 immediately', () => {
    expect(decideDateOfBirth('individual', '1901-01-01')).toMatchObject({
      outcome: { status: 'verified' },
      timing: { kind: 'asynchronous' },
    });
    expect(decideDateOfBirth('individual', '1902-01-01').timing.kind).toBe('immediate');
  });

  it('puts the account under review on 1900-01-01 (OFAC alert) without asking anything', () => {
    expect(decideDateOfBirth('individual', '1900-01-01').outcome).toMatchObject({
      status: 'failed',
      effect: 'under_review',
      relist: [],
      requires: [],
    });
  });

  it('cannot verify any other date, so an identity document becomes due', () => {
    expect(decideDateOfBirth('person_b', '1985-06-15').outcome).toMatchObject({
      status: 'failed',
      code: 'verification_failed_keyed_identity',
      requires: ['person_b.verification.document'],
    });
  });
});
