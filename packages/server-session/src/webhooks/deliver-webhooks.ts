import { unixSeconds } from '../clock.js';
import { EncryptionError, type Keyring } from '../encryption/keyring.js';
import { toEventResource } from '../events/event-resource.js';
import type { EventRecord } from '../events/event-store.js';
import type { SqlExecutor } from '../store/store.js';
import { secretContext } from './webhook-endpoint-store.js';
import { signWebhookPayload, webhookSignatureHeader } from './webhook-signature.js';

/** How long an event is retried before it is given up, as Stripe does: three days. */
export const webhookRetryWindowMs = 3 * 86_400_000;

/** Wait before attempt `attempts + 1`: 1 minute, 5, 25, about 2 hours, then every 5 hours. */
export function retryDelayMs(attempts: number): number {
  return Math.min(60_000 * 5 ** Math.max(attempts - 1, 0), 5 * 3_600_000);
}

/** Deliveries claimed per statement, unless told otherwise. */
export const defaultDeliveryBatch = 20;

export interface DeliveryOptions {
  /** How long one POST may take (10 s by default); longer counts as a failure. */
  timeoutMs?: number;
  /** Deliveries claimed per run (20 by default). */
  batchSize?: number;
}

/** What one run of {@link deliverDueWebhooks} did. */
export interface DeliveryRun {
  readonly delivered: number;
  /** Failed and to be retried. */
  readonly retrying: number;
  /** Failed for the last time: three days after the event. */
  readonly givenUp: number;
}

interface ClaimedRow {
  event_id: string;
  endpoint_id: string;
  attempts: number;
  account_id: string;
  type: EventRecord['type'];
  data: EventRecord['data'];
  created_at: Date;
  url: string;
  secret_key_id: string;
  secret_nonce: Uint8Array;
  secret_sealed: Uint8Array;
}

/**
 * POSTs the webhooks that are due at `now`: each event as `GET /v1/events/:id`
 * shows it, signed (`OnboardKit-Signature`) with its endpoint's secret. A 2xx
 * answer delivers it; anything else (another status, a refused connection,
 * a timeout) is retried later (see {@link retryDelayMs}) until three days
 * after the event. Deliveries are claimed before the POSTs, outside any
 * transaction: no store lock is held while an endpoint answers, several
 * server processes share the work, and a process that dies mid-POST leaves
 * its claim to expire and the webhook to be sent again. A receiver may so
 * see an event twice: the event id tells.
 */
export async function deliverDueWebhooks(
  db: SqlExecutor,
  keyring: Keyring,
  now: Date,
  options: DeliveryOptions = {},
): Promise<DeliveryRun> {
  const timeoutMs = options.timeoutMs ?? 10_000;
  const claimedUntil = new Date(now.getTime() + timeoutMs + 60_000);
  const { rows } = await db.query<ClaimedRow>(
    `WITH claimed AS (
       UPDATE webhook_deliveries d SET next_attempt_at = $2, attempts = d.attempts + 1
         FROM (SELECT event_id, endpoint_id FROM webhook_deliveries
                WHERE next_attempt_at <= $1 ORDER BY next_attempt_at LIMIT $3 FOR UPDATE SKIP LOCKED) due
        WHERE d.event_id = due.event_id AND d.endpoint_id = due.endpoint_id
        RETURNING d.event_id, d.endpoint_id, d.attempts
     )
     SELECT c.event_id, c.endpoint_id, c.attempts, e.account_id, e.type, e.data, e.created_at,
            w.url, w.secret_key_id, w.secret_nonce, w.secret_sealed
       FROM claimed c
       JOIN events e ON e.id = c.event_id
       JOIN webhook_endpoints w ON w.id = c.endpoint_id`,
    [now, claimedUntil, options.batchSize ?? defaultDeliveryBatch],
  );
  const outcomes = await Promise.all(
    rows.map(async (row) => {
      const body = JSON.stringify(
        toEventResource({
          id: row.event_id,
          accountId: row.account_id,
          type: row.type,
          data: row.data,
          created: row.created_at,
        }),
      );
      const secret = openSecret(keyring, row);
      if (secret === null) {
        // The operator's keys changed without the previous one kept: say so where the platform looks.
        return { row, status: null, error: 'the signing secret cannot be opened with the configured keys' };
      }
      const result = await post(row.url, body, signWebhookPayload(body, secret, unixSeconds(now)), timeoutMs);
      return { row, ...result };
    }),
  );
  let delivered = 0;
  let retrying = 0;
  let givenUp = 0;
  for (const { row, status, error } of outcomes) {
    const succeeded = status !== null && status >= 200 && status < 300;
    const retryAt = new Date(now.getTime() + retryDelayMs(row.attempts));
    const giveUp = !succeeded && retryAt.getTime() > row.created_at.getTime() + webhookRetryWindowMs;
    if (succeeded) delivered += 1;
    else if (giveUp) givenUp += 1;
    else retrying += 1;
    await db.query(
      `UPDATE webhook_deliveries
          SET next_attempt_at = $3, delivered_at = $4, last_status = $5, last_error = $6
        WHERE event_id = $1 AND endpoint_id = $2`,
      [
        row.event_id,
        row.endpoint_id,
        succeeded || giveUp ? null : retryAt,
        succeeded ? now : null,
        status,
        succeeded ? null : (error ?? `HTTP ${status}`),
      ],
    );
  }
  return { delivered, retrying, givenUp };
}

function openSecret(keyring: Keyring, row: ClaimedRow): string | null {
  try {
    const sealed = { keyId: row.secret_key_id, nonce: row.secret_nonce, ciphertext: row.secret_sealed };
    return Buffer.from(keyring.decrypt(sealed, secretContext(row.endpoint_id))).toString('utf8');
  } catch (error) {
    if (error instanceof EncryptionError) return null;
    throw error;
  }
}

/** One POST: the status it got, or why it got none. The answer's body is read and dropped. */
async function post(
  url: string,
  body: string,
  signature: string,
  timeoutMs: number,
): Promise<{ status: number | null; error: string | null }> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'User-Agent': 'OnboardKit-Webhooks/1',
        [webhookSignatureHeader]: signature,
      },
      body,
      // A redirect is the endpoint's answer, not a place to send the event to.
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
    await response.arrayBuffer().catch(() => undefined);
    return { status: response.status, error: null };
  } catch (error) {
    const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
    const message = error instanceof Error ? `${error.name}${cause}` : 'request failed';
    return { status: null, error: message.slice(0, 200) };
  }
}
