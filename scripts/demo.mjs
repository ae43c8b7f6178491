#!/usr/bin/env node
// `pnpm demo`: starts what a platform engineer needs to try OnboardKit locally —
// the session server on its embedded store (data under .onboardkit/) with a
// well-known test-mode platform — and stops everything on Ctrl-C.
import { spawn } from 'node:child_process';
import { setTimeout as delay } from 'node:timers/promises';

const port = Number(process.env.ONBOARDKIT_PORT ?? 4242);
const serverUrl = `http://127.0.0.1:${port}`;
// A test-mode key for local use only, printed below; set your own in the environment.
const secretKey = process.env.ONBOARDKIT_BOOTSTRAP_SECRET_KEY ?? 'sk_test_OnboardKitLocalDemoPlatform0001';
const origins = process.env.ONBOARDKIT_BOOTSTRAP_ORIGINS ?? 'http://127.0.0.1:5173,http://localhost:5173';

const children = [];

function start(name, command, args, env) {
  const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  child.on('exit', (code, signal) => {
    if (!stopping) {
      console.error(`${name} stopped (${signal ?? `exit ${code}`}); stopping the demo.`);
      stop(code ?? 1);
    }
  });
  children.push(child);
  return child;
}

let stopping = false;
function stop(exitCode = 0) {
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  Promise.all(
    children.map((child) => (child.exitCode === null ? new Promise((r) => child.on('exit', r)) : null)),
  ).then(() => process.exit(exitCode));
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

start('session server', 'onboardkit-server', ['start', '--port', String(port)], {
  // Run the TypeScript sources, so a stale build never hides an edit.
  ONBOARDKIT_CLI_FROM_SOURCE: '1',
  ONBOARDKIT_BOOTSTRAP_SECRET_KEY: secretKey,
  ONBOARDKIT_BOOTSTRAP_ORIGINS: origins,
  ONBOARDKIT_BOOTSTRAP_PLATFORM_NAME: process.env.ONBOARDKIT_BOOTSTRAP_PLATFORM_NAME ?? 'Demo marketplace',
});

for (let attempt = 0; attempt < 120 && !stopping; attempt += 1) {
  try {
    if ((await fetch(`${serverUrl}/healthz`)).ok) break;
  } catch {
    // Not listening yet.
  }
  await delay(250);
}

if (!stopping) {
  console.log(`
OnboardKit demo is running.
  Session server  ${serverUrl}   (embedded store in .onboardkit/)
  Test secret key ${secretKey}
  Try it:         curl -s ${serverUrl}/v1/platform -H "Authorization: Bearer ${secretKey}"
Press Ctrl-C to stop.
`);
}
