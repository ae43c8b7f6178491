import type { FieldSpec, RequirementsDocument } from '@onboardkit/schema';
import { deCompanyDocument, usIndividualDocument } from './documents.fixture.js';

/** Sets each field's held answer (a value, or a mask for a sensitive one) and marks it provided. */
function provide(document: RequirementsDocument, answers: Record<string, Pick<FieldSpec, 'value' | 'mask'>>) {
  for (const spec of document.steps.flatMap((step) => step.fields)) {
    const answer = answers[spec.key];
    if (!answer) continue;
    Object.assign(spec, answer, { status: 'provided' });
  }
  document.requirements = {
    ...document.requirements,
    currently_due: [],
    eventually_due: [],
    past_due: [],
    errors: [],
    disabled_reason: null,
  };
  return document;
}

const usAnswers = {
  'individual.first_name': { value: 'Jenny' },
  'individual.dob': { value: '1901-01-01' },
  'individual.email': { value: 'jenny@example.com' },
  'individual.phone': { value: '+14155552671' },
  'individual.address': {
    value: { line1: '1 Market St', city: 'San Francisco', state: 'CA', postal_code: '94107' },
  },
  'individual.ssn_last_4': { mask: { provided: true, last4: '6789' } },
  external_account: { mask: { provided: true, last4: '1234' } },
  tos_acceptance: { value: true },
};

/** The US individual with everything given: an SSN and a bank account held as masks, nothing due. */
export function providedUsIndividualDocument(): RequirementsDocument {
  return provide(usIndividualDocument(), usAnswers);
}

/** The German company with two owners (60% and 40%), its tax number and IBAN held as masks. */
export function providedDeCompanyDocument(): RequirementsDocument {
  return provide(deCompanyDocument(), {
    'company.name': { value: 'Beispiel GmbH' },
    owners: {
      value: [
        {
          id: 'person_1',
          values: { first_name: 'Anna', last_name: 'Schmidt', 'relationship.percent_ownership': 60 },
        },
        {
          id: 'person_2',
          values: { first_name: 'Ben', last_name: 'Weber', 'relationship.percent_ownership': 40 },
        },
      ],
    },
    'company.owners_provided': { value: true },
    external_account: { mask: { provided: true, last4: '3000' } },
  });
}

/** Noon UTC on 1 December 2026: the same calendar day in every time zone the suite runs in. */
export const pastDueDeadline = Date.UTC(2026, 11, 1, 12) / 1000;

/**
 * The US individual owing details: a refused SSN, a date of birth past due,
 * three fields due by `pastDueDeadline`, and an address being verified.
 */
export function pastDueDocument(): RequirementsDocument {
  const document = providedUsIndividualDocument();
  const status: Record<string, string> = {
    'individual.first_name': 'currently_due',
    'individual.dob': 'past_due',
    'individual.address': 'pending_verification',
    external_account: 'currently_due',
    tos_acceptance: 'currently_due',
  };
  for (const spec of document.steps.flatMap((step) => step.fields)) {
    const due = status[spec.key];
    if (due) spec.status = due;
    if (due && due !== 'pending_verification') {
      delete spec.value;
      delete spec.mask;
    }
    if (spec.key === 'individual.id_number') {
      spec.errors = [
        { code: 'verification_failed_id_number_match', reason: 'The number does not match our records.' },
      ];
    }
  }
  document.requirements = {
    currently_due: ['individual.first_name', 'individual.dob.day', 'external_account', 'tos_acceptance.date'],
    eventually_due: [
      'individual.first_name',
      'individual.dob.day',
      'external_account',
      'tos_acceptance.date',
    ],
    past_due: ['individual.dob.day'],
    pending_verification: ['individual.address.line1'],
    errors: [
      {
        requirement: 'individual.id_number',
        code: 'verification_failed_id_number_match',
        reason: 'The number does not match our records.',
      },
    ],
    disabled_reason: 'requirements.past_due',
    current_deadline: pastDueDeadline,
  };
  return document;
}
