import type { z } from 'zod';

/**
 * Messages for the problems a client's parameters most often have, in the
 * API's own words ("must be one of …", "must be at most 40 characters")
 * rather than zod's ("Invalid option: expected one of …", "Too big: expected
 * string to have <=40 characters"). zod asks this map only where a schema set
 * no message of its own, so those win; other problems keep zod's message.
 */
export const parameterMessages: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_value':
      return issue.values.length === 1
        ? `must be ${String(issue.values[0])}`
        : `must be one of ${issue.values.map(String).join(', ')}`;
    case 'too_big':
      return boundMessage('at most', 'less than', issue.origin, issue.maximum, issue.inclusive);
    case 'too_small':
      if (issue.origin === 'string' && issue.minimum === 1) return 'must not be empty';
      return boundMessage('at least', 'more than', issue.origin, issue.minimum, issue.inclusive);
    case 'invalid_type':
      // A query parameter coerced to a number from text that is none: zod would say "received NaN".
      if (issue.expected === 'number' && Number.isNaN(issue.input)) return 'must be a number';
      return undefined;
    default:
      return undefined;
  }
};

function boundMessage(
  inclusiveWord: string,
  exclusiveWord: string,
  origin: string,
  bound: number | bigint,
  inclusive = true,
): string | undefined {
  const comparison = inclusive ? inclusiveWord : exclusiveWord;
  switch (origin) {
    case 'string':
      return `must be ${comparison} ${bound} characters`;
    case 'array':
    case 'set':
      return `must have ${comparison} ${bound} items`;
    case 'number':
    case 'int':
    case 'bigint':
      return `must be ${comparison} ${bound}`;
    default:
      return undefined;
  }
}
