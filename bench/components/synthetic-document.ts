import type { FieldSpec, RequirementsDocument } from '@onboardkit/schema';

// The real requirement universe has no step with hundreds of fields, so the 60- and
// 600-field steps are made here: one step of N fields over the account's real document
// (same account, version, locale and requirements shape), served by the bench's own
// handler in place of GET /v1/embedded/requirements. Everything else the component
// calls (session, submissions) is the real session server.

const options = ['alpha', 'bravo', 'charlie', 'delta', 'echo'].map((value) => ({ value, label: value }));

/** The key of the synthetic field `index` (0-based), e.g. `bench.field_042`. */
export function syntheticFieldKey(index: number): string {
  return `bench.field_${String(index).padStart(3, '0')}`;
}

/** A mix close to real steps: text most of all, then email, date, select and phone. */
function syntheticField(index: number): FieldSpec {
  const key = syntheticFieldKey(index);
  const base = { key, label: `Field ${index + 1}`, required: true, status: 'currently_due' };
  switch (index % 10) {
    case 3:
      return { ...base, type: 'email' };
    case 5:
      return { ...base, type: 'date', constraints: { minAge: 13, maxAge: 120 } };
    case 7:
      return { ...base, type: 'select', constraints: { options } };
    case 9:
      return { ...base, type: 'phone' };
    default:
      return { ...base, type: 'text', constraints: { minLength: 2, maxLength: 100 } };
  }
}

/** The account's document with its steps replaced by one step of `count` required fields. */
export function syntheticDocument(real: RequirementsDocument, count: number): RequirementsDocument {
  const fields = Array.from({ length: count }, (_, index) => syntheticField(index));
  const due = fields.map((field) => field.key);
  return {
    ...real,
    requirements: { ...real.requirements, currently_due: due, eventually_due: due },
    steps: [{ id: `bench_${count}`, title: `Synthetic step of ${count} fields`, fields }],
  };
}
