import type { Keyring } from '../encryption/keyring.js';
import { createObjectId, randomBase62 } from '../random-token.js';
import type { SqlExecutor } from '../store/store.js';

/** The event types an endpoint may subscribe to; `*` is every type, now and later. */
export const webhookEventTypes = ['account.updated', '*'] as const;
export type WebhookEventType = (typeof webhookEventTypes)[number];

/** Endpoints a platform may have, as on Stripe. */
export const maxWebhookEndpoints = 16;

/** A webhook endpoint as the store keeps it, without its secret. */
export interface WebhookEndpointRecord {
  readonly id: string;
  readonly platformId: string;
  readonly url: string;
  readonly enabledEvents: readonly WebhookEventType[];
  readonly description: string | null;
  readonly status: 'enabled' | 'disabled';
  readonly created: Date;
}

interface EndpointRow {
  id: string;
  platform_id: string;
  url: string;
  enabled_events: WebhookEventType[];
  description: string | null;
  status: 'enabled' | 'disabled';
  created_at: Date;
}

const endpointColumns = 'id, platform_id, url, enabled_events, description, status, created_at';

function toRecord(row: EndpointRow): WebhookEndpointRecord {
  return {
    id: row.id,
    platformId: row.platform_id,
    url: row.url,
    enabledEvents: row.enabled_events,
    description: row.description,
    status: row.status,
    created: row.created_at,
  };
}

/** The context a signing secret is sealed under: it opens only for its own endpoint. */
export const secretContext = (endpointId: string) => `webhook_endpoint:${endpointId}`;

/**
 * Creates an endpoint with a new signing secret (`whsec_` and 32 base62
 * characters, ≈190 bits), sealed with the operator's key; the secret is
 * returned this once. `null` when the platform already has the most it may.
 */
export async function insertWebhookEndpoint(
  transaction: SqlExecutor,
  keyring: Keyring,
  input: {
    platformId: string;
    url: string;
    enabledEvents: readonly WebhookEventType[];
    description: string | null;
    now: Date;
  },
): Promise<{ endpoint: WebhookEndpointRecord; secret: string } | null> {
  // Under the platform's row lock, so two creations at once cannot both pass the count.
  await transaction.query('SELECT 1 FROM platforms WHERE id = $1 FOR UPDATE', [input.platformId]);
  const { rows: counted } = await transaction.query<{ endpoints: number }>(
    'SELECT count(*)::int AS endpoints FROM webhook_endpoints WHERE platform_id = $1',
    [input.platformId],
  );
  if ((counted[0]?.endpoints ?? 0) >= maxWebhookEndpoints) return null;
  const id = createObjectId('we');
  const secret = `whsec_${randomBase62(32)}`;
  const sealed = keyring.encrypt(Buffer.from(secret, 'utf8'), secretContext(id));
  const { rows } = await transaction.query<EndpointRow>(
    `INSERT INTO webhook_endpoints (id, platform_id, url, enabled_events, description, status,
       secret_key_id, secret_nonce, secret_sealed, created_at)
     VALUES ($1, $2, $3, $4::text[], $5, 'enabled', $6, $7, $8, $9)
     RETURNING ${endpointColumns}`,
    [
      id,
      input.platformId,
      input.url,
      [...input.enabledEvents],
      input.description,
      sealed.keyId,
      sealed.nonce,
      sealed.ciphertext,
      input.now,
    ],
  );
  const [row] = rows;
  if (!row) throw new Error('Expected the INSERT to return the endpoint.');
  return { endpoint: toRecord(row), secret };
}

export async function findWebhookEndpoint(
  db: SqlExecutor,
  platformId: string,
  id: string,
): Promise<WebhookEndpointRecord | null> {
  const { rows } = await db.query<EndpointRow>(
    `SELECT ${endpointColumns} FROM webhook_endpoints WHERE id = $1 AND platform_id = $2`,
    [id, platformId],
  );
  return rows[0] ? toRecord(rows[0]) : null;
}

/** Every endpoint of the platform (at most {@link maxWebhookEndpoints}), oldest first. */
export async function listWebhookEndpoints(
  db: SqlExecutor,
  platformId: string,
): Promise<WebhookEndpointRecord[]> {
  const { rows } = await db.query<EndpointRow>(
    `SELECT ${endpointColumns} FROM webhook_endpoints WHERE platform_id = $1 ORDER BY sequence`,
    [platformId],
  );
  return rows.map(toRecord);
}

export interface WebhookEndpointChanges {
  readonly url?: string | undefined;
  readonly enabledEvents?: readonly WebhookEventType[] | undefined;
  readonly description?: string | null | undefined;
  readonly status?: 'enabled' | 'disabled' | undefined;
}

/** Changes what is given and leaves the rest; `null` when the platform has no such endpoint. */
export async function updateWebhookEndpoint(
  db: SqlExecutor,
  platformId: string,
  id: string,
  changes: WebhookEndpointChanges,
): Promise<WebhookEndpointRecord | null> {
  const { rows } = await db.query<EndpointRow>(
    `UPDATE webhook_endpoints
        SET url = COALESCE($3, url),
            enabled_events = COALESCE($4::text[], enabled_events),
            description = CASE WHEN $5 THEN $6 ELSE description END,
            status = COALESCE($7, status)
      WHERE id = $1 AND platform_id = $2
      RETURNING ${endpointColumns}`,
    [
      id,
      platformId,
      changes.url ?? null,
      changes.enabledEvents ? [...changes.enabledEvents] : null,
      changes.description !== undefined,
      changes.description ?? null,
      changes.status ?? null,
    ],
  );
  return rows[0] ? toRecord(rows[0]) : null;
}

/** Deletes an endpoint and what was still to be sent to it; `false` when there was none. */
export async function deleteWebhookEndpoint(
  db: SqlExecutor,
  platformId: string,
  id: string,
): Promise<boolean> {
  const { rowCount } = await db.query('DELETE FROM webhook_endpoints WHERE id = $1 AND platform_id = $2', [
    id,
    platformId,
  ]);
  return rowCount > 0;
}
