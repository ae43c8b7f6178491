import { describe, expect, it } from 'vitest';
import { usIndividualDocument } from './requirements-document.fixture.js';
import { validateSubmission } from './validate-submission.js';

const now = () => new Date('2026-06-15T12:00:00Z');

describe('validateSubmission', () => {
  it('accepts a partial submission of valid values', () => {
    expect(
      validateSubmission(
        usIndividualDocument,
        { 'individual.first_name': 'Jenny', 'individual.dob': '1901-01-01' },
        { now },
      ),
    ).toEqual({ ok: true, errors: [] });
  });

  it('returns one error per invalid field, with a stable code and a message', () => {
    const verdict = validateSubmission(
      usIndividualDocument,
      { 'individual.first_name': 'Jenny', 'individual.dob': '2020-01-01', 'individual.email': 'nope' },
      { now },
    );
    expect(verdict.ok).toBe(false);
    expect(verdict.errors).toEqual([
      {
        param: 'individual.dob',
        code: 'invalid_dob_age_under_minimum',
        message: 'The person must be at least 13 years old.',
        limit: 13,
      },
      {
        param: 'individual.email',
        code: 'invalid_format',
        message: 'This is not a valid email.',
        format: 'email',
      },
    ]);
  });

  it('refuses keys that are not fields of the document', () => {
    expect(
      validateSubmission(usIndividualDocument, { 'individual.first_name': 'Jenny', charges_enabled: true })
        .errors,
    ).toEqual([
      {
        param: 'charges_enabled',
        code: 'unknown_field',
        message: 'This is not a field this account can provide.',
      },
    ]);
  });

  it('refuses clearing a required field', () => {
    expect(validateSubmission(usIndividualDocument, { 'individual.first_name': '  ' }).errors).toMatchObject([
      { param: 'individual.first_name', code: 'required' },
    ]);
  });

  it.each([null, 'values', 42, [['individual.first_name', 'Jenny']]])(
    'refuses %j as the values',
    (values) => {
      expect(validateSubmission(usIndividualDocument, values).errors).toMatchObject([
        { param: 'values', code: 'invalid_type' },
      ]);
    },
  );

  it('checks country-aware formats against the account country', () => {
    const verdict = validateSubmission(usIndividualDocument, {
      'individual.address': { line1: '1 Rue', city: 'Paris', state: 'CA', postal_code: '75001-12' },
    });
    expect(verdict.errors).toMatchObject([
      { param: 'individual.address.postal_code', code: 'invalid_format' },
    ]);
  });
});
