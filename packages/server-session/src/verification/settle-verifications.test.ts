import { describe, expect, it } from 'vitest';
import { nextSettlementAt, settleDueVerifications } from './settle-verifications.js';
import type { VerificationResult } from './verification-result.js';

const results: Record<string, VerificationResult> = {
  'individual.dob': {
    status: 'pending',
    requested_at: 100,
    settles_at: 102,
    blocks: ['activation'],
    outcome: { status: 'verified' },
  },
  external_account: {
    status: 'pending',
    requested_at: 100,
    settles_at: 110,
    blocks: [],
    outcome: { status: 'verified' },
  },
  'individual.id_number': { status: 'verified', decided_at: 90 },
};

describe('settleDueVerifications', () => {
  it('settles what is due at the time its review ended and leaves the rest pending', () => {
    const { results: next, settled } = settleDueVerifications(results, 105);
    expect(settled).toEqual(['individual.dob']);
    expect(next['individual.dob']).toEqual({ status: 'verified', decided_at: 102 });
    expect(next.external_account?.status).toBe('pending');
    expect(next['individual.id_number']).toBe(results['individual.id_number']);
    expect(results['individual.dob']?.status).toBe('pending');
  });
});

describe('nextSettlementAt', () => {
  it('is the earliest pending settlement, or null when nothing is pending', () => {
    expect(nextSettlementAt(results)).toBe(102);
    expect(nextSettlementAt(settleDueVerifications(results, 200).results)).toBeNull();
  });
});
