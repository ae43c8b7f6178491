import type { FieldValue } from '@onboardkit/schema';
import { isAccountSessionLive } from '../account-sessions/account-sessions.js';
import { sessionExpired } from '../account-sessions/session-expired.js';
import {
  type AccountChanges,
  type AccountRecord,
  findAccount,
  lockAccount,
  updateAccount,
  updateAccountIfUnchanged,
  type WritingSession,
} from '../accounts/account-store.js';
import type { AccountWriter } from '../accounts/account-writer.js';
import type { Metadata } from '../accounts/metadata.js';
import type { RecentAccounts } from '../accounts/recent-accounts.js';
import { ApiError, resourceMissing } from '../api-error.js';
import { unixSeconds } from '../clock.js';
import type { Keyring } from '../encryption/keyring.js';
import { deleteSensitiveValuesOfPersons, writeSensitiveValues } from '../encryption/sensitive-values.js';
import { listAccountFileIds } from '../files/file-store.js';
import { createObjectId } from '../random-token.js';
import type { AccountState } from '../requirements/account-state.js';
import { applySubmission } from '../requirements/apply-submission.js';
import { submissionDocument } from '../requirements/document/collectable-field-keys.js';
import type { SqlExecutor, Store } from '../store/store.js';
import { nextSettlementAt } from '../verification/settle-verifications.js';
import { checkSubmission } from './check-submission.js';

/** Who submits, and the facts the server records about the request. */
export interface SubmissionOrigin {
  platformId: string;
  accountId: string;
  /** The embedded session submitting; its liveness is re-read in the transaction. `null` for the platform. */
  sessionId: string | null;
  /** Keys this caller may not write, with the message that says why. */
  refusedKeys: ReadonlyMap<string, string>;
  /** For the ToS acceptance record: taken from the request, never from the body. */
  ip: string;
  userAgent: string | null;
  /** The language of field error messages. */
  locale: string;
  now: Date;
}

export interface SubmissionChanges {
  values: Readonly<Record<string, FieldValue>>;
  /** The version the caller last read; a newer stored one means it is stale (409). */
  version?: number | undefined;
  /**
   * Platform-only changes made before the values are checked, so the values are
   * checked against them. Returns `state` itself when it changes nothing: a new
   * object counts as changed details, which makes open forms stale.
   */
  prepareState?: (state: AccountState) => AccountState;
  email?: string | null;
  metadata?: (current: Metadata) => Metadata;
}

/** What a server shares between submissions (its `ServerServices` are these). */
export interface SubmissionServices {
  /** Accounts as last read or written here, to skip the read before a write. */
  readonly recentAccounts: RecentAccounts;
  /** The compare-and-set write outside a transaction, coalesced with concurrent ones. */
  readonly writeAccountIfUnchanged: AccountWriter;
}

/** Optimistic attempts before a submission falls back to locking the account (writes racing on one account). */
const optimisticAttempts = 3;

/**
 * Writes a submission to an account, all or nothing: reads the account,
 * refuses a stale `version` (409), checks every value with the same checks the browser
 * runs plus the collectable keys (422 with one error per field, nothing
 * written), applies it with the requirements engine (ToS date, IP and user
 * agent from the request), and writes the new state with its sealed
 * sensitive values and the verifier's pending decisions, bumping the version.
 * Used by the embedded API and by a platform's prefill alike, so both
 * validate the same way.
 *
 * The write is a compare-and-set on the version read, and on the writing
 * session being live in the store (never trusted from a cache), so no lock
 * is held while the values are checked: the common case is one SELECT and
 * one UPDATE (a transaction only when sensitive values are written too). If
 * another write got in between, the submission is read and checked again;
 * after {@link optimisticAttempts} such races it locks the account instead.
 *
 * The account as this process last wrote or read it (`recentAccounts`) stands in
 * for the read: the compare-and-set on its version tells whether the store
 * still holds it, and when not (or when the submission is refused on it) the
 * account is read and the submission checked again, so a stale entry can
 * neither write nor refuse anything.
 *
 * @throws {ApiError} 404, 401 `session_expired`, 409 `version_conflict`, 422 `validation_failed`.
 */
