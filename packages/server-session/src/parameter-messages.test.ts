import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parameterMessages } from './parameter-messages.js';

const messageOf = (schema: z.ZodType, input: unknown) =>
  schema.safeParse(input, { error: parameterMessages }).error?.issues[0]?.message;

describe('parameterMessages', () => {
  it.each([
    [
      'an option',
      z.enum(['currently_due', 'eventually_due']),
      'all',
      'must be one of currently_due, eventually_due',
    ],
    ['the one literal', z.literal('account'), 'acct', 'must be account'],
    ['a long string', z.string().max(40), 'x'.repeat(41), 'must be at most 40 characters'],
    ['an empty string', z.string().min(1), '', 'must not be empty'],
    ['a short string', z.string().min(3), 'ab', 'must be at least 3 characters'],
    ['a large number', z.number().int().max(100), 101, 'must be at most 100'],
    ['a number not above zero', z.number().positive(), 0, 'must be more than 0'],
    ['a long list', z.array(z.string()).max(2), ['a', 'b', 'c'], 'must have at most 2 items'],
    ['text where a number goes (a query parameter)', z.coerce.number().int(), 'abc', 'must be a number'],
  ])('words %s in the API’s terms', (_, schema, input, message) => {
    expect(messageOf(schema, input)).toBe(message);
  });

  it('leaves a message the schema sets alone, and other problems to zod', () => {
    expect(messageOf(z.string().max(40, 'keys must be at most 40 characters'), 'x'.repeat(41))).toBe(
      'keys must be at most 40 characters',
    );
    expect(messageOf(z.boolean(), 'yes')).toBe('Invalid input: expected boolean, received string');
  });
});
