import type { FieldSpec } from '@onboardkit/schema';
import { describe, expect, it } from 'vitest';
import { fieldsPerGroup, groupFields } from './field-groups.js';

const step: FieldSpec[] = Array.from({ length: 45 }, (_, index) => ({
  key: `field_${index}`,
  type: 'text',
  label: `Field ${index}`,
  required: true,
}));
const keysOf = (groups: ReturnType<typeof groupFields>) =>
  groups.map((group) => [group.key, group.fields.map((spec) => spec.key)]);

describe('groupFields', () => {
  it('cuts the step into runs of consecutive fields, the last one shorter', () => {
    const groups = groupFields(step, step);
    expect(groups.map((group) => group.fields.length)).toEqual([fieldsPerGroup, fieldsPerGroup, 5]);
    expect(groups.map((group) => group.key)).toEqual(['field_0', 'field_20', 'field_40']);
  });

  it('keeps every shown field in its own run when a hidden one is revealed', () => {
    const hidden = step.filter((spec) => spec.key !== 'field_3');
    const before = keysOf(groupFields(step, hidden));
    const after = keysOf(groupFields(step, step));
    expect(before[1]).toEqual(after[1]);
    expect(after[0]?.[1]).toContain('field_3');
    expect(before[0]?.[1]).not.toContain('field_3');
  });

  it('leaves out runs with nothing to show, and shows only the fields given', () => {
    const groups = groupFields(step, step.slice(0, 25));
    expect(keysOf(groups).map(([key]) => key)).toEqual(['field_0', 'field_20']);
    expect(groups[1]?.fields).toHaveLength(5);
  });
});
