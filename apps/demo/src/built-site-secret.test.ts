import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localDemoSecretKey } from '../server/demo-config.js';

const demoRoot = fileURLToPath(new URL('..', import.meta.url));
// As `pnpm demo` would have it in the environment while the site builds.
const environmentKey = 'sk_test_BuiltSiteSecretCheck0001';

let outDir: string;
let files: Array<{ name: string; text: string }>;

beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'tidewater-build-'));
  const previous = process.env.DEMO_PLATFORM_SECRET_KEY;
  process.env.DEMO_PLATFORM_SECRET_KEY = environmentKey;
  try {
    await build({
      root: demoRoot,
      configFile: join(demoRoot, 'vite.config.ts'),
      logLevel: 'silent',
      build: { outDir, emptyOutDir: true },
    });
  } finally {
    if (previous === undefined) delete process.env.DEMO_PLATFORM_SECRET_KEY;
    else process.env.DEMO_PLATFORM_SECRET_KEY = previous;
  }
  const names = (await readdir(outDir, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
  files = await Promise.all(names.map(async (name) => ({ name, text: await readFile(name, 'latin1') })));
}, 120_000);

afterAll(() => rm(outDir, { recursive: true, force: true }));

describe('the built site', () => {
  it('is the marketplace with the components (the scan below reads the real bundle)', () => {
    expect(files.some((file) => file.name.endsWith('index.html'))).toBe(true);
    const scripts = files.filter((file) => file.name.endsWith('.js')).map((file) => file.text);
    expect(scripts.join('\n')).toContain('Sell on Tidewater Market');
    expect(scripts.join('\n')).toContain('/account-session');
  });

  it.each([
    ['the bootstrap key', localDemoSecretKey],
    ['the key in the environment', environmentKey],
    ['any secret key prefix', 'sk_test_'],
    ['any live key prefix', 'sk_live_'],
  ])('holds %s in no emitted file', (_what, secret) => {
    const holding = files.filter((file) => file.text.includes(secret)).map((file) => file.name);
    expect(holding).toEqual([]);
  });
});
