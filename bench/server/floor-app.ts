// The floor: a bare Hono app answering the same requests as the session server
// (same paths, headers and bodies) with only the store work no implementation
// can skip: one INSERT to mint a session, one SELECT by key to read an
// account, a SELECT and an UPDATE to write one, nothing for hello. No auth,
// validation, logging or document building: everything the real server does
// on top of this is what the ratio to the floor prices.

import type { Store } from '@onboardkit/server-session';
import type { Context } from 'hono';
import { Hono } from './server-package.js';

// A session's components as the real server stores them, so the row is as wide.
const components = {
  account_onboarding: { enabled: true, features: { external_account_collection: true } },
  account_management: { enabled: false, features: { external_account_collection: true } },
  notification_banner: { enabled: false, features: { external_account_collection: true } },
};
const componentsJson = JSON.stringify(components);

interface AccountRow {
  state: { values?: Record<string, unknown> } & Record<string, unknown>;
  version: number;
}

/**
 * The floor's "client secret" is the account id itself: the floor does no
 * session lookup, so the bearer token names the account to read or write.
 */
function accountOf(c: Context): string {
  return c.req.header('Authorization')?.slice('Bearer '.length) ?? '';
}

export function createFloorApp(
  store: Store,
  platformId: string,
): { fetch: (request: Request) => Response | Promise<Response> } {
  const app = new Hono();
  let minted = 0;

  app.post('/v1/account_sessions', async (c) => {
    const { account } = await c.req.json<{ account: string }>();
    minted += 1;
    // Unique values in the shapes the table's CHECKs demand, made without
    // randomness or hashing: the floor prices the INSERT, not token generation.
    const id = `as_floor${process.pid}x${minted}`;
    const hash = `${process.pid.toString(16)}f${minted.toString(16)}`.padStart(64, '0');
    const now = new Date();
    const expiresAt = new Date(now.getTime() + 1_800_000);
    await store.query(
      `INSERT INTO account_sessions (id, account_id, platform_id, client_secret_hash, components, created_at, expires_at)
       VALUES ($1, $2, $3, $4, $5::jsonb, $6, $7)`,
      [id, account, platformId, hash, componentsJson, now, expiresAt],
    );
    return c.json({
      id,
      object: 'account_session',
      account,
      client_secret: 'as_secret_floor',
      expires_at: Math.floor(expiresAt.getTime() / 1000),
    });
  });

  app.get('/v1/embedded/requirements', async (c) => {
    const { rows } = await store.query<AccountRow>('SELECT state, version FROM accounts WHERE id = $1', [
      accountOf(c),
    ]);
    return c.json(rows[0] ?? null);
  });

  app.post('/v1/embedded/submissions', async (c) => {
    const id = accountOf(c);
    const { values } = await c.req.json<{ values: Record<string, unknown> }>();
    const { rows } = await store.query<AccountRow>('SELECT state, version FROM accounts WHERE id = $1', [id]);
    const row = rows[0];
    if (!row) return c.json({ error: 'no such account' }, 404);
    const state = { ...row.state, values: { ...row.state.values, ...values } };
    await store.query('UPDATE accounts SET state = $2::jsonb, version = version + 1 WHERE id = $1', [
      id,
      JSON.stringify(state),
    ]);
    return c.json({ version: row.version + 1 });
  });

  // Hello: nothing but routing and a small JSON body, about the size of the real answer.
  app.get('/v1/embedded/session', (c) =>
    c.json({
      object: 'account_session',
      id: 'as_floor',
      account: accountOf(c),
      components,
      expires_at: 0,
    }),
  );

  return app;
}
