import type { Migration } from './migration.js';
import { createPlatforms } from './migrations/0001-create-platforms.js';

/** Every migration, in order. Add new ones at the end; `migrate.test.ts` checks the numbering. */
export const migrations: readonly Migration[] = [createPlatforms];
