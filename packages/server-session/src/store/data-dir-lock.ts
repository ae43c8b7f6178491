import { open, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { StoreError } from './store-error.js';

const lockFileName = 'onboardkit.lock';

/** Held while a process has the embedded store open; release it when closing. */
export interface DataDirLock {
  release(): Promise<void>;
}

/**
 * Claims `dataDir` for this process. PGlite is one PostgreSQL backend in this
 * process's memory: a second process opening the same files (a `platforms
 * create` while `start` runs) would corrupt them, and PGlite does not check.
 * A lock left by a process that died is taken over.
 */
export async function acquireDataDirLock(dataDir: string): Promise<DataDirLock> {
  const path = join(dataDir, lockFileName);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const file = await open(path, 'wx');
      await file.writeFile(`${process.pid}\n`);
      await file.close();
      return { release: () => rm(path, { force: true }) };
    } catch (error) {
      if (!isAlreadyExists(error)) throw error;
    }
    const holder = Number.parseInt(await readFile(path, 'utf8').catch(() => ''), 10);
    // Our own pid counts as running: two opens in one process corrupt the files just the same.
    if (Number.isInteger(holder) && isRunning(holder)) {
      throw new StoreError(
        'data_dir_in_use',
        `The data directory ${dataDir} is in use by process ${holder}. ` +
          'Stop that process, or point this one at another --data-dir.',
      );
    }
    await rm(path, { force: true });
  }
  throw new StoreError(
    'data_dir_in_use',
    `Could not lock the data directory ${dataDir}: another process keeps claiming it.`,
  );
}

function isAlreadyExists(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'EEXIST';
}

function isRunning(pid: number): boolean {
  try {
    // Signal 0 checks that the process exists without touching it.
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to another user, so it is running.
    return error instanceof Error && 'code' in error && error.code === 'EPERM';
  }
}
