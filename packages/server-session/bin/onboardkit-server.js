#!/usr/bin/env node
// Runs the built CLI when the package has been built (as when installed from
// npm), and the TypeScript source through tsx otherwise, so that
// `pnpm exec onboardkit-server` works in a fresh clone without a build step.
// ONBOARDKIT_CLI_FROM_SOURCE=1 forces the source, for working on the CLI with a stale dist.
import { existsSync } from 'node:fs';
import { register } from 'node:module';

const built = new URL('../dist/cli.js', import.meta.url);
const fromSource = process.env.ONBOARDKIT_CLI_FROM_SOURCE === '1' || !existsSync(built);

if (fromSource) {
  let tsx;
  try {
    tsx = await import('tsx/esm/api');
  } catch {
    console.error(
      'onboardkit-server: dist/cli.js is missing and tsx is not installed to run the sources. ' +
        'Run `pnpm --filter @onboardkit/server-session build`, or `pnpm install` in the repository.',
    );
    process.exit(1);
  }
  tsx.register();
  // Registered after tsx so it runs first: workspace packages then resolve to
  // their TypeScript sources (the @onboardkit/source export condition), built or not.
  register('./source-condition-hooks.js', import.meta.url);
}

const { main } = await import(fromSource ? new URL('../src/cli.ts', import.meta.url).href : built.href);
await main();
