import { validateSubmission } from '@onboardkit/schema';
import { describe, expect, it } from 'vitest';
import { settleDueVerifications } from '../verification/settle-verifications.js';
import type { AccountState } from './account-state.js';
import { applySubmission } from './apply-submission.js';
import { computeRequirements } from './compute-requirements.js';
import { submissionDocument } from './document/collectable-field-keys.js';
import {
  created,
  hour,
  newAccount,
  person,
  submissionContext,
  usIndividualTestValues,
  usPersonTestValues,
} from './test-accounts.fixture.js';

const now = created + hour;
const clock = { now: () => new Date(now * 1000) };

/** Validates against the account's own document, then applies: what the submission route does. */
function submit(state: AccountState, values: Record<string, unknown>, at = now) {
  const verdict = validateSubmission(submissionDocument(state, { now: at, version: 1 }), values, clock);
  expect(verdict.errors).toEqual([]);
  return applySubmission(state, values as Parameters<typeof applySubmission>[1], submissionContext(at));
}

describe('given a US individual submitting everything with test values', () => {
  const applied = submit(newAccount('US', 'individual'), usIndividualTestValues);

  it('leaves nothing currently due, with the checks pending meanwhile', () => {
    const result = computeRequirements(applied.state, { now });
    expect(result.requirements.currently_due).toEqual([]);
    expect(result.requirements.pending_verification).toContain('individual.dob.day');
    expect(result.charges_enabled).toBe(false);
    expect(result.details_submitted).toBe(true);
  });

  it('enables charges and payouts once the background job settles the checks', () => {
    const later = now + 10;
    const { results } = settleDueVerifications(applied.state.verifications, later);
    const result = computeRequirements({ ...applied.state, verifications: results }, { now: later });
    expect(result.requirements.currently_due).toEqual([]);
    expect(result.requirements.pending_verification).toEqual([]);
    expect(result.capabilities).toEqual({ card_payments: 'active', transfers: 'active' });
    expect(result.charges_enabled).toBe(true);
    expect(result.payouts_enabled).toBe(true);
    expect(result.disabled_reason).toBeNull();
  });

  it('hands sensitive values to the store and keeps only masks in the state', () => {
    expect(applied.sensitiveWrites).toEqual([
      { personId: null, key: 'individual.ssn_last_4', value: '0000' },
      { personId: null, key: 'external_account', value: usIndividualTestValues.external_account },
    ]);
    expect(applied.state.sensitive).toEqual({
      'individual.ssn_last_4': {},
      external_account: { last4: '6789' },
    });
    expect(JSON.stringify(applied.state)).not.toContain('000123456789');
  });

  it('records the ToS acceptance from the request, not from the body', () => {
    expect(applied.state.tos_acceptance).toEqual({
      date: now,
      ip: '203.0.113.7',
      user_agent: 'Mozilla/5.0 (test)',
      service_agreement: 'full',
    });
  });
});

describe('given a date of birth of 1902-01-01', () => {
  it('verifies it immediately, with no pending check', () => {
    const { state } = submit(newAccount('US', 'individual'), { 'individual.dob': '1902-01-01' });
    expect(state.verifications['individual.dob']).toEqual({ status: 'verified', decided_at: now });
  });
});

describe('given an ordinary date of birth', () => {
  it('asks for an identity document once the check fails, and accepts the test document', () => {
    const first = submit(newAccount('US', 'individual'), {
      ...usIndividualTestValues,
      'individual.dob': '1985-06-15',
    });
    const failedAt = now + 10;
    const failed = {
      ...first.state,
      verifications: settleDueVerifications(first.state.verifications, failedAt).results,
    };
    const result = computeRequirements(failed, { now: failedAt });
    expect(result.requirements.currently_due).toEqual(['individual.verification.document']);
    expect(result.requirements.errors[0]?.code).toBe('verification_failed_keyed_identity');

    const second = submit(
      failed,
      { 'individual.verification.document': 'file_identity_document_success' },
      failedAt,
    );
    const doneAt = failedAt + 10;
    const done = {
      ...second.state,
      verifications: settleDueVerifications(second.state.verifications, doneAt).results,
    };
    expect(computeRequirements(done, { now: doneAt }).charges_enabled).toBe(true);
  });
});

describe('resubmitting an unchanged value', () => {
  it('keeps its verification instead of restarting it', () => {
    const first = submit(newAccount('US', 'individual'), { 'individual.dob': '1902-01-01' });
    const again = applySubmission(
      first.state,
      { 'individual.dob': '1902-01-01' },
      submissionContext(now + 60),
    );
    expect(again.state.verifications['individual.dob']).toEqual({ status: 'verified', decided_at: now });
  });
});

