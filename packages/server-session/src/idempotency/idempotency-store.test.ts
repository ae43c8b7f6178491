import { beforeAll, describe, expect, it } from 'vitest';
import { createKeyring, generateEncryptionKey } from '../encryption/keyring.js';
import { createPlatform } from '../platforms/platforms.js';
import { testEngines, useTestStore } from '../store/test-stores.fixture.js';
import {
  claimIdempotencyKey,
  purgeExpiredIdempotencyKeys,
  releaseIdempotencyKey,
  storeIdempotentResponse,
} from './idempotency-store.js';

const hash = (character: string) => character.repeat(64);

for (const { engine, title, skip } of testEngines) {
  describe.skipIf(skip)(`idempotency keys on ${title}`, () => {
    const store = useTestStore(engine);
    let platformId: string;
    const keyring = createKeyring({ current: generateEncryptionKey() });
    const now = new Date('2026-03-02T10:00:00.000Z');
    const at = (seconds: number) => new Date(now.getTime() + seconds * 1000);

    beforeAll(async () => {
      platformId = (await createPlatform(store, { name: 'P', origins: ['https://p.example'] })).platform.id;
    }, 60_000);

    const claim = (key: string, requestHash: string, time = now) =>
      claimIdempotencyKey(store, keyring, { platformId, key, requestHash, now: time });

    it('runs the first request, replays its sealed response, refuses another request with the key', async () => {
      expect(await claim('k1', hash('a'))).toEqual({ kind: 'claimed' });
      expect(await claim('k1', hash('a'))).toEqual({ kind: 'in_flight' });
      await storeIdempotentResponse(store, keyring, {
        platformId,
        key: 'k1',
        status: 200,
        body: '{"client_secret":"as_secret_x"}',
      });
      expect(await claim('k1', hash('a'), at(3600))).toEqual({
        kind: 'replay',
        status: 200,
        body: '{"client_secret":"as_secret_x"}',
      });
      expect(await claim('k1', hash('b'))).toEqual({ kind: 'mismatch' });
      const { rows } = await store.query('SELECT response_body FROM idempotency_keys WHERE key = $1', ['k1']);
      expect(
        Buffer.from((rows[0] as { response_body: Uint8Array }).response_body).toString('latin1'),
      ).not.toContain('as_secret_x');
    });

    it('forgets a key after 24 hours: a new request may use it, and the purge deletes it', async () => {
      await claim('k2', hash('a'));
      await storeIdempotentResponse(store, keyring, { platformId, key: 'k2', status: 200, body: '{}' });
      expect(await claim('k2', hash('b'), at(24 * 3600 + 1))).toEqual({ kind: 'claimed' });
      await claim('k3', hash('a'));
      expect(await purgeExpiredIdempotencyKeys(store, at(24 * 3600 + 2))).toBeGreaterThanOrEqual(1);
      expect(await claim('k3', hash('b'), at(24 * 3600 + 3))).toEqual({ kind: 'claimed' });
    });

    it('frees a key whose request failed, and one whose first request died mid-way', async () => {
      await claim('k4', hash('a'));
      await releaseIdempotencyKey(store, platformId, 'k4');
      expect(await claim('k4', hash('a'))).toEqual({ kind: 'claimed' });
      expect(await claim('k4', hash('a'), at(30))).toEqual({ kind: 'in_flight' });
      expect(await claim('k4', hash('a'), at(61))).toEqual({ kind: 'claimed' });
    });

    it('keeps keys apart per platform', async () => {
      const other = (await createPlatform(store, { name: 'O', origins: ['https://o.example'] })).platform.id;
      await claim('shared', hash('a'));
      expect(
        await claimIdempotencyKey(store, keyring, {
          platformId: other,
          key: 'shared',
          requestHash: hash('b'),
          now,
        }),
      ).toEqual({ kind: 'claimed' });
    });
  });
}
