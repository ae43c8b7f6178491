import { compileField, type FieldSpec } from '@onboardkit/schema';
import { describe, expect, it } from 'vitest';
import { localizeFieldErrors } from './localize-field-errors.js';

const descriptor: FieldSpec = {
  key: 'settings.payments.statement_descriptor',
  type: 'text',
  label: 'Statement descriptor',
  required: true,
  constraints: { minLength: 5, maxLength: 22 },
};

describe('localizeFieldErrors', () => {
  it('translates the schema’s messages, keeping param and code', () => {
    const errors = compileField(descriptor)('', descriptor.key);
    expect(localizeFieldErrors(errors, 'fr')).toEqual([
      { param: descriptor.key, code: 'required', message: 'Ce champ est obligatoire.' },
    ]);
  });

  it('carries the limit a message names into the translation', () => {
    const errors = compileField(descriptor)('ABC', descriptor.key);
    expect(localizeFieldErrors(errors, 'de')[0]?.message).toBe('Geben Sie mindestens 5 Zeichen ein.');
    expect(localizeFieldErrors(errors, 'ja')[0]?.message).toBe('5 文字以上で入力してください。');
  });

  it('translates date-of-birth age limits', () => {
    const dob: FieldSpec = {
      key: 'individual.dob',
      type: 'date',
      label: 'DOB',
      required: true,
      constraints: { minAge: 13 },
    };
    const errors = compileField(dob, { now: () => new Date('2024-01-01T00:00:00Z') })('2020-01-01', dob.key);
    expect(localizeFieldErrors(errors, 'es')[0]?.message).toBe('La persona debe tener al menos 13 años.');
  });

  it('falls back to English for an unknown locale and keeps unknown codes as they are', () => {
    const errors = [
      { param: 'x', code: 'invalid_format', message: 'This is not a valid us ein.' },
      { param: 'y', code: 'rate_limited', message: 'Slow down.' },
    ];
    expect(localizeFieldErrors(errors, 'sv')).toEqual([
      { param: 'x', code: 'invalid_format', message: 'This value is not valid.' },
      { param: 'y', code: 'rate_limited', message: 'Slow down.' },
    ]);
  });

  it('keeps the original message when the limit it needs cannot be found', () => {
    const errors = [{ param: 'x', code: 'too_short', message: 'Too short.' }];
    expect(localizeFieldErrors(errors, 'fr')).toEqual(errors);
  });
});
