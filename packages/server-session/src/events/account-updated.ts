import { type AccountResource, toAccountResource } from '../accounts/account-resource.js';
import type { AccountRecord } from '../accounts/account-store.js';
import { createObjectId } from '../random-token.js';

/** An event to store with the change it tells of: in the same transaction or statement. */
export interface NewEvent {
  readonly id: string;
  readonly platformId: string;
  readonly accountId: string;
  readonly type: 'account.updated';
  /** `{"object": …, "previous_attributes": …}`, serialized once for the statement that stores it. */
  readonly dataJson: string;
  readonly created: Date;
}

/** What an account write leaves: the record fields the platform's view of the account is made from. */
export type AccountAfterWrite = Pick<AccountRecord, 'state' | 'email' | 'metadata'>;

/**
 * The `account.updated` event of a write that takes `before` to `after`, or
 * `null` when the platform would see no change in `GET /v1/accounts/:id`.
 * Both sides are derived at the same `now`, so only what the write changed
 * shows: a deadline that passed on its own is not this write's doing (see
 * {@link accountChangedByClockEvent}).
 * `previous_attributes`, as on Stripe, holds the earlier value of each
 * changed attribute; of an object attribute (requirements, capabilities,
 * metadata), only its changed members, `null` for one that did not exist.
 */
export function accountUpdatedEvent(
  before: AccountRecord,
  after: AccountAfterWrite,
  now: Date,
): NewEvent | null {
  return eventBetween(
    before,
    toAccountResource(before, now),
    toAccountResource({ ...before, ...after }, now),
    now,
  );
}

/**
 * The `account.updated` event of what the clock alone changed on `account`
 * between `since` and `now` (a deadline's requirement coming due or passing,
 * a grace period ending), or `null` when the platform would see no change.
 * No write happened in between: the account is the same record on both sides.
 */
export function accountChangedByClockEvent(account: AccountRecord, since: Date, now: Date): NewEvent | null {
  return eventBetween(account, toAccountResource(account, since), toAccountResource(account, now), now);
}

function eventBetween(
  account: AccountRecord,
  previous: AccountResource,
  current: AccountResource,
  now: Date,
): NewEvent | null {
  const changed = previousAttributes(previous, current);
  if (changed === null) return null;
  return {
    id: createObjectId('evt'),
    platformId: account.platformId,
    accountId: account.id,
    type: 'account.updated',
    dataJson: JSON.stringify({ object: current, previous_attributes: changed }),
    created: now,
  };
}

function previousAttributes(
  previous: AccountResource,
  current: AccountResource,
): Record<string, unknown> | null {
  const changed: Record<string, unknown> = {};
  for (const key of Object.keys(current) as Array<keyof AccountResource>) {
    const before: unknown = previous[key];
    const after: unknown = current[key];
    if (JSON.stringify(before) === JSON.stringify(after)) continue;
    changed[key] = isPlainObject(before) && isPlainObject(after) ? changedMembers(before, after) : before;
  }
  return Object.keys(changed).length === 0 ? null : changed;
}

function changedMembers(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): Record<string, unknown> {
  const members: Record<string, unknown> = {};
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) members[key] = before[key] ?? null;
  }
  return members;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