export async function submitValues(
  store: Store,
  keyring: Keyring,
  origin: SubmissionOrigin,
  changes: SubmissionChanges,
  services: SubmissionServices,
): Promise<AccountRecord> {
  const { recentAccounts: recent, writeAccountIfUnchanged } = services;
  const writer: WritingSession = { sessionId: origin.sessionId, now: origin.now };
  const known = recent.get(origin.accountId);
  let candidate = known?.platformId === origin.platformId ? known : undefined;
  for (let attempt = 0; attempt < optimisticAttempts; ) {
    const fromCache = candidate !== undefined;
    const record = candidate ?? (await findAccount(store, origin.platformId, origin.accountId));
    candidate = undefined;
    let plan: SubmissionPlan;
    try {
      plan = await planSubmission(store, origin, changes, record);
    } catch (error) {
      // Refused on what may be an old copy: decided again on the store's.
      if (fromCache) continue;
      throw error;
    }
    if (!fromCache && record) recent.remember(record);
    const written =
      plan.sensitive.removedPersonIds.length === 0 && Object.keys(plan.sensitive.values).length === 0
        ? await writeAccountIfUnchanged({ current: plan.record, writer, changes: plan.changes })
        : await store.transaction(async (transaction) => {
            const updated = await updateAccountIfUnchanged(transaction, plan.record, writer, plan.changes);
            if (updated) await writeSensitive(transaction, keyring, updated.id, plan.sensitive, origin.now);
            return updated;
          });
    if (written) {
      recent.remember(written);
      return written;
    }
    // The copy was stale: read the account and try again, without spending an attempt.
    if (fromCache) continue;
    // Nothing was written: the session ended, or another write got in first and this one is checked again.
    if (origin.sessionId !== null && !(await isAccountSessionLive(store, origin.sessionId, origin.now))) {
      throw sessionExpired();
    }
    attempt++;
  }
  const locked = await store.transaction(async (transaction) => {
    const record = await lockAccount(transaction, origin.platformId, origin.accountId);
    if (
      record &&
      origin.sessionId !== null &&
      !(await isAccountSessionLive(transaction, origin.sessionId, origin.now))
    ) {
      throw sessionExpired();
    }
    const plan = await planSubmission(transaction, origin, changes, record);
    await writeSensitive(transaction, keyring, plan.record.id, plan.sensitive, origin.now);
    return updateAccount(transaction, plan.record, plan.changes, origin.now);
  });
  recent.remember(locked);
  return locked;
}

interface SensitiveChanges {
  removedPersonIds: readonly string[];
  /** Sealed under their field key (`person_….id_number` for a person's). */
  values: Record<string, FieldValue>;
}

/** What a checked submission writes: the account's new columns, and its sensitive values apart. */
interface SubmissionPlan {
  /** The account as the plan was made from it; the write happens only if it is still at its version. */
  record: AccountRecord;
  changes: AccountChanges;
  sensitive: SensitiveChanges;
}

/** Checks a submission against the account as read and works out what to write, or throws why not. */
async function planSubmission(
  db: SqlExecutor,
  origin: SubmissionOrigin,
  changes: SubmissionChanges,
  record: AccountRecord | null,
): Promise<SubmissionPlan> {
  if (!record) {
    if (origin.sessionId !== null) throw sessionExpired();
    throw resourceMissing('account', origin.accountId, 'id');
  }
  if (changes.version !== undefined && changes.version !== record.detailsVersion) {
    throw new ApiError({
      status: 409,
      type: 'invalid_request_error',
      code: 'version_conflict',
      message:
        changes.version < record.detailsVersion
          ? `The account changed since version ${changes.version} (it is at version ${record.detailsVersion}): ` +
            'fetch the requirements again and resubmit.'
          : `The account is at version ${record.detailsVersion}, not ${changes.version}: ` +
            'send the version of the requirements document you fetched.',
      param: 'version',
    });
  }

  const now = unixSeconds(origin.now);
  const state = changes.prepareState ? changes.prepareState(record.state) : record.state;
  // Only the submitted fields: a key the full document lacks is refused as unknown all the same.
  const document = submissionDocument(state, {
    now,
    version: record.detailsVersion,
    fields: Object.keys(changes.values),
  });
  const errors = checkSubmission(document, changes.values, {
    refusedKeys: origin.refusedKeys,
    // Only a value that names a file needs the account's uploads read.
    accountFileIds: namesAFile(changes.values) ? await listAccountFileIds(db, record.id) : new Set(),
    now: origin.now,
    locale: origin.locale,
  });
  if (errors.length > 0) {
    throw new ApiError({
      status: 422,
      type: 'invalid_request_error',
      code: 'validation_failed',
      message: `${errors.length} field${errors.length === 1 ? ' is' : 's are'} invalid; nothing was saved.`,
      param: errors[0]?.param,
      errors,
    });
  }

  const applied = applySubmission(state, changes.values, {
    now,
    ip: origin.ip,
    userAgent: origin.userAgent,
    newPersonId: () => createObjectId('person'),
  });
  const settlement = nextSettlementAt(applied.state.verifications);
  return {
    record,
    changes: {
      state: applied.state,
      email: changes.email === undefined ? record.email : changes.email,
      metadata: changes.metadata ? changes.metadata(record.metadata) : record.metadata,
      nextVerificationAt: settlement === null ? null : new Date(settlement * 1000),
      // The document depends on the state alone: a platform's metadata or email change must not
      // make a seller's open form stale (409).
      detailsChanged: Object.keys(changes.values).length > 0 || state !== record.state,
    },
    sensitive: {
      removedPersonIds: applied.removedPersonIds,
      values: Object.fromEntries(
        applied.sensitiveWrites.map((write) => [
          write.personId === null ? write.key : `${write.personId}.${write.key}`,
          write.value,
        ]),
      ),
    },
  };
}

/** Whether any value (a file field's, or a person's in a list) is a string naming an upload. */
function namesAFile(values: Readonly<Record<string, FieldValue>>): boolean {
  return JSON.stringify(values).includes('"file_');
}

async function writeSensitive(
  transaction: SqlExecutor,
  keyring: Keyring,
  accountId: string,
  sensitive: SensitiveChanges,
  now: Date,
): Promise<void> {
  await deleteSensitiveValuesOfPersons(transaction, accountId, sensitive.removedPersonIds);
  await writeSensitiveValues(transaction, keyring, accountId, sensitive.values, now);
}
