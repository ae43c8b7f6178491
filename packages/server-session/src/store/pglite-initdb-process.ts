import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';

// Run by a plain `node -e` (CommonJS, no loader: it works the same from the sources under tsx or
// vitest and from dist). Writes the tar of a fresh data directory to standard output.
const childScript = `
const { PGlite } = require(process.env.ONBOARDKIT_PGLITE_ENTRY);
(async () => {
  const database = await PGlite.create();
  const dump = await database.dumpDataDir('none');
  await database.close();
  process.stdout.write(Buffer.from(await dump.arrayBuffer()));
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
  const entry = createRequire(import.meta.url).resolve('@electric-sql/pglite');
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['-e', childScript], {
      env: { ...process.env, ONBOARDKIT_PGLITE_ENTRY: entry },
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    // Chunks read from a pipe are never backed by a SharedArrayBuffer, which a Blob could not take.
    const chunks: Buffer<ArrayBuffer>[] = [];
    child.stdout.on('data', (chunk: Buffer<ArrayBuffer>) => chunks.push(chunk));
    child.once('error', () => resolve(undefined));
    child.once('close', (code) => {
      resolve(code === 0 && chunks.length > 0 ? new Blob(chunks) : undefined);
    });
  });
}
