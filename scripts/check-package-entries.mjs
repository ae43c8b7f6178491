#!/usr/bin/env node
// Imports every workspace package by name with plain Node (no source
// condition), from the package's own folder, as `node -e "import('@onboardkit/x')"`
// would after `pnpm -r build`. Fails when an entry is missing or exports nothing.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const probe = `const m = await import(process.argv[1]); const names = Object.keys(m);
if (names.length === 0) throw new Error('the entry exports nothing');
console.log(process.argv[1] + ': ' + names.length + ' exports (' + names.slice(0, 8).join(', ') + ', …)');`;

let failures = 0;
for (const folder of readdirSync(join(root, 'packages'))) {
  const cwd = join(root, 'packages', folder);
  const { name } = JSON.parse(readFileSync(join(cwd, 'package.json'), 'utf8'));
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', probe, name], {
    cwd,
    stdio: 'inherit',
  });
  if (result.status !== 0) {
    failures += 1;
    console.error(`${name}: import failed`);
  }
}
process.exit(failures > 0 ? 1 : 0);
