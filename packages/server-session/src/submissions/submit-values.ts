import type { FieldValue } from '@onboardkit/schema';
import { isAccountSessionLive } from '../account-sessions/account-sessions.js';
import { sessionExpired } from '../account-sessions/session-expired.js';
import { type AccountRecord, lockAccount, updateAccount } from '../accounts/account-store.js';
import type { Metadata } from '../accounts/metadata.js';
import { ApiError, resourceMissing } from '../api-error.js';
import { unixSeconds } from '../clock.js';
import type { Keyring } from '../encryption/keyring.js';
import { deleteSensitiveValuesOfPersons, writeSensitiveValues } from '../encryption/sensitive-values.js';
import { listAccountFileIds } from '../files/file-store.js';
import { createObjectId } from '../random-token.js';
import type { AccountState } from '../requirements/account-state.js';
import { applySubmission } from '../requirements/apply-submission.js';
import { submissionDocument } from '../requirements/document/collectable-field-keys.js';
import type { Store } from '../store/store.js';
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
  /** Platform-only changes made before the values are checked, so the values are checked against them. */
  prepareState?: (state: AccountState) => AccountState;
  email?: string | null;
  metadata?: (current: Metadata) => Metadata;
}

/**
 * Writes a submission to an account, all or nothing, in one transaction:
 * locks the account, refuses a stale `version` (409), checks every value
 * with the same checks the browser runs plus the collectable keys (422 with
 * one error per field, nothing written), applies it with the requirements
 * engine (ToS date, IP and user agent from the request), seals the
 * sensitive values, records the verifier's decisions (pending ones for the
 * background job), and bumps the version. Used by the embedded API and by a
 * platform's prefill alike, so both validate the same way.
 *
 * @throws {ApiError} 404, 401 `session_expired`, 409 `version_conflict`, 422 `validation_failed`.
 */
export async function submitValues(
  store: Store,
  keyring: Keyring,
  origin: SubmissionOrigin,
  changes: SubmissionChanges,
): Promise<AccountRecord> {
  return store.transaction(async (transaction) => {
    const record = await lockAccount(transaction, origin.platformId, origin.accountId);
    if (!record) {
      if (origin.sessionId !== null) throw sessionExpired();
      throw resourceMissing('account', origin.accountId, 'id');
    }
    if (
      origin.sessionId !== null &&
      !(await isAccountSessionLive(transaction, origin.sessionId, origin.now))
    ) {
      throw sessionExpired();
    }
    if (changes.version !== undefined && changes.version !== record.version) {
      throw new ApiError({
        status: 409,
        type: 'invalid_request_error',
        code: 'version_conflict',
        message:
          `The account changed since version ${changes.version} (it is at version ${record.version}): ` +
          'fetch the requirements again and resubmit.',
        param: 'version',
      });
    }

    const now = unixSeconds(origin.now);
    const state = changes.prepareState ? changes.prepareState(record.state) : record.state;
    const document = submissionDocument(state, { now, version: record.version });
    const errors = checkSubmission(document, changes.values, {
      refusedKeys: origin.refusedKeys,
      accountFileIds: await listAccountFileIds(transaction, record.id),
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
    await deleteSensitiveValuesOfPersons(transaction, record.id, applied.removedPersonIds);
    await writeSensitiveValues(
      transaction,
      keyring,
      record.id,
      Object.fromEntries(
        applied.sensitiveWrites.map((write) => [
          write.personId === null ? write.key : `${write.personId}.${write.key}`,
          write.value,
        ]),
      ),
      origin.now,
    );
    const settlement = nextSettlementAt(applied.state.verifications);
    return updateAccount(transaction, record.id, {
      state: applied.state,
      email: changes.email === undefined ? record.email : changes.email,
      metadata: changes.metadata ? changes.metadata(record.metadata) : record.metadata,
      nextVerificationAt: settlement === null ? null : new Date(settlement * 1000),
    });
  });
}
