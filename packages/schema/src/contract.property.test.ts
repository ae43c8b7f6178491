import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileStep } from './compile-step.js';
import { type FieldSpec, knownFieldTypes } from './field-spec.js';
import { formats } from './formats/registry.js';
import { usIndividualDocument } from './requirements-document.fixture.js';
import { type RequirementsDocument, requirementsDocumentSchema } from './requirements-document.js';
import { validateSubmission } from './validate-submission.js';

// Hundreds of generated cases per property: generous on a busy 2-core CI machine.
const propertyTest = { timeout: 60_000 };

const key = fc.stringMatching(/^[a-z][a-z0-9_]{0,6}(\.[a-z][a-z0-9_]{0,6}){0,2}$/);
const formatName = fc.oneof(fc.constantFrom(...Object.keys(formats)), fc.string());
const country = fc.oneof(
  fc.constantFrom('US', 'GB', 'DE', 'FR', 'JP', 'BR', 'IN', 'IE'),
  fc.string({ maxLength: 3 }),
);
const option = fc.record({ value: fc.string(), label: fc.string() });

const constraints = fc.record(
  {
    minLength: fc.nat(20),
    maxLength: fc.nat(200),
    pattern: fc.constantFrom('\\d+', '[A-Z]{2}', '(', '.*', 'a|b'),
    format: formatName,
    allowValues: fc.array(fc.string(), { maxLength: 3 }),
    options: fc.array(option, { maxLength: 4 }),
    min: fc.integer(),
    max: fc.integer(),
    minAge: fc.nat(30),
    maxAge: fc.nat(130),
    mustBeTrue: fc.boolean(),
    minItems: fc.nat(3),
    maxItems: fc.nat(5),
  },
  { requiredKeys: [] },
);

const condition = fc.record(
  {
    field: key,
    operator: fc.oneof(
      fc.constantFrom('equals', 'not_equals', 'in', 'not_in', 'provided', 'not_provided'),
      fc.string(),
    ),
    value: fc.jsonValue({ maxDepth: 2 }),
  },
  { requiredKeys: ['field', 'operator'] },
);

const { field } = fc.letrec<{ field: FieldSpec }>((tie) => ({
  field: fc.record(
    {
      key,
      type: fc.oneof(fc.constantFrom(...knownFieldTypes), fc.string()),
      label: fc.string(),
      required: fc.boolean(),
      help: fc.string(),
      country,
      constraints,
      visibleWhen: fc.array(condition, { maxLength: 2 }),
      sensitive: fc.boolean(),
      mask: fc.record({ provided: fc.boolean() }),
      value: fc.jsonValue({ maxDepth: 2 }),
      address: fc.record({
        country,
        parts: fc.dictionary(
          fc.constantFrom('line1', 'line2', 'town', 'city', 'state', 'postal_code'),
          fc.constantFrom('required' as const, 'optional' as const),
        ),
      }),
      bankAccount: fc.record({
        country,
        currency: fc.constantFrom('usd', 'eur'),
        scheme: fc.oneof(fc.constantFrom('iban', 'routing_and_account', 'account'), fc.string()),
        routingFormat: formatName,
        accountPattern: fc.constantFrom('\\d{4,17}', '['),
      }),
      personList: fc.record({
        role: fc.constantFrom('owner', 'director'),
        fields: fc.array(tie('field'), { maxLength: 3, depthIdentifier: 'person' }),
      }),
    },
    { requiredKeys: ['key', 'type', 'label', 'required'] },
  ) as fc.Arbitrary<FieldSpec>,
}));

const requirements = fc.record({
  currently_due: fc.array(key, { maxLength: 4 }),
  eventually_due: fc.array(key, { maxLength: 4 }),
  past_due: fc.array(key, { maxLength: 2 }),
  pending_verification: fc.array(key, { maxLength: 2 }),
  errors: fc.array(fc.record({ requirement: key, code: fc.string(), reason: fc.string() }), { maxLength: 2 }),
  disabled_reason: fc.option(fc.string(), { nil: null }),
  current_deadline: fc.option(fc.integer({ min: 0 }), { nil: null }),
});

