import type { FieldSpec } from '@onboardkit/schema';
import { describe, expect, it } from 'vitest';
import { resolveLocale } from '../../i18n/resolve-locale.js';
import { describeFieldError } from './describe-field-error.js';

const name: FieldSpec = {
  key: 'company.name',
  type: 'text',
  label: 'Name',
  required: true,
  constraints: { maxLength: 100 },
};
const french = resolveLocale('fr').messages;

describe('describeFieldError', () => {
  it('translates a known code, with the limit read from the spec', () => {
    expect(
      describeFieldError({ type: 'too_long', message: 'Enter at most 100 characters.' }, name, french),
    ).toBe('Saisissez au plus 100 caractères.');
  });

  it('keeps the server’s message for a code it does not know', () => {
    expect(
      describeFieldError(
        { type: 'verification_failed_keyed_identity', message: 'Ne correspond pas.' },
        name,
        french,
      ),
    ).toBe('Ne correspond pas.');
  });

  it('keeps the error’s own message when the limit is not in the spec', () => {
    expect(
      describeFieldError({ type: 'too_short', message: 'Enter at least 3 characters.' }, name, french),
    ).toBe('Enter at least 3 characters.');
  });
});
