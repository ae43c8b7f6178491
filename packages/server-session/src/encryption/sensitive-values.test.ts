import { beforeAll, describe, expect, it } from 'vitest';
import { insertAccount } from '../accounts/account-store.js';
import { insertFile, listAccountFileIds, readFileContent } from '../files/file-store.js';
import { createPlatform } from '../platforms/platforms.js';
import { createObjectId } from '../random-token.js';
import { createAccountState } from '../requirements/account-state.js';
import { testEngines, useTestStore } from '../store/test-stores.fixture.js';
import { createKeyring, generateEncryptionKey } from './keyring.js';
import {
  deleteSensitiveValuesOfPersons,
  readSensitiveValues,
  writeSensitiveValues,
} from './sensitive-values.js';

for (const { engine, title, skip } of testEngines) {
  describe.skipIf(skip)(`sealed values and files on ${title}`, () => {
    const store = useTestStore(engine);
    let accountId: string;
    const oldKey = generateEncryptionKey();
    const keyring = createKeyring({ current: oldKey });
    const now = new Date('2026-03-02T10:00:00.000Z');

    beforeAll(async () => {
      const platformId = (await createPlatform(store, { name: 'P', origins: ['https://p.example'] })).platform
        .id;
      accountId = (
        await insertAccount(store, {
          platformId,
          state: createAccountState({
            id: createObjectId('acct'),
            country: 'US',
            requested_capabilities: ['transfers'],
            created: now.getTime() / 1000,
          }),
          email: null,
          metadata: {},
          created: now,
        })
      ).id;
    }, 60_000);

    it('stores values sealed, reads them back, and replaces a value written again', async () => {
      await writeSensitiveValues(store, keyring, accountId, { 'individual.id_number': '000000000' }, now);
      await writeSensitiveValues(
        store,
        keyring,
        accountId,
        {
          'individual.id_number': '222222222',
          external_account: { routing_number: '110000000', account_number: '000123456789' },
          'person_abc.id_number': '111111111',
        },
        now,
      );
      const { rows } = await store.query<{ ciphertext: Uint8Array }>(
        'SELECT ciphertext FROM sensitive_values WHERE account_id = $1',
        [accountId],
      );
      expect(rows).toHaveLength(3);
      const raw = Buffer.concat(rows.map((row) => row.ciphertext)).toString('latin1');
      for (const secret of ['222222222', '000123456789', '111111111']) expect(raw).not.toContain(secret);
      expect(await readSensitiveValues(store, keyring, accountId)).toEqual({
        'individual.id_number': '222222222',
        external_account: { routing_number: '110000000', account_number: '000123456789' },
        'person_abc.id_number': '111111111',
      });
    });

    it('drops the values of removed persons only', async () => {
      await deleteSensitiveValuesOfPersons(store, accountId, ['person_abc']);
      const { rows } = await store.query<{ field_key: string }>(
        'SELECT field_key FROM sensitive_values WHERE account_id = $1 ORDER BY field_key',
        [accountId],
      );
      expect(rows.map((row) => row.field_key)).toEqual(['external_account', 'individual.id_number']);
    });

    it('stores an upload sealed and opens it only for its account', async () => {
      const content = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a]);
      const file = await insertFile(store, keyring, {
        accountId,
        purpose: 'identity_document',
        mediaType: 'application/pdf',
        content,
        now,
      });
      expect(file).toMatchObject({ id: expect.stringMatching(/^file_/), size: content.length });
      expect(await readFileContent(store, keyring, accountId, file.id)).toEqual(Buffer.from(content));
      expect(await readFileContent(store, keyring, 'acct_other', file.id)).toBeNull();
      expect(await listAccountFileIds(store, accountId)).toEqual(new Set([file.id]));
    });
  });
}
