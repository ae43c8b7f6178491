import { describe, expect, it } from 'vitest';
import { OnboardKitError } from '../api/onboard-kit-error.js';
import { en } from '../i18n/locales/en.js';
import { problemMessages, problemOf } from './submit-problem.js';

const refused = (status: number, retryAfterSeconds?: number) =>
  new OnboardKitError({ type: 'rate_limit_error', message: 'Too many requests.', status, retryAfterSeconds });

describe('a failed submission, as the form words it', () => {
  it('says how long to wait when the server refused it as too many requests', () => {
    const problem = problemOf(refused(429, 3));
    expect(problem.kind).toBe('rate_limited');
    expect(problemMessages(problem, en)).toEqual(['Too many attempts in a short time. Try again in 3 s.']);
  });

  it('says only that it failed for a 429 that names no wait, and for anything but a conflict', () => {
    expect(problemMessages(problemOf(refused(429)), en)).toEqual([en.submitFailed]);
    expect(problemMessages(problemOf(refused(503)), en)).toEqual([en.submitFailed]);
    expect(problemMessages(problemOf(new TypeError('Failed to fetch')), en)).toEqual([en.submitFailed]);
    expect(problemMessages(problemOf(refused(409)), en)).toEqual([en.conflict]);
  });

  it('lists the server’s messages for fields not in view', () => {
    const fieldErrors = [
      { param: 'company.tax_id', code: 'invalid_format', message: 'Tax id is not valid.' },
    ];
    expect(problemMessages({ ...problemOf(refused(422)), kind: 'unplaced', fieldErrors }, en)).toEqual([
      'Tax id is not valid.',
    ]);
    expect(problemMessages(undefined, en)).toEqual([]);
  });
});
