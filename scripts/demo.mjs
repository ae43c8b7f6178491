#!/usr/bin/env node
// `pnpm demo`: starts what a platform engineer needs to try OnboardKit locally —
// the session server on its embedded store (data under .onboardkit/) with a
// well-known test-mode platform, the Tidewater Market backend (apps/demo/server,
// which holds that platform's key) and its site (Vite, served by the backend on
// the same origin) — prints one URL, and stops everything on Ctrl-C.
//
// Environment: ONBOARDKIT_PORT (4242), DEMO_PORT (5173), ONBOARDKIT_DATA_DIR,
// ONBOARDKIT_SESSION_TTL_SECONDS (passed to the session server),
// DEMO_PLATFORM_SECRET_KEY (the backend's key; the bootstrap key by default).
// `pnpm demo --memory` keeps the session server's data in memory.
import { spawn } from 'node:child_process';
import { setTimeout as delay } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const port = Number(process.env.ONBOARDKIT_PORT ?? 4242);
const demoPort = Number(process.env.DEMO_PORT ?? 5173);
const serverUrl = `http://127.0.0.1:${port}`;
const demoUrl = `http://localhost:${demoPort}`;
const memory = process.argv.includes('--memory');
// A test-mode key for local use only, printed below; set your own in the environment.
const secretKey = process.env.ONBOARDKIT_BOOTSTRAP_SECRET_KEY ?? 'sk_test_OnboardKitLocalDemoPlatform0001';
// The components call the session server from the demo's origin, so it must be registered.
const origins =
  process.env.ONBOARDKIT_BOOTSTRAP_ORIGINS ?? `http://127.0.0.1:${demoPort},http://localhost:${demoPort}`;
const store = memory ? 'in memory' : `in ${process.env.ONBOARDKIT_DATA_DIR ?? '.onboardkit/'}`;

for (const [name, value] of [
  ['ONBOARDKIT_PORT', port],
  ['DEMO_PORT', demoPort],
]) {
  if (!Number.isInteger(value) || value < 1 || value > 65535) {
    console.error(`${name} must be a port number from 1 to 65535.`);
    process.exit(2);
  }
}

const children = [];
let stopping = false;

function start(name, command, args, env) {
  // No stdin: a test runner that pipes or closes it must not stop the children.
  // Each child leads its own process group, so a Ctrl-C (which the terminal sends to the
  // whole foreground group) or a test runner's signal to our group reaches only this
  // script, and each child hears of a stop once, from stop(). Had the children heard it
  // too, stop()'s signal would be their second, which the session server takes for
  // "force-stop now" (`server.stop_repeated`), cutting its graceful shutdown short.
  const child = spawn(command, args, {
    cwd: root,
    detached: true,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, ...env },
  });
  child.on('error', (error) => {
    console.error(`Could not start the ${name}: ${error.message}`);
    if (!stopping) stop(1);
  });
  child.on('exit', (code, signal) => {
    if (!stopping) {
      console.error(`\nThe ${name} stopped (${signal ?? `exit ${code}`}); stopping the demo.`);
      stop(code || 1);
    }
  });
  children.push(child);
  return child;
}

const running = (child) => child.exitCode === null && child.signalCode === null;

/** Signals a child's whole group: whatever the child started stops with it, as under a terminal. */
function signal(child, name) {
  try {
    process.kill(-child.pid, name);
  } catch {
    // The group is gone already.
  }
}

/** Stops the children, passing on the signal that stopped us (SIGTERM when one of them failed). */
function stop(exitCode = 0, name = 'SIGTERM') {
  stopping = true;
  for (const child of children) if (running(child)) signal(child, name);
  const exited = children.map((child) => (running(child) ? new Promise((r) => child.on('exit', r)) : null));
  // A child that ignores SIGTERM for 10 s is killed, so Ctrl-C always returns the prompt.
  const force = setTimeout(() => {
    for (const child of children) if (running(child)) signal(child, 'SIGKILL');
  }, 10_000);
  force.unref();
  Promise.all(exited).then(() => process.exit(exitCode));
}

function onStopSignal(name) {
  if (!stopping) return stop(0, name);
  // A second Ctrl-C means "now": passed on, it makes the session server cut its shutdown short.
  for (const child of children) if (running(child)) signal(child, name);
}
process.on('SIGINT', onStopSignal);
process.on('SIGTERM', onStopSignal);
// The children no longer share our process group, so nothing else would stop them if this
// script ended some other way (an uncaught error): they must not outlive it.
process.on('exit', () => {
  for (const child of children) if (running(child)) signal(child, 'SIGKILL');
});

const sessionServerEnv = {
  // Run the TypeScript sources, so a stale build never hides an edit.
  ONBOARDKIT_CLI_FROM_SOURCE: '1',
  ONBOARDKIT_BOOTSTRAP_SECRET_KEY: secretKey,
  ONBOARDKIT_BOOTSTRAP_ORIGINS: origins,
  ONBOARDKIT_BOOTSTRAP_PLATFORM_NAME: process.env.ONBOARDKIT_BOOTSTRAP_PLATFORM_NAME ?? 'Demo marketplace',
  // One line per request would bury the URL printed below; ONBOARDKIT_LOG_LEVEL=info brings them back.
  ONBOARDKIT_LOG_LEVEL: process.env.ONBOARDKIT_LOG_LEVEL ?? 'warn',
  // The CLI refuses --memory with a data directory; --memory wins here.
  ...(memory ? { ONBOARDKIT_DATA_DIR: '' } : {}),
};
start(
  'session server',
  process.execPath,
  // The package's bin by path: `node scripts/demo.mjs` works without node_modules/.bin on PATH.
  [
    'packages/server-session/bin/onboardkit-server.js',
    'start',
    '--port',
    String(port),
    ...(memory ? ['--memory'] : []),
  ],
  sessionServerEnv,
);

start(
  'demo backend',
  process.execPath,
  ['--conditions=@onboardkit/source', '--import', 'tsx', 'apps/demo/server/main.ts'],
  {
    DEMO_PORT: String(demoPort),
    ONBOARDKIT_PORT: String(port),
    DEMO_PLATFORM_SECRET_KEY: process.env.DEMO_PLATFORM_SECRET_KEY ?? secretKey,
  },
);

async function healthy(url) {
  try {
    return (await fetch(url)).ok;
  } catch {
    return false; // Not listening yet.
  }
}

const deadline = Date.now() + 60_000;
let ready = { session: false, demo: false };
while (!stopping && !(ready.session && ready.demo) && Date.now() < deadline) {
  ready = {
    session: ready.session || (await healthy(`${serverUrl}/healthz`)),
    demo: ready.demo || (await healthy(`${demoUrl}/api/config`)),
  };
  if (!(ready.session && ready.demo)) await delay(250);
}

if (!stopping && !(ready.session && ready.demo)) {
  const waiting = [ready.session ? null : 'session server', ready.demo ? null : 'demo backend'].filter(
    Boolean,
  );
  console.error(`\nThe ${waiting.join(' and ')} did not become healthy within 60 s; stopping the demo.`);
  stop(1);
} else if (!stopping) {
  console.log(`
OnboardKit demo is running: open ${demoUrl}
  Tidewater Market  ${demoUrl}         (the demo marketplace; admin page ${demoUrl}/admin)
  Session server    ${serverUrl}   (embedded store ${store})
  Test secret key   ${secretKey}   (test mode, local use only; the browser never sees it)
  Try it:           curl -s ${serverUrl}/v1/platform -H "Authorization: Bearer ${secretKey}"
Press Ctrl-C to stop.
`);
}
