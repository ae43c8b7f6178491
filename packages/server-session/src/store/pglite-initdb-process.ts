import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';

// Run by a plain `node -e` (CommonJS, no loader: it works the same from the sources under tsx or
// vitest and from dist). With a data directory: initialises it and exits. Without: writes the tar
// of a fresh data directory made in memory to standard output.
const childScript = `
const { PGlite } = require(process.env.ONBOARDKIT_PGLITE_ENTRY);
const dataDir = process.env.ONBOARDKIT_PGLITE_DATA_DIR;
(async () => {
  const database = await PGlite.create(dataDir ? { dataDir } : {});
  const dump = dataDir ? undefined : await database.dumpDataDir('none');
  await database.close();
  if (dump) process.stdout.write(Buffer.from(await dump.arrayBuffer()));
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
`;

/**
 * The data directory of a freshly initialised database (PGlite's
 * `dumpDataDir`), made by initdb in a short-lived child process; `undefined`
 * when that process could not run. In process, initdb runs a second PGlite
 * whose memory the process never gives back (≈450 MB of RSS, see
 * bench/server/README.md): in a child, it goes when the child exits, and
 * loading the dump here costs ≈40 MB.
 */
export async function initdbInChildProcess(): Promise<Blob | undefined> {
  // Chunks read from a pipe are never backed by a SharedArrayBuffer, which a Blob could not take.
  const chunks: Buffer<ArrayBuffer>[] = [];
  const succeeded = await runChild({}, (chunk) => chunks.push(chunk));
  return succeeded && chunks.length > 0 ? new Blob(chunks) : undefined;
}

/**
 * Initialises a new PGlite data directory on disk in a short-lived child
 * process; `false` when that process failed. PGlite's own initdb for a data
 * directory runs a second PGlite in this process and leaves its memory
 * behind (a first `onboardkit-server start` peaked at ≈780 MB of RSS, a
 * later one at ≈200 MB): opening the directory the child made is such a
 * later start.
 */
export async function initdbDataDirInChildProcess(dataDir: string): Promise<boolean> {
  return runChild({ ONBOARDKIT_PGLITE_DATA_DIR: dataDir }, () => undefined);
}

function runChild(
  env: Record<string, string>,
  onOutput: (chunk: Buffer<ArrayBuffer>) => void,
): Promise<boolean> {
  const entry = createRequire(import.meta.url).resolve('@electric-sql/pglite');
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['-e', childScript], {
      env: { ...process.env, ...env, ONBOARDKIT_PGLITE_ENTRY: entry },
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    child.stdout.on('data', onOutput);
    child.once('error', () => resolve(false));
    child.once('close', (code) => resolve(code === 0));
  });
}
