import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatPicked, pick } from './json-field.mjs';

const script = fileURLToPath(new URL('./json-field.mjs', import.meta.url));
const account = {
  id: 'acct_1',
  charges_enabled: false,
  requirements: { currently_due: ['a', 'b'] },
  steps: [
    { id: 'business', fields: [{ key: 'x' }] },
    { id: 'terms', fields: [] },
  ],
};

describe('json-field', () => {
  it('picks keys, indexes and every item of an array', () => {
    expect(pick(account, 'id')).toBe('acct_1');
    expect(pick(account, 'requirements.currently_due.1')).toBe('b');
    expect(pick(account, 'steps.*.id')).toEqual(['business', 'terms']);
    expect(pick(account, 'steps.0.fields.*.key')).toEqual(['x']);
    expect(pick(account, 'requirements.nope.deeper')).toBeUndefined();
    expect(pick(account, 'id.length')).toBeUndefined();
  });

  it('prints strings bare and the rest as compact JSON, one line per path, from standard input', () => {
    expect(formatPicked(false)).toBe('false');
    const printed = execFileSync(process.execPath, [script, 'id', 'charges_enabled', 'steps.*.id'], {
      input: JSON.stringify(account),
      encoding: 'utf8',
    });
    expect(printed).toBe('acct_1\nfalse\n["business","terms"]\n');
  });
});
