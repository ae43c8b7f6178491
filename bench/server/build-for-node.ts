// Builds what the server processes run under plain `node`, as production runs
// the server: the schema and session server packages' `dist` (their own
// `build` scripts' output) and this benchmark's own modules, emitted to
// `bench/server/dist` (ignored by git). The load generator keeps running
// under tsx; only the measured processes leave it, floors and servers alike.

import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const tsc = fileURLToPath(new URL('../../node_modules/.bin/tsc', import.meta.url));

/** Where the emitted server-process.js is, for `fork`. */
export const builtServerProcessFile = fileURLToPath(new URL('./dist/server-process.js', import.meta.url));

/** Runs the three builds (≈10–30 s on a busy machine); throws with tsc's output if one fails. */
export function buildForNode(): void {
  const run = (...args: string[]) => execFileSync(tsc, args, { cwd: root, stdio: 'inherit' });
  // Dependencies first: the session server's dist imports the schema package's.
  run('-p', 'packages/schema/tsconfig.build.json');
  run('-p', 'packages/server-session/tsconfig.build.json');
  run(
    '-p',
    'bench/server/tsconfig.json',
    '--noEmit',
    'false',
    '--outDir',
    'bench/server/dist',
    '--declaration',
    'false',
    '--declarationMap',
    'false',
    '--sourceMap',
    'false',
  );
}
