import type { Step } from '@onboardkit/schema';
import { describe, expect, it } from 'vitest';
import { stepAfter, stepInPlaceOf } from './step-order.js';

function stepsOf(ids: string[]): Step[] {
  return ids.map((id) => ({ id, title: id, fields: [] }));
}

const before = ['business', 'company', 'personal', 'persons', 'payouts', 'terms'];

describe('stepAfter', () => {
  it('is the step after the saved one in the document the save left', () => {
    expect(stepAfter('business', before, stepsOf(['business', 'personal', 'payouts', 'terms']))?.id).toBe(
      'personal',
    );
    expect(stepAfter('business', before, stepsOf(before))?.id).toBe('company');
  });

  it('is, when the saved step is gone, the first step that was not at or before it', () => {
    expect(stepAfter('company', before, stepsOf(['business', 'personal', 'payouts']))?.id).toBe('personal');
  });

  it('is undefined (the review) after the last step', () => {
    expect(stepAfter('terms', before, stepsOf(before))).toBeUndefined();
  });
});

describe('stepInPlaceOf', () => {
  it('is the step itself while the document has it', () => {
    expect(stepInPlaceOf('company', before, stepsOf(before))?.id).toBe('company');
  });

  it('is the step that took its place once it is gone, never the first step', () => {
    expect(stepInPlaceOf('company', before, stepsOf(['business', 'personal', 'terms']))?.id).toBe('personal');
  });
});
