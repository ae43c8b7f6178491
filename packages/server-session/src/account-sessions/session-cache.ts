import { setMostRecent } from '../most-recent-map.js';
import type { SqlExecutor } from '../store/store.js';
import { type AuthenticatedSession, findAccountSessionBySecret } from './account-sessions.js';
import { clientSecretPattern } from './client-secret.js';

/**
 * What a client secret opens: a usable session; one that expired or was
 * revoked (still named, so its platform's origins can be told the error); or
 * nothing.
 */
export type SessionLookup =
  | { status: 'live'; session: AuthenticatedSession }
  | { status: 'expired' | 'revoked'; session: AuthenticatedSession }
  | { status: 'unknown' };

export interface SessionCacheOptions {
  /**
   * How long a session read from the store is trusted before it is read again
   * (default 2 s). Bounds how late a revocation made by another server process
   * is noticed on reads; this process's revocations and every write (see
   * `isAccountSessionLive`) take effect at once.
   */
  maxAgeMs?: number;
  /** Entries kept at most (default 10,000); the oldest go first. */
  maxEntries?: number;
}

/**
 * Looks up account sessions by client secret, with a small in-process cache
 * so the embedded API does not pay a store round trip per request. Entries
 * are keyed by the secret itself, held only in this process's memory as the
 * requests carrying it are: hashing it (what the store keys on) cost as much
 * as the rest of a cached lookup. It is never logged nor written anywhere.
 * Expiry is checked against the clock on every lookup, cached or not.
 *
 * @example
 * const sessions = createSessionCache();
 * const lookup = await sessions.lookup(store, clientSecret, new Date());
 * if (lookup.status !== 'live') throw sessionExpired();
 */
export interface SessionCache {
  /**
   * Synchronous when the session is cached, which is nearly every request:
   * awaiting a settled promise would still cost the request a turn of the
   * microtask queue.
   */
  lookup(db: SqlExecutor, clientSecret: string, now: Date): SessionLookup | Promise<SessionLookup>;
  /** Drops a session, after revoking it here. */
  forgetSession(sessionId: string): void;
  /** Drops every session of an account, after erasing it. */
  forgetAccount(accountId: string): void;
}

export function createSessionCache(options: SessionCacheOptions = {}): SessionCache {
  const maxAgeMs = options.maxAgeMs ?? 2_000;
  const maxEntries = options.maxEntries ?? 10_000;
  // Unknown secrets are not cached: an attacker's guesses must not evict real sessions.
  const entries = new Map<string, { session: AuthenticatedSession; readAt: number }>();

  const forgetWhere = (matches: (session: AuthenticatedSession) => boolean) => {
    for (const [secret, entry] of entries) if (matches(entry.session)) entries.delete(secret);
  };

  const statusAt = (session: AuthenticatedSession, now: Date): SessionLookup => {
    if (session.revokedAt !== null) return { status: 'revoked', session };
    if (session.expiresAt.getTime() <= now.getTime()) return { status: 'expired', session };
    return { status: 'live', session };
  };

  const readFromStore = async (db: SqlExecutor, clientSecret: string, now: Date): Promise<SessionLookup> => {
    const session = await findAccountSessionBySecret(db, clientSecret);
    if (!session) {
      entries.delete(clientSecret);
      return { status: 'unknown' };
    }
    setMostRecent(entries, clientSecret, { session, readAt: now.getTime() }, maxEntries);
    return statusAt(session, now);
  };

  return {
    lookup(db, clientSecret, now) {
      if (!clientSecretPattern.test(clientSecret)) return { status: 'unknown' };
      const entry = entries.get(clientSecret);
      if (!entry || now.getTime() - entry.readAt > maxAgeMs || now.getTime() < entry.readAt) {
        return readFromStore(db, clientSecret, now);
      }
      return statusAt(entry.session, now);
    },
    forgetSession: (sessionId) => forgetWhere((session) => session.id === sessionId),
    forgetAccount: (accountId) => forgetWhere((session) => session.accountId === accountId),
  };
}
