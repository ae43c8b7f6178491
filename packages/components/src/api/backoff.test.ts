import { describe, expect, it } from 'vitest';
import { defaultRetryPolicy, parseRetryAfter, retryDelay } from './backoff.js';

describe('parseRetryAfter', () => {
  const now = Date.parse('2025-06-01T12:00:00Z');

  it('reads seconds and HTTP dates, a date past as no wait', () => {
    expect(parseRetryAfter('7', now)).toBe(7);
    expect(parseRetryAfter('Sun, 01 Jun 2025 12:00:09 GMT', now)).toBe(9);
    expect(parseRetryAfter('Sun, 01 Jun 2025 11:00:00 GMT', now)).toBe(0);
  });

  it('ignores a missing or unreadable header', () => {
    expect(parseRetryAfter(null, now)).toBeUndefined();
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter('-3', now)).toBeUndefined();
  });
});

describe('retryDelay', () => {
  it('waits what the server asked, within the policy’s limit, else not at all', () => {
    expect(retryDelay(defaultRetryPolicy, 0, 12)).toBe(12_000);
    expect(retryDelay(defaultRetryPolicy, 0, 31)).toBeUndefined();
  });

  it('backs off when the server said nothing', () => {
    expect(retryDelay(defaultRetryPolicy, 1, undefined, () => 1)).toBe(600);
  });
});
