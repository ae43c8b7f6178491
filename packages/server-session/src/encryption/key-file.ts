import { mkdir, open, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Logger } from '../logger.js';
import { encryptionKeySchema, generateEncryptionKey, keyIdOf } from './keyring.js';

/** The file, inside the data directory, that holds the embedded store's generated key. */
export const keyFileName = 'encryption.key';

/**
 * The embedded store's encryption key when the operator set none: read from
 * `<dataDir>/encryption.key`, or generated there (mode 0600) on first start.
 * The log says a key was generated and where, never the key. Whoever copies
 * the data directory copies the key with it, which suits a single-machine
 * setup; production sets `ONBOARDKIT_ENCRYPTION_KEY` and keeps it elsewhere.
 */
export async function loadOrCreateKeyFile(dataDir: string, logger: Logger): Promise<string> {
  const path = join(dataDir, keyFileName);
  const existing = await readKeyFile(path);
  if (existing !== undefined) return existing;

  await mkdir(dataDir, { recursive: true });
  const key = generateEncryptionKey();
  try {
    // 'wx': of two processes racing here, one writes and the other reads what it wrote.
    const file = await open(path, 'wx', 0o600);
    await file.writeFile(`${key}\n`);
    await file.close();
  } catch (error) {
    if (!(error instanceof Error && 'code' in error && error.code === 'EEXIST')) throw error;
    const written = await readKeyFile(path);
    if (written !== undefined) return written;
    throw error;
  }
  logger.warn('encryption.key_generated', {
    path,
    keyId: keyIdOf(Buffer.from(key, 'base64')),
    hint: 'Set ONBOARDKIT_ENCRYPTION_KEY to use a key kept outside the data directory.',
  });
  return key;
}

async function readKeyFile(path: string): Promise<string | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return undefined;
    throw error;
  }
  if (!encryptionKeySchema.safeParse(text).success) {
    throw new Error(
      `${path} does not hold a 32-byte base64 key. Restore it from a backup: the values it sealed cannot be read without it.`,
    );
  }
  return text.trim();
}
