import { describe, expect, it } from 'vitest';
import { createRequestIdSource } from './request-log.js';

describe('createRequestIdSource', () => {
  it('makes ids of req_ and 16 base62 characters, unique within a process', () => {
    const next = createRequestIdSource();
    const ids = Array.from({ length: 5_000 }, next);
    for (const id of ids) expect(id).toMatch(/^req_[0-9A-Za-z]{16}$/);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('gives two processes (two sources) different ids', () => {
    const first = createRequestIdSource();
    const second = createRequestIdSource();
    expect(first().slice(0, 12)).not.toBe(second().slice(0, 12));
  });
});
