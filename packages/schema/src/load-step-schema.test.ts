import { describe, expect, it } from 'vitest';
import { compileStep } from './compile-step.js';
import type { FieldSpec } from './field-spec.js';
import { loadStepSchema } from './load-step-schema.js';

const fields: FieldSpec[] = [
  { key: 'individual.phone', type: 'phone', label: 'Phone', required: true },
  {
    key: 'individual.id_number',
    type: 'id_number',
    label: 'SSN',
    required: true,
    constraints: { format: 'us_ssn' },
  },
  { key: 'individual.email', type: 'email', label: 'Email', required: true },
];

function codesOf(result: {
  success: boolean;
  error?: { issues: Array<{ path: PropertyKey[]; params?: unknown }> };
}) {
  return (result.error?.issues ?? []).map((issue) => [
    issue.path.join('.'),
    (issue.params as { code?: string } | undefined)?.code,
  ]);
}

describe('loadStepSchema', () => {
  it('loads the phone and identifier formats the step names, then judges as compileStep does', async () => {
    const { schema } = await loadStepSchema({ fields }, { country: 'US' });
    const cases = [
      {
        'individual.phone': '415 555 2671',
        'individual.id_number': '123-45-6789',
        'individual.email': 'a@b.co',
      },
      { 'individual.phone': '415 555', 'individual.id_number': '000-12-3456', 'individual.email': 'a@' },
      { 'individual.phone': '+442071838750', 'individual.id_number': '', 'individual.email': '' },
    ];
    for (const values of cases) {
      const expected = compileStep({ fields }, { country: 'US' }).safeParse(values);
      const loaded = schema.safeParse(values);
      expect(loaded.success).toBe(expected.success);
      expect(codesOf(loaded)).toEqual(codesOf(expected));
    }
    expect(codesOf(schema.safeParse(cases[1]))).toEqual([
      ['individual.phone', 'invalid_format'],
      ['individual.id_number', 'invalid_format'],
      ['individual.email', 'invalid_format'],
    ]);
  });

  it('gives each field its compiled validator, by spec', async () => {
    const loaded = await loadStepSchema({ fields }, { country: 'US' });
    expect(loaded.fields.map(({ spec }) => spec.key)).toEqual(fields.map((spec) => spec.key));
    expect(loaded.fields[0]?.validate('415 555', 'individual.phone')).toEqual([
      expect.objectContaining({ param: 'individual.phone', code: 'invalid_format' }),
    ]);
  });

  it('re-checks a field only when its value changes, with the same verdicts', async () => {
    const { schema } = await loadStepSchema({ fields }, { country: 'US' });
    const values = {
      'individual.phone': '415 555',
      'individual.id_number': '123-45-6789',
      'individual.email': 'a@b.co',
    };
    expect(codesOf(schema.safeParse(values))).toEqual([['individual.phone', 'invalid_format']]);
    expect(codesOf(schema.safeParse({ ...values, 'individual.phone': '415 555 2671' }))).toEqual([]);
    expect(codesOf(schema.safeParse(values))).toEqual([['individual.phone', 'invalid_format']]);
  });
});
