#!/usr/bin/env node
// Prints parts of the JSON on standard input, one line per path, for the
// READMEs' curl walkthroughs on a machine with nothing but Node:
//
//   curl -s … | node scripts/json-field.mjs id requirements.currently_due 'steps.*.id'
//
// A path is dot-separated keys or array indexes; `*` maps over an array.
// Strings print bare (so `A=$(… | node scripts/json-field.mjs id)` works),
// anything else as compact JSON, a missing path as `undefined`.

import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** The value at `path` in `value`; `*` maps the rest of the path over an array. */
export function pick(value, path) {
  const segments = path === '' ? [] : path.split('.');
  const walk = (current, index) => {
    if (index === segments.length || current === undefined) return current;
    const segment = segments[index];
    if (segment === '*') {
      return Array.isArray(current) ? current.map((item) => walk(item, index + 1)) : undefined;
    }
    if (current === null || typeof current !== 'object') return undefined;
    return walk(current[segment], index + 1);
  };
  return walk(value, 0);
}

/** One printed line for a picked value. */
export function formatPicked(value) {
  if (value === undefined) return 'undefined';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const paths = process.argv.slice(2);
  const input = readFileSync(0, 'utf8');
  let document;
  try {
    document = JSON.parse(input);
  } catch {
    process.stderr.write(`json-field: standard input is not JSON: ${input.slice(0, 200)}\n`);
    process.exit(1);
  }
  for (const path of paths.length === 0 ? [''] : paths) {
    process.stdout.write(`${formatPicked(pick(document, path))}\n`);
  }
}
