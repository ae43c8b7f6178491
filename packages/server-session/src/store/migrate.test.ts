import { describe, expect, it } from 'vitest';
import { assertOrdered } from './migrate.js';
import { migrations } from './migrations.js';

describe('the migration list', () => {
  it('numbers its migrations 1, 2, 3… in order', () => {
    expect(() => assertOrdered(migrations)).not.toThrow();
  });

  it('gives every migration a snake_case name', () => {
    for (const migration of migrations) expect(migration.name).toMatch(/^[a-z][a-z0-9_]*$/);
  });
});

describe('given migrations out of order', () => {
  it('refuses them before touching a database, naming the one to renumber', () => {
    const list = [
      { version: 1, name: 'first', sql: '' },
      { version: 3, name: 'skipped_two', sql: '' },
    ];
    expect(() => assertOrdered(list)).toThrow('Migration "skipped_two" has version 3, expected 2');
  });
});
