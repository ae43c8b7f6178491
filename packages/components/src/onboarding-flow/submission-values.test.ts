import type { FieldSpec, StepValues } from '@onboardkit/schema';
import { describe, expect, it } from 'vitest';
import { fieldName } from './field-names.js';
import { type FormValues, toFormValue, toWireValues } from './form-values.js';
import { type HeldValues, takeServerValues } from './held-values.js';
import { changedStepValues } from './submission-values.js';

const url: FieldSpec = { key: 'business_profile.url', type: 'url', label: 'Website', required: true };
const descriptor: FieldSpec = {
  key: 'settings.payments.statement_descriptor',
  type: 'text',
  label: 'Statement descriptor',
  required: true,
};
const nickname: FieldSpec = {
  key: 'business_profile.name',
  type: 'text',
  label: 'Nickname',
  required: false,
};
const ssn: FieldSpec = {
  key: 'individual.ssn_last_4',
  type: 'id_number',
  label: 'SSN',
  required: false,
  sensitive: true,
};
const owners: FieldSpec = {
  key: 'owners',
  type: 'person_list',
  label: 'Owners',
  required: false,
  personList: {
    role: 'owner',
    fields: [
      { key: 'first_name', type: 'text', label: 'First', required: true },
      { key: 'relationship.title', type: 'text', label: 'Title', required: false },
      { key: 'id_number', type: 'id_number', label: 'Id', required: false, sensitive: true },
    ],
  },
};

/** The form as seeded from `fields` (values as the server holds them), with what it held. */
function seeded(fields: FieldSpec[]): { values: FormValues; held: HeldValues } {
  const values: FormValues = {};
  const held: HeldValues = new Map();
  for (const spec of fields) {
    values[fieldName(spec.key)] = toFormValue(spec, spec.value);
    // Apart from the form's, as react-hook-form keeps its values (it clones what it is given).
    held.set(spec.key, structuredClone(values[fieldName(spec.key)]));
  }
  return { values, held };
}

/** What a step submits from `values`: `checked` stands for the schema's output (visible, non-blank). */
function submitted(fields: FieldSpec[], values: FormValues, held: HeldValues): StepValues {
  const wire = toWireValues(fields, values);
  const checked: StepValues = {};
  for (const [key, value] of Object.entries(wire)) {
    if (value !== undefined && value !== '') checked[key] = value as StepValues[string];
  }
  return changedStepValues(fields, checked, values, wire, held);
}

describe('changedStepValues', () => {
  it('sends only the fields the person changed, not a value the server changed since', () => {
    const fields = [
      { ...url, value: 'https://a.example' },
      { ...descriptor, value: 'JENNY' },
    ];
    const { values, held } = seeded(fields);
    values[fieldName(descriptor.key)] = 'ROCKET RIDES';
    // The platform changed the website: a newer document arrives.
    takeServerValues(
      [
        { ...url, value: 'https://b.example' },
        { ...descriptor, value: 'JENNY' },
      ],
      held,
      values,
      (name, value) => {
        values[name] = value;
      },
    );
    expect(values[fieldName(url.key)]).toBe('https://b.example');
    expect(values[fieldName(descriptor.key)]).toBe('ROCKET RIDES');
    expect(submitted(fields, values, held)).toEqual({ [descriptor.key]: 'ROCKET RIDES' });
  });

  it('clears an optional value the server holds with null, and sends nothing for one it never held', () => {
    const fields = [{ ...nickname, value: 'Rocket' }];
    const { values, held } = seeded(fields);
    values[fieldName(nickname.key)] = '';
    expect(submitted(fields, values, held)).toEqual({ [nickname.key]: null });

    const empty = seeded([nickname]);
    empty.values[fieldName(nickname.key)] = '';
    expect(submitted([nickname], empty.values, empty.held)).toEqual({});
  });

  it('never clears a sensitive value, which the browser never had', () => {
    const { values, held } = seeded([ssn]);
    values[fieldName(ssn.key)] = '1234';
    values[fieldName(ssn.key)] = '';
    expect(submitted([ssn], values, held)).toEqual({});
  });

  it('clears a listed person’s optional value the server holds, and leaves their sensitive ones alone', () => {
    const fields = [
      {
        ...owners,
        value: [
          {
            id: 'person_1',
            values: { first_name: 'Anna', 'relationship.title': 'CFO' },
            masks: { id_number: { provided: true } },
          },
        ],
      },
    ];
    const { values, held } = seeded(fields);
    const [anna] = values.owners as Array<{ values: FormValues }>;
    if (anna) anna.values[fieldName('relationship.title')] = '';
    expect(submitted(fields, values, held)).toEqual({
      owners: [{ id: 'person_1', values: { first_name: 'Anna', 'relationship.title': null } }],
    });
  });
});

describe('takeServerValues', () => {
  it('fills an input left empty with a value the server got since, and sends nothing for it', () => {
    const fields = [{ ...descriptor }];
    const { values, held } = seeded(fields);
    // Mounted, the input holds '' where the server gave nothing: no change of the person's.
    values[fieldName(descriptor.key)] = '';
    const newer = [{ ...descriptor, value: 'JENNY' }];
    takeServerValues(newer, held, values, (name, value) => {
      values[name] = value;
    });
    expect(values[fieldName(descriptor.key)]).toBe('JENNY');
    expect(submitted(newer, values, held)).toEqual({});
  });
});
