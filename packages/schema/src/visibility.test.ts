import { describe, expect, it } from 'vitest';
import type { Condition } from './field-spec.js';
import { isBlank, isFieldVisible } from './visibility.js';

const when = (...visibleWhen: Condition[]) => ({ visibleWhen });

describe('isFieldVisible', () => {
  it('shows a field without conditions', () => {
    expect(isFieldVisible({}, {})).toBe(true);
  });

  it.each([
    [{ field: 'type', operator: 'equals', value: 'company' }, { type: 'company' }, true],
    [{ field: 'type', operator: 'equals', value: 'company' }, { type: 'individual' }, false],
    [{ field: 'type', operator: 'not_equals', value: 'company' }, {}, true],
    [{ field: 'type', operator: 'in', value: ['company', 'non_profit'] }, { type: 'non_profit' }, true],
    [{ field: 'type', operator: 'in', value: ['company'] }, { type: 'individual' }, false],
    [{ field: 'type', operator: 'not_in', value: ['company'] }, { type: 'individual' }, true],
    [{ field: 'owner', operator: 'equals', value: true }, { owner: true }, true],
    [{ field: 'url', operator: 'provided' }, { url: ' ' }, false],
    [{ field: 'url', operator: 'not_provided' }, {}, true],
    [{ field: 'url', operator: 'matches_regex_v9', value: 'x' }, {}, true],
  ] as Array<[Condition, Record<string, unknown>, boolean]>)(
    '%j with %j is %s',
    (condition, values, visible) => {
      expect(isFieldVisible(when(condition), values)).toBe(visible);
    },
  );

  it('needs every condition to hold', () => {
    const spec = when(
      { field: 'type', operator: 'equals', value: 'company' },
      { field: 'country', operator: 'equals', value: 'US' },
    );
    expect(isFieldVisible(spec, { type: 'company', country: 'US' })).toBe(true);
    expect(isFieldVisible(spec, { type: 'company', country: 'DE' })).toBe(false);
  });
});

describe('isBlank', () => {
  it.each([undefined, null, '', '   '])('treats %j as not given', (value) => {
    expect(isBlank(value)).toBe(true);
  });
  it.each([false, 0, 'x', [], {}])('treats %j as given', (value) => {
    expect(isBlank(value)).toBe(false);
  });
});
