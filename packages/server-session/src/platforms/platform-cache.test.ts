import { describe, expect, it } from 'vitest';
import type { SqlExecutor } from '../store/store.js';
import { useTestStore } from '../store/test-stores.fixture.js';
import { createPlatformCache } from './platform-cache.js';
import { createPlatform, updatePlatform } from './platforms.js';
import { generateSecretKey } from './secret-key.js';

const store = useTestStore('pglite');

/** The store, counting the statements that reach it. */
function counting(): SqlExecutor & { readonly count: number } {
  let count = 0;
  return {
    get count() {
      return count;
    },
    query: (text, parameters) => {
      count += 1;
      return store.query(text, parameters);
    },
    execute: (script) => store.execute(script),
  };
}

describe('createPlatformCache', () => {
  it('reads a platform once, then serves it from memory until it is older than its max age', async () => {
    const { platform, secretKey } = await createPlatform(store, { name: 'P', origins: [] });
    const db = counting();
    const cache = createPlatformCache({ maxAgeMs: 1_000 });
    expect(await cache.lookup(db, secretKey, 0)).toEqual(platform);
    expect(await cache.lookup(db, secretKey, 1_000)).toEqual(platform);
    expect(db.count).toBe(1);
    expect(await cache.lookup(db, secretKey, 1_001)).toEqual(platform);
    expect(db.count).toBe(2);
    // A clock that went back cannot vouch for an entry either.
    await cache.lookup(db, secretKey, 500);
    expect(db.count).toBe(3);
  });

  it('reads again after forgetPlatform, so a change made in this process shows at once', async () => {
    const { platform, secretKey } = await createPlatform(store, { name: 'Before', origins: [] });
    const cache = createPlatformCache();
    await cache.lookup(store, secretKey, 0);
    await updatePlatform(store, platform.id, { name: 'After' });
    expect((await cache.lookup(store, secretKey, 1))?.name).toBe('Before');
    cache.forgetPlatform(platform.id);
    expect((await cache.lookup(store, secretKey, 2))?.name).toBe('After');
  });

  it('does not remember unknown keys: a key created after a miss works at once', async () => {
    const db = counting();
    const cache = createPlatformCache();
    const unknown = generateSecretKey();
    expect(await cache.lookup(db, unknown, 0)).toBeNull();
    expect(await cache.lookup(db, unknown, 0)).toBeNull();
    expect(db.count).toBe(2);
    expect(await cache.lookup(db, "sk_test_' OR 1=1 --", 0)).toBeNull();
    expect(db.count).toBe(2);
    const { platform, secretKey } = await createPlatform(store, { name: 'New', origins: [] });
    expect(await cache.lookup(db, secretKey, 0)).toEqual(platform);
  });

  it('keeps at most maxEntries platforms', async () => {
    const db = counting();
    const cache = createPlatformCache({ maxEntries: 1 });
    const first = await createPlatform(store, { name: 'A', origins: [] });
    const second = await createPlatform(store, { name: 'B', origins: [] });
    await cache.lookup(db, first.secretKey, 0);
    await cache.lookup(db, second.secretKey, 0);
    await cache.lookup(db, first.secretKey, 0);
    expect(db.count).toBe(3);
  });
});
