import type { FieldSpec } from '@onboardkit/schema';
import { describe, expect, it } from 'vitest';
import { fieldName } from './field-names.js';
import { applyServerErrors } from './server-errors.js';
import { createResolverTarget, createStepResolver } from './step-resolver.js';

const fields: FieldSpec[] = [
  { key: 'business_type', type: 'select', label: 'Type', required: true },
  {
    key: 'company.name',
    type: 'text',
    label: 'Name',
    required: true,
    visibleWhen: [{ field: 'business_type', operator: 'equals', value: 'company' }],
  },
  {
    key: 'company.address',
    type: 'address',
    label: 'Address',
    required: false,
    address: { country: 'US', parts: { line1: 'required', postal_code: 'required' } },
  },
  { key: 'company.share', type: 'percent', label: 'Share', required: false },
];

function resolve(values: Record<string, unknown>) {
  const target = createResolverTarget(fields, fields, 'US');
  const resolver = createStepResolver(() => target);
  return resolver(values, undefined, { fields: {}, shouldUseNativeValidation: false });
}

describe('the step resolver', () => {
  it('yields exactly the visible, non-blank wire values on success', async () => {
    expect(
      await resolve({
        business_type: 'individual',
        [fieldName('company.name')]: 'hidden, so not sent',
        [fieldName('company.address')]: { line1: '', postal_code: '' },
        [fieldName('company.share')]: undefined,
      }),
    ).toEqual({ values: { business_type: 'individual' }, errors: {} });
  });

  it('nests part errors under the field’s one-segment name, with the code as type', async () => {
    const result = await resolve({
      business_type: 'company',
      [fieldName('company.address')]: { line1: '1 Main St', postal_code: '9410' },
      [fieldName('company.share')]: 120,
    });
    expect(result.errors).toEqual({
      'company~name': { type: 'required', message: 'This field is required.' },
      'company~address': {
        postal_code: { type: 'invalid_format', message: 'This is not a valid postal code.' },
      },
      'company~share': { type: 'too_big', message: 'Enter 100 or less.' },
    });
  });
});

describe('given live validation asking about one field', () => {
  const target = createResolverTarget(fields, fields, 'US');
  const resolver = createStepResolver(() => target);
  const ask = (values: Record<string, unknown>, names: string[]) =>
    resolver(values, undefined, { fields: {}, names, shouldUseNativeValidation: false });

  it('builds that field’s errors, and keeps the result invalid while another field is', async () => {
    const result = await ask(
      {
        business_type: 'company',
        [fieldName('company.share')]: 120,
        [fieldName('company.address')]: { line1: '1 Main St', postal_code: '9410' },
      },
      [`${fieldName('company.address')}.postal_code`],
    );
    expect(result.errors).toEqual({
      'company~address': {
        postal_code: { type: 'invalid_format', message: 'This is not a valid postal code.' },
      },
      'company~name': { type: 'required', message: 'This field is required.' },
    });
  });

  it('keeps finding an invalid field elsewhere as others become valid or invalid again', async () => {
    const texts: FieldSpec[] = ['a', 'b', 'c'].map((key) => ({
      key,
      type: 'text',
      label: key.toUpperCase(),
      required: true,
    }));
    const textTarget = createResolverTarget(texts, texts, 'US');
    const askTexts = (values: Record<string, unknown>) =>
      createStepResolver(() => textTarget)(values, undefined, {
        fields: {},
        names: ['a'],
        shouldUseNativeValidation: false,
      });
    const required = { type: 'required', message: 'This field is required.' };
    expect((await askTexts({ a: 'x' })).errors).toEqual({ b: required });
    expect((await askTexts({ a: 'x', b: 'y' })).errors).toEqual({ c: required });
    expect((await askTexts({ a: 'x', c: 'z' })).errors).toEqual({ b: required });
    expect(await askTexts({ a: 'x', b: 'y', c: 'z' })).toEqual({
      values: { a: 'x', b: 'y', c: 'z' },
      errors: {},
    });
  });

  it('yields the step’s values when every field is valid', async () => {
    const values = { business_type: 'company', [fieldName('company.name')]: 'Rocket Rides' };
    expect(await ask(values, [fieldName('company.name')])).toEqual({
      values: { business_type: 'company', 'company.name': 'Rocket Rides' },
      errors: {},
    });
  });
});

describe('server errors', () => {
  it('land on their fields, parents before parts, and the rest come back', () => {
    const set: Array<[string, { type?: string; message?: string }]> = [];
    const unplaced = applyServerErrors(
      (name, error) => {
        set.push([name, error]);
      },
      fields,
      [
        { param: 'company.address.postal_code', code: 'invalid_format', message: 'Bad postal code' },
        { param: 'company.name', code: 'verification_failed', message: 'No such company' },
        { param: 'individual.dob', code: 'required', message: 'Another step’s' },
      ],
    );
    expect(set).toEqual([
      ['company~name', { type: 'verification_failed', message: 'No such company' }],
      ['company~address.postal_code', { type: 'invalid_format', message: 'Bad postal code' }],
    ]);
    expect(unplaced.map((error) => error.param)).toEqual(['individual.dob']);
  });
});
