import { createHash } from 'node:crypto';
import type { RequirementsDocument } from '@onboardkit/schema';
import { setMostRecent } from '../most-recent-map.js';
import { serializeDocument } from '../requirements/document/serialize-document.js';

/** A requirements document as sent: its JSON, the ETag of those bytes, and until when the clock leaves it so. */
export interface DocumentResponse {
  /** The JSON as UTF-8, encoded once rather than on every send. */
  readonly body: Uint8Array<ArrayBuffer>;
  readonly etag: string;
  /** Unix seconds; from then on the document must be built again (`documentValidUntil`). */
  readonly validUntil: number;
}

/** Everything a requirements document depends on besides the clock. */
export interface DocumentKey {
  readonly accountId: string;
  /** The account's version: every write bumps it, so a write makes every older entry unreachable. */
  readonly version: number;
  readonly locale: string;
  readonly collect: string;
  readonly futureRequirements: string;
  /** Whether the session's components collect the payout bank account (the field is left out otherwise). */
  readonly collectsBankAccount: boolean;
}

export interface DocumentResponseCacheOptions {
  /** Documents kept at most (default 500, ≈ 12 MB at 24 KB each); the least recently used go first. */
  maxEntries?: number;
}

/**
 * The requirements documents this process built lately, serialized, so a
 * component's repeated fetches of an unchanged account cost a lookup rather
 * than a build (≈1 ms of CPU and a 24 KB `JSON.stringify`). Entries are keyed
 * by account version and never updated in place: a write to the account bumps
 * its version, so the next read misses and builds the new document, in this
 * process or any other sharing the store. The clock is the only other input,
 * and an entry is dropped once it passes the entry's `validUntil`.
 *
 * @example
 * const cached = cache.get(key, now) ?? cache.set(key, documentResponse(document, validUntil));
 */
export interface DocumentResponseCache {
  get(key: DocumentKey, now: number): DocumentResponse | undefined;
  /** Keeps `response` under `key` and returns it. */
  set(key: DocumentKey, response: DocumentResponse): DocumentResponse;
  /** Drops every document of an account, after erasing it (its entries could never be read again anyway). */
  forgetAccount(accountId: string): void;
}

export function createDocumentResponseCache(
  options: DocumentResponseCacheOptions = {},
): DocumentResponseCache {
  const maxEntries = options.maxEntries ?? 500;
  // Map order is insertion order: re-inserting on every hit makes the first key the least recently used.
  const entries = new Map<string, { accountId: string; response: DocumentResponse }>();
  // Per account, its newest version cached and that version's keys. An entry of an older version can
  // never be read again (the store only moves versions forward), so it goes as soon as a newer one
  // comes, rather than when 500 others have: a form's submissions would otherwise fill the cache
  // with dead 24 KB answers that live long enough to cost a full garbage collection each.
  const newest = new Map<string, { version: number; keys: Set<string> }>();
  const keyOf = (key: DocumentKey) =>
    `${key.accountId}\u0000${key.version}\u0000${key.locale}\u0000${key.collect}\u0000${key.futureRequirements}\u0000${key.collectsBankAccount ? 1 : 0}`;

  return {
    get(key, now) {
      const text = keyOf(key);
      const entry = entries.get(text);
      if (!entry) return undefined;
      entries.delete(text);
      if (now >= entry.response.validUntil) return undefined;
      entries.set(text, entry);
      return entry.response;
    },
    set(key, response) {
      const text = keyOf(key);
      const known = newest.get(key.accountId);
      if (known === undefined || known.version < key.version) {
        for (const older of known?.keys ?? []) entries.delete(older);
        newest.set(key.accountId, { version: key.version, keys: new Set([text]) });
      } else if (known.version === key.version) {
        known.keys.add(text);
      }
      for (const dropped of setMostRecent(
        entries,
        text,
        { accountId: key.accountId, response },
        maxEntries,
      )) {
        // A key starts with its account's id (see keyOf); that account keeps its other entries.
        const accountId = dropped.slice(0, dropped.indexOf('\u0000'));
        const tracked = newest.get(accountId);
        if (tracked?.keys.delete(dropped) && tracked.keys.size === 0) newest.delete(accountId);
      }
      return response;
    },
    forgetAccount(accountId) {
      for (const [text, entry] of entries) if (entry.accountId === accountId) entries.delete(text);
      newest.delete(accountId);
    },
  };
}

const utf8 = new TextEncoder();

/**
 * Serializes a document once. Its ETag, a hash of the bytes sent, is worked
 * out the first time a GET needs it: a submission's answer goes out without
 * one, and most are never fetched again unchanged.
 */
export function documentResponse(document: RequirementsDocument, validUntil: number): DocumentResponse {
  const body = utf8.encode(serializeDocument(document));
  let etag: string | undefined;
  return {
    body,
    validUntil,
    get etag() {
      etag ??= `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
      return etag;
    },
  };
}
