import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const sourceRoot = new URL('.', import.meta.url).pathname;
// What the contract may depend on: it runs unchanged in browsers and in Node, and it
// uses zod/mini because classic zod cannot be tree-shaken (~90 KB gzip in a bundle). Globals
// are held off by tsconfig.build.json (no DOM lib, no Node types).
const allowed = [/^\.\.?\//, /^zod\/mini$/, /^libphonenumber-js\/min$/];

function shippedSources(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return shippedSources(path);
    return /\.ts$/.test(entry.name) && !/\.(test|fixture)\.ts$/.test(entry.name) ? [path] : [];
  });
}

describe('the @onboardkit/schema sources', () => {
  const files = shippedSources(sourceRoot);

  it('import only zod/mini, libphonenumber-js/min and each other', () => {
    const outside = files.flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/from '([^']+)'/g)]
        .map((match) => match[1] ?? '')
        .filter((specifier) => !allowed.some((pattern) => pattern.test(specifier)))
        .map((specifier) => `${file.slice(sourceRoot.length)} imports ${specifier}`),
    );
    expect(files.length).toBeGreaterThan(20);
    expect(outside).toEqual([]);
  });
});
