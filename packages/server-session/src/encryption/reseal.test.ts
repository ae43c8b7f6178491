import { beforeAll, describe, expect, it } from 'vitest';
import { createOwnAndOtherPlatforms, insertTestAccount } from '../accounts/test-accounts.fixture.js';
import { insertFile, readFileContent } from '../files/file-store.js';
import { claimIdempotencyKey, storeIdempotentResponse } from '../idempotency/idempotency-store.js';
import { testEngines, useTestStore } from '../store/test-stores.fixture.js';
import { insertWebhookEndpoint, secretContext } from '../webhooks/webhook-endpoint-store.js';
import { createKeyring, generateEncryptionKey, type Keyring } from './keyring.js';
import { ResealError, resealUnderCurrentKey } from './reseal.js';
import { readSensitiveValues, writeSensitiveValues } from './sensitive-values.js';

for (const { engine, title, skip } of testEngines) {
  describe.skipIf(skip)(`a key rotation's reseal on ${title}`, () => {
    const store = useTestStore(engine);
    const now = new Date('2026-03-02T10:00:00.000Z');
    const oldKey = generateEncryptionKey();
    const newKey = generateEncryptionKey();
    const before = createKeyring({ current: oldKey });
    const rotating = createKeyring({ current: newKey, previous: [oldKey] });
    const after = createKeyring({ current: newKey });
    let platformId: string;
    let accountId: string;
    let fileId: string;
    let endpointId: string;
    let webhookSecret: string;
    const upload = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a]);

    // What a server running on the old key left: one value of each kind the store keeps sealed.
    beforeAll(async () => {
      ({ platformId } = await createOwnAndOtherPlatforms(store));
      accountId = (await insertTestAccount(store, { platformId, created: now })).id;
      await writeSensitiveValues(
        store,
        before,
        accountId,
        {
          'individual.id_number': '000000000',
          external_account: { routing_number: '110000000', account_number: '000123456789' },
        },
        now,
      );
      fileId = (
        await insertFile(store, before, {
          accountId,
          purpose: 'identity_document',
          mediaType: 'application/pdf',
          content: upload,
          now,
        })
      ).id;
      const created = await store.transaction((transaction) =>
        insertWebhookEndpoint(transaction, before, {
          platformId,
          url: 'https://platform.example/hooks',
          enabledEvents: ['account.updated'],
          description: null,
          now,
        }),
      );
      endpointId = created?.endpoint.id ?? '';
      webhookSecret = created?.secret ?? '';
      const claim = { platformId, key: 'order-42', requestHash: 'a'.repeat(64), now };
      await claimIdempotencyKey(store, before, claim);
      await storeIdempotentResponse(store, before, {
        platformId,
        key: 'order-42',
        status: 200,
        body: '{"ok":1}',
      });
      // A request still running has no response to seal.
      await claimIdempotencyKey(store, before, { ...claim, key: 'order-43' });
    }, 60_000);

    const openWebhookSecret = async (keyring: Keyring) => {
      const { rows } = await store.query<{ key_id: string; nonce: Uint8Array; sealed: Uint8Array }>(
        `SELECT secret_key_id AS key_id, secret_nonce AS nonce, secret_sealed AS sealed
           FROM webhook_endpoints WHERE id = $1`,
        [endpointId],
      );
      const row = rows[0];
      if (!row) throw new Error('expected the endpoint');
      const sealed = { keyId: row.key_id, nonce: row.nonce, ciphertext: row.sealed };
      return Buffer.from(keyring.decrypt(sealed, secretContext(endpointId))).toString('utf8');
    };

    it('refuses, naming the row and never its value, while a key that sealed something is missing', async () => {
      const withoutOld = createKeyring({ current: newKey });
      const refusal = await resealUnderCurrentKey(store, withoutOld).catch((error: unknown) => error);
      expect(refusal).toBeInstanceOf(ResealError);
      expect((refusal as Error).message).toMatch(
        new RegExp(
          `^sensitive_values \\(${accountId}, (external_account|individual\\.id_number)\\) is sealed with key`,
        ),
      );
      expect((refusal as Error).message).not.toContain('000000000');
      // Nothing was changed: the old key still opens everything.
      expect(await readSensitiveValues(store, before, accountId)).toHaveProperty('individual.id_number');
    });

    it('seals every kind of value again under the new key, after which the old key can go', async () => {
      expect(await resealUnderCurrentKey(store, rotating)).toEqual([
        { table: 'sensitive_values', noun: 'sensitive values', resealed: 2 },
        { table: 'files', noun: 'uploads', resealed: 1 },
        { table: 'webhook_endpoints', noun: 'webhook signing secrets', resealed: 1 },
        { table: 'idempotency_keys', noun: 'stored idempotent responses', resealed: 1 },
      ]);

      expect(await readSensitiveValues(store, after, accountId)).toEqual({
        'individual.id_number': '000000000',
        external_account: { routing_number: '110000000', account_number: '000123456789' },
      });
      expect(Buffer.from((await readFileContent(store, after, accountId, fileId)) ?? [])).toEqual(
        Buffer.from(upload),
      );
      expect(await openWebhookSecret(after)).toBe(webhookSecret);
      expect(
        await claimIdempotencyKey(store, after, {
          platformId,
          key: 'order-42',
          requestHash: 'a'.repeat(64),
          now,
        }),
      ).toEqual({ kind: 'replay', status: 200, body: '{"ok":1}' });
      await expect(readSensitiveValues(store, before, accountId)).rejects.toMatchObject({
        code: 'unknown_key_id',
      });
    });

    it('finds nothing to do when run again', async () => {
      const counts = await resealUnderCurrentKey(store, rotating);
      expect(counts.map(({ resealed }) => resealed)).toEqual([0, 0, 0, 0]);
    });
  });
}
