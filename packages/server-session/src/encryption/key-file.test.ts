import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createJsonLogger } from '../logger.js';
import { keyFileName, loadOrCreateKeyFile } from './key-file.js';

describe('given a data directory without a key', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'onboardkit-key-'));
  });
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  it('generates a key file readable by its owner only, says so in the log without the key, and reuses it', async () => {
    const lines: string[] = [];
    const logger = createJsonLogger({ write: (line) => lines.push(line) });
    const key = await loadOrCreateKeyFile(dataDir, logger);
    const again = await loadOrCreateKeyFile(dataDir, logger);

    expect(again).toBe(key);
    expect(Buffer.from(key, 'base64')).toHaveLength(32);
    expect((await readFile(join(dataDir, keyFileName), 'utf8')).trim()).toBe(key);
    expect((await stat(join(dataDir, keyFileName))).mode & 0o777).toBe(0o600);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('"event":"encryption.key_generated"');
    expect(lines[0]).toContain(join(dataDir, keyFileName));
    expect(lines[0]).not.toContain(key);
  });
});