const document: fc.Arbitrary<RequirementsDocument> = fc.record({
  object: fc.constant('requirements_document' as const),
  account: fc.string(),
  country: fc.constantFrom('US', 'GB', 'DE', 'JP'),
  locale: fc.constantFrom('en', 'fr', 'de', 'es', 'ja'),
  version: fc.nat(),
  collect: fc.constantFrom('currently_due' as const, 'eventually_due' as const),
  requirements,
  future_requirements: fc.option(requirements, { nil: null }),
  steps: fc.array(
    fc.record({
      id: fc.string({ minLength: 1 }),
      title: fc.string(),
      fields: fc.array(field, { maxLength: 5 }),
    }),
    {
      maxLength: 3,
    },
  ),
});

// Values that reach validators from forms and request bodies: JSON, and worse.
const anyValues = fc.oneof(
  fc.dictionary(key, fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.anything())),
  fc.anything(),
);

describe('given arbitrary input', () => {
  it('compiled step validators never throw', propertyTest, () => {
    fc.assert(
      fc.property(fc.array(field, { maxLength: 6 }), anyValues, (fields, values) => {
        const result = compileStep({ fields }, { country: 'US' }).safeParse(values);
        expect(typeof result.success).toBe('boolean');
      }),
      { numRuns: 400 },
    );
  });

  it('validateSubmission never throws and reports every error with a param and a code', propertyTest, () => {
    fc.assert(
      fc.property(document, anyValues, (doc, values) => {
        const verdict = validateSubmission(doc, values);
        expect(verdict.ok).toBe(verdict.errors.length === 0);
        for (const error of verdict.errors) {
          expect(error.param).toEqual(expect.any(String));
          expect(error.code).toMatch(/^[a-z0-9_]+$/);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('every format answers a boolean for any string', propertyTest, () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 64 }),
        fc.option(country, { nil: undefined }),
        (value, at) => {
          for (const validate of Object.values(formats)) {
            expect(typeof validate(value, at === undefined ? undefined : { country: at })).toBe('boolean');
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});

/** `value` with every `__proto__` key left out, at any depth: what parsing keeps of JSON that has them. */
function withoutProtoKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutProtoKeys);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([name]) => name !== '__proto__')
      .map(([name, item]) => [name, withoutProtoKeys(item)]),
  );
}

describe('given an arbitrary document', () => {
  it('round-trips through parse and serialize, but for __proto__ keys', propertyTest, () => {
    fc.assert(
      fc.property(document, (generated) => {
        const wire = JSON.parse(JSON.stringify(generated)) as unknown;
        const parsed = requirementsDocumentSchema.parse(wire);
        const reparsed = requirementsDocumentSchema.parse(JSON.parse(JSON.stringify(parsed)));
        expect(reparsed).toEqual(parsed);
        expect(parsed).toEqual(withoutProtoKeys(wire));
      }),
      { numRuns: 200 },
    );
  });

  it('leaves out a __proto__ key that JSON.parse let through, so no value can set a prototype', () => {
    // Found by the property above (seed -1642457483): JSON.parse makes `__proto__` an own key, and the
    // parse drops it. A field value never needs one; an object whose prototype a client chose is a hazard.
    const wire = JSON.parse(
      JSON.stringify(usIndividualDocument).replace(
        '"type":"text"',
        '"type":"text","value":{"__proto__":{"polluted":true},"kept":1}',
      ),
    ) as unknown;
    const parsed = requirementsDocumentSchema.parse(wire);
    const field = parsed.steps.flatMap((step) => step.fields).find((spec) => spec.type === 'text');
    expect(field?.value).toEqual({ kept: 1 });
    expect(Object.getPrototypeOf(field?.value)).toBe(Object.prototype);
  });
});
