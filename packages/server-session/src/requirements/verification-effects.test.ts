import { describe, expect, it } from 'vitest';
import type { VerificationResult } from '../verification/verification-result.js';
import type { AccountState } from './account-state.js';
import { computeRequirements } from './compute-requirements.js';
import { created, fullyProvided, fullyProvidedUsCompany, hour, newAccount } from './test-accounts.fixture.js';

const now = created + hour;
const verified: VerificationResult = { status: 'verified', decided_at: now };

describe('verification results', () => {
  const state = newAccount('US', 'individual');

  it('put a pending check’s keys in pending_verification and the capabilities in pending', () => {
    const pending: AccountState = {
      ...fullyProvided(state),
      verifications: {
        'individual.dob': {
          status: 'pending',
          requested_at: now,
          settles_at: now + 2,
          blocks: ['activation'],
          outcome: { status: 'verified' },
        },
      },
    };
    const result = computeRequirements(pending, { now });
    expect(result.requirements.pending_verification).toEqual([
      'individual.dob.day',
      'individual.dob.month',
      'individual.dob.year',
    ]);
    expect(result.requirements.currently_due).toEqual([]);
    expect(result.capabilities.card_payments).toBe('pending');
    expect(result.disabled_reason).toBe('requirements.pending_verification');
    expect(result.details_submitted).toBe(true);
  });

  it('re-list a failed id number with its error and bring in an identity document', () => {
    const failed: AccountState = {
      ...fullyProvided(state),
      sensitive: { ...fullyProvided(state).sensitive, 'individual.id_number': { last4: '1111' } },
      verifications: {
        'individual.id_number': {
          status: 'failed',
          decided_at: now,
          code: 'verification_failed_keyed_identity',
          relist: ['individual.id_number'],
          requires: ['individual.verification.document'],
          resolved_by: ['individual.verification.document'],
          blocks: ['activation'],
        },
      },
    };
    const result = computeRequirements(failed, { now });
    expect(result.requirements.past_due).toEqual([
      'individual.id_number',
      'individual.verification.document',
    ]);
    expect(result.requirements.errors).toEqual([
      {
        requirement: 'individual.id_number',
        code: 'verification_failed_keyed_identity',
        reason: expect.stringContaining('could not be verified'),
      },
      {
        requirement: 'individual.verification.document',
        code: 'verification_failed_keyed_identity',
        reason: expect.any(String),
      },
    ]);
    expect(result.charges_enabled).toBe(false);

    const resolved = {
      ...failed,
      values: { ...failed.values, 'individual.verification.document': 'file_identity_document_success' },
      verifications: { ...failed.verifications, 'individual.verification.document': verified },
    };
    const after = computeRequirements(resolved, { now });
    expect(after.requirements.currently_due).toEqual([]);
    expect(after.requirements.errors).toEqual([]);
    expect(after.charges_enabled).toBe(true);
  });

  it('keep charges on but payouts off for a business address of address_no_match', () => {
    const company = fullyProvidedUsCompany();
    const state: AccountState = {
      ...company,
      verifications: {
        'company.address': {
          status: 'failed',
          decided_at: now,
          code: 'invalid_address_city_state_postal_code',
          relist: ['company.address.line1'],
          requires: [],
          resolved_by: [],
          blocks: ['payouts'],
        },
      },
    };
    const result = computeRequirements(state, { now });
    expect(result.requirements.currently_due).toEqual(['company.address.line1']);
    expect(result.charges_enabled).toBe(true);
    expect(result.payouts_enabled).toBe(false);
    expect(result.disabled_reason).toBe('requirements.past_due');
  });

  it('put the account under review on an OFAC alert', () => {
    const state2: AccountState = {
      ...fullyProvided(state),
      verifications: {
        'individual.dob': {
          status: 'failed',
          decided_at: now,
          code: 'verification_failed_other',
          relist: [],
          requires: [],
          resolved_by: [],
          blocks: ['activation', 'payouts'],
          effect: 'under_review',
        },
      },
    };
    const result = computeRequirements(state2, { now });
    expect(result.disabled_reason).toBe('under_review');
    expect(result.requirements.errors).toEqual([]);
    expect(result.charges_enabled).toBe(false);
  });

  it('ignore results about a person who was removed', () => {
    const company = fullyProvidedUsCompany();
    const state2: AccountState = {
      ...company,
      verifications: {
        'person_gone.id_number': {
          status: 'failed',
          decided_at: now,
          code: 'verification_failed_keyed_identity',
          relist: ['person_gone.id_number'],
          requires: [],
          resolved_by: [],
          blocks: ['activation'],
        },
      },
    };
    expect(computeRequirements(state2, { now }).charges_enabled).toBe(true);
  });
});

describe('given an account that switched from individual to company', () => {
  it('no longer counts the individual’s failed checks', () => {
    const state: AccountState = {
      ...newAccount('US', 'company'),
      verifications: {
        'individual.dob': {
          status: 'failed',
          decided_at: now,
          code: 'verification_failed_keyed_identity',
          relist: [],
          requires: ['individual.verification.document'],
          resolved_by: ['individual.verification.document'],
          blocks: ['activation'],
        },
      },
    };
    const { requirements } = computeRequirements(state, { now });
    expect(requirements.eventually_due).not.toContain('individual.verification.document');
    expect(requirements.errors).toEqual([]);
  });
});