describe('blank values', () => {
  it('clear a non-sensitive value but keep a held sensitive one', () => {
    const first = submit(newAccount('US', 'individual'), {
      'individual.ssn_last_4': '1234',
      'business_profile.url': 'https://a.io',
    });
    const { state, sensitiveWrites } = applySubmission(
      first.state,
      { 'individual.ssn_last_4': '', 'business_profile.url': '' },
      submissionContext(now),
    );
    expect(state.sensitive['individual.ssn_last_4']).toEqual({});
    expect(state.values['business_profile.url']).toBeUndefined();
    expect(state.verifications['business_profile.url']).toBeUndefined();
    expect(sensitiveWrites).toEqual([]);
  });
});

describe('given a US company adding its people', () => {
  const company = newAccount('US', 'company');

  it('creates persons with server ids, sensitive values to the store, and unknown keys dropped', () => {
    const { state, sensitiveWrites } = submit(company, {
      representative: [
        {
          values: {
            ...usPersonTestValues,
            'relationship.title': 'CEO',
            'relationship.executive': true,
          },
        },
      ],
    });
    const [representative] = state.persons;
    expect(representative?.id).toBe('person_1');
    expect(representative?.relationship).toMatchObject({
      representative: true,
      executive: true,
      title: 'CEO',
    });
    expect(representative?.values.first_name).toBe('Kai');
    expect(representative?.values.ssn_last_4).toBeUndefined();
    expect(representative?.sensitive).toEqual({ ssn_last_4: {} });
    expect(sensitiveWrites).toEqual([{ personId: 'person_1', key: 'ssn_last_4', value: '0000' }]);
    expect(state.verifications['person_1.dob']?.status).toBe('pending');
  });

  it('lets the same person be listed as an owner too, and removes a person left without roles', () => {
    const withPeople: AccountState = {
      ...company,
      persons: [
        person('person_rep', { representative: true, executive: true }, { first_name: 'Jenny' }),
        person('person_old', { owner: true, percent_ownership: 30 }, { first_name: 'Old' }),
      ],
      verifications: { 'person_old.dob': { status: 'verified', decided_at: now } },
    };
    const { state, removedPersonIds } = applySubmission(
      withPeople,
      {
        owners: [
          { id: 'person_rep', values: { first_name: 'Jenny', 'relationship.percent_ownership': 60 } },
          { id: 'person_forged', values: { first_name: 'New', last_name: 'Owner', email: 'n@example.com' } },
        ],
      },
      submissionContext(now),
    );
    expect(removedPersonIds).toEqual(['person_old']);
    expect(state.verifications['person_old.dob']).toBeUndefined();
    expect(state.persons.map((candidate) => candidate.id)).toEqual(['person_rep', 'person_1']);
    expect(state.persons[0]?.relationship).toMatchObject({
      representative: true,
      owner: true,
      percent_ownership: 60,
    });
    expect(state.persons[1]?.relationship.owner).toBe(true);
  });

  it('ignores person keys that are not fields', () => {
    const { state } = applySubmission(
      company,
      { owners: [{ values: { first_name: 'Ann', 'relationship.representative': true, role: 'admin' } }] },
      submissionContext(now),
    );
    expect(state.persons[0]?.values).toEqual({ first_name: 'Ann' });
    expect(state.persons[0]?.relationship.representative).toBe(false);
  });
});

describe('given a GB company with a director named mismatch_director', () => {
  it('fails the directors check and asks to confirm the directors again', () => {
    const { state } = applySubmission(
      newAccount('GB', 'company'),
      { directors: [{ values: { first_name: 'mismatch_director' } }], 'company.directors_provided': true },
      submissionContext(now),
    );
    const settled = {
      ...state,
      verifications: settleDueVerifications(state.verifications, now + 10).results,
    };
    const { requirements } = computeRequirements(settled, { now: now + 10 });
    expect(requirements.currently_due).toContain('company.directors_provided');
    expect(requirements.errors).toContainEqual(
      expect.objectContaining({
        requirement: 'company.directors_provided',
        code: 'verification_directors_mismatch',
      }),
    );
  });
});

describe('given a transfers-only account accepting the terms', () => {
  it('records the recipient service agreement', () => {
    const { state } = applySubmission(
      newAccount('US', 'individual', ['transfers']),
      { tos_acceptance: true },
      submissionContext(now),
    );
    expect(state.tos_acceptance?.service_agreement).toBe('recipient');
  });
});
