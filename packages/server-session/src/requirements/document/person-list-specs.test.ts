import { type FieldSpec, type RequirementsDocument, type Step, validateSubmission } from '@onboardkit/schema';
import { describe, expect, it } from 'vitest';
import type { AccountState } from '../account-state.js';
import { created, hour, newAccount, person } from '../test-accounts.fixture.js';
import { buildRequirementsDocument, type DocumentOptions } from './build-requirements-document.js';

const now = created + hour;
const options: DocumentOptions = {
  locale: 'en',
  collect: 'currently_due',
  futureRequirements: 'omit',
  now,
  version: 1,
};

function field(document: RequirementsDocument, key: string): FieldSpec {
  const found = document.steps
    .flatMap((step: Step) => step.fields)
    .find((candidate) => candidate.key === key);
  if (!found) throw new Error(`no field ${key}`);
  return found;
}

describe('given a US representative who is also an owner and whose identity check failed', () => {
  const state: AccountState = {
    ...newAccount('US', 'company'),
    persons: [
      person(
        'person_rep',
        { representative: true, owner: true, executive: true, percent_ownership: 50 },
        {
          first_name: 'Jenny',
          dob: '1985-06-15',
        },
      ),
      person('person_own', { owner: true, percent_ownership: 50 }, { first_name: 'Kai' }),
    ],
    verifications: {
      'person_rep.dob': {
        status: 'failed',
        decided_at: now,
        code: 'verification_failed_keyed_identity',
        relist: [],
        requires: ['person_rep.verification.document'],
        resolved_by: ['person_rep.verification.document'],
        blocks: ['activation'],
      },
    },
  };
  const document = buildRequirementsDocument(state, options);
  const owners = field(document, 'owners');

  it('does not ask every owner for what only the representative needs', () => {
    const required = owners.personList?.fields.filter((spec) => spec.required).map((spec) => spec.key);
    expect(required).toEqual(['first_name', 'last_name', 'email']);
  });

  it('offers the identity document in the lists, optional for each person, with the list past due', () => {
    const representative = field(document, 'representative');
    expect(
      representative.personList?.fields.find((spec) => spec.key === 'verification.document'),
    ).toMatchObject({
      type: 'file',
      required: false,
    });
    expect(representative).toMatchObject({
      status: 'past_due',
      errors: [expect.objectContaining({ code: 'verification_failed_keyed_identity' })],
    });
    expect(
      validateSubmission(document, {
        owners: [
          { id: 'person_rep', values: { first_name: 'Jenny', last_name: 'Rosen', email: 'j@example.com' } },
          { id: 'person_own', values: { first_name: 'Kai', last_name: 'Tanaka', email: 'k@example.com' } },
        ],
      }),
    ).toEqual({ ok: true, errors: [] });
  });
});
