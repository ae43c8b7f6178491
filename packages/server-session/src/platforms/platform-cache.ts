import { setMostRecent } from '../most-recent-map.js';
import type { SqlExecutor } from '../store/store.js';
import { findPlatformBySecretKey, type Platform } from './platforms.js';
import { hashSecretKey, secretKeyPattern } from './secret-key.js';

export interface PlatformCacheOptions {
  /**
   * How long a platform read from the store is trusted before it is read again
   * (default 2 s, as for sessions). Bounds how late a change made by another
   * server process (its origins, its name) is seen here; this process's own
   * changes take effect at once (`forgetPlatform`).
   */
  maxAgeMs?: number;
  /** Platforms kept at most (default 1,000); the least recently read go first. */
  maxEntries?: number;
}

/**
 * Looks platforms up by secret key with a small in-process cache, so the
 * platform API does not pay a store round trip per request to authenticate.
 * Entries are keyed by the key's SHA-256, never the key; unknown keys are not
 * cached, so guesses cannot evict real platforms and a key created by another
 * process works at once.
 *
 * @example
 * const platforms = createPlatformCache();
 * const platform = await platforms.lookup(store, secretKey, Date.now());
 */
export interface PlatformCache {
  /** The platform `secretKey` belongs to, or `null`; `now` in milliseconds. */
  lookup(db: SqlExecutor, secretKey: string, now: number): Promise<Platform | null>;
  /** Drops a platform after changing it here (or rotating or erasing its key), so the next request reads it. */
  forgetPlatform(platformId: string): void;
}

export function createPlatformCache(options: PlatformCacheOptions = {}): PlatformCache {
  const maxAgeMs = options.maxAgeMs ?? 2_000;
  const maxEntries = options.maxEntries ?? 1_000;
  const entries = new Map<string, { platform: Platform; readAt: number }>();

  return {
    async lookup(db, secretKey, now) {
      if (!secretKeyPattern.test(secretKey)) return null;
      const hash = hashSecretKey(secretKey);
      const entry = entries.get(hash);
      entries.delete(hash);
      // A clock that went back (a test's, or a corrected one) cannot vouch for the entry either.
      if (entry && now - entry.readAt <= maxAgeMs && now >= entry.readAt) {
        entries.set(hash, entry);
        return entry.platform;
      }
      const platform = await findPlatformBySecretKey(db, secretKey);
      if (!platform) return null;
      setMostRecent(entries, hash, { platform, readAt: now }, maxEntries);
      return platform;
    },
    forgetPlatform(platformId) {
      for (const [hash, entry] of entries) if (entry.platform.id === platformId) entries.delete(hash);
    },
  };
}
