import { describe, expect, it } from 'vitest';
import { testEngines, useTestStore } from '../store/test-stores.fixture.js';
import {
  createPlatform,
  ensurePlatformWithSecretKey,
  findPlatformBySecretKey,
  updatePlatform,
} from './platforms.js';
import { generateSecretKey, hashSecretKey } from './secret-key.js';

for (const { engine, title, skip } of testEngines) {
  describe.skipIf(skip)(`platforms on ${title}`, () => {
    const store = useTestStore(engine);

    describe('createPlatform', () => {
      it('returns the platform and its new key, and keeps only the hash and a mask', async () => {
        const now = new Date('2026-05-06T07:08:09.000Z');
        const { platform, secretKey } = await createPlatform(store, {
          name: 'Acme',
          origins: ['https://acme.example'],
          now,
        });
        expect(platform).toEqual({
          id: expect.stringMatching(/^plat_[0-9A-Za-z]{24}$/),
          name: 'Acme',
          origins: ['https://acme.example'],
          created: now,
          secretKeyMask: `sk_test_…${secretKey.slice(-4)}`,
        });
        const { rows } = await store.query('SELECT * FROM platforms WHERE id = $1', [platform.id]);
        expect(rows[0]).toMatchObject({ secret_key_hash: hashSecretKey(secretKey) });
        expect(JSON.stringify(rows)).not.toContain(secretKey.slice('sk_test_'.length));
      });
    });

    describe('findPlatformBySecretKey', () => {
      it('finds the platform by its key', async () => {
        const { platform, secretKey } = await createPlatform(store, {
          name: 'Finder',
          origins: ['https://f.example'],
        });
        expect(await findPlatformBySecretKey(store, secretKey)).toEqual(platform);
      });

      it('returns null for an unknown key and for a malformed one', async () => {
        expect(await findPlatformBySecretKey(store, generateSecretKey())).toBeNull();
        expect(await findPlatformBySecretKey(store, "sk_test_' OR 1=1 --")).toBeNull();
      });
    });

    describe('ensurePlatformWithSecretKey', () => {
      it('creates the platform the first time and updates it after, keeping its id', async () => {
        const secretKey = generateSecretKey();
        const first = await ensurePlatformWithSecretKey(store, {
          name: 'Demo',
          secretKey,
          origins: ['http://localhost:3000'],
        });
        const second = await ensurePlatformWithSecretKey(store, {
          name: 'Demo renamed',
          secretKey,
          origins: ['https://demo.example'],
        });
        expect(first.created).toBe(true);
        expect(second).toEqual({
          created: false,
          platform: { ...first.platform, name: 'Demo renamed', origins: ['https://demo.example'] },
        });
      });

      it('leaves one platform when several processes ensure it at once', async () => {
        const secretKey = generateSecretKey();
        const input = { name: 'Raced', secretKey, origins: ['http://localhost:3000'] };
        const results = await Promise.all([1, 2, 3, 4].map(() => ensurePlatformWithSecretKey(store, input)));
        expect(new Set(results.map((result) => result.platform.id)).size).toBe(1);
        const { rows } = await store.query('SELECT id FROM platforms WHERE secret_key_hash = $1', [
          hashSecretKey(secretKey),
        ]);
        expect(rows).toHaveLength(1);
      });
    });

    describe('updatePlatform', () => {
      it('changes only the fields it is given', async () => {
        const { platform } = await createPlatform(store, { name: 'Old', origins: ['https://old.example'] });
        expect(await updatePlatform(store, platform.id, { name: 'New' })).toEqual({
          ...platform,
          name: 'New',
        });
        expect(await updatePlatform(store, platform.id, { origins: ['https://new.example'] })).toEqual({
          ...platform,
          name: 'New',
          origins: ['https://new.example'],
        });
      });
    });
  });
}
