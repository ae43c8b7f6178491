import { join } from 'node:path';
import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumExecutablePath } from '../scripts/chromium-launch.mjs';
import {
  type DemoInstance,
  demoUrl,
  platformSecretKey,
  primaryDemo,
  shortSessionDemo,
} from './support/demo-instances.js';

const root = join(import.meta.dirname, '..');
const artifacts = join(root, 'artifacts', 'e2e');
const inCi = Boolean(process.env.CI);

/** A demo (session server + backend + site) on its own ports, with an empty store. */
function demoServer(instance: DemoInstance) {
  const origin = demoUrl(instance);
  return {
    // In memory: every run starts from an empty store and leaves nothing behind.
    command: 'node scripts/demo.mjs --memory',
    cwd: root,
    url: `${origin}/`,
    // Vite's first transform of the site and PGlite's first open take a while on a cold machine.
    timeout: 180_000,
    reuseExistingServer: !inCi,
    gracefulShutdown: { signal: 'SIGTERM' as const, timeout: 10_000 },
    // Its banner would repeat on every run; errors (and a failed start) still show.
    stdout: 'ignore' as const,
    stderr: 'pipe' as const,
    env: {
      ONBOARDKIT_PORT: String(instance.sessionServerPort),
      DEMO_PORT: String(instance.demoPort),
      ONBOARDKIT_BOOTSTRAP_SECRET_KEY: platformSecretKey,
      DEMO_PLATFORM_SECRET_KEY: platformSecretKey,
      ONBOARDKIT_BOOTSTRAP_ORIGINS: `${origin},http://localhost:${instance.demoPort}`,
      ONBOARDKIT_LOG_LEVEL: 'warn',
      // No file watching: an edit anywhere in the workspace would otherwise reload a page mid-test.
      DEMO_WATCH: '0',
      ...(instance.sessionLifetimeSeconds === undefined
        ? {}
        : { ONBOARDKIT_SESSION_TTL_SECONDS: String(instance.sessionLifetimeSeconds) }),
    },
  };
}

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  outputDir: join(artifacts, 'results'),
  // Each spec creates its own seller, so specs run side by side; the machine has two cores.
  fullyParallel: false,
  workers: 2,
  retries: 0,
  forbidOnly: inCi,
  timeout: 120_000,
  expect: { timeout: 15_000 },
  reporter: [
    ['list'],
    ['json', { outputFile: process.env.ONBOARDKIT_E2E_JSON_REPORT ?? join(artifacts, 'report.json') }],
  ],
  use: {
    baseURL: demoUrl(primaryDemo),
    locale: 'en-US',
    timezoneId: 'UTC',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    actionTimeout: 15_000,
    navigationTimeout: 60_000,
  },
  projects: [
    {
      name: 'chromium',
      use: {
        browserName: 'chromium',
        viewport: { width: 1280, height: 900 },
        // Debian's Chromium: browser downloads (`playwright install`) are not possible on our machines.
        launchOptions: { executablePath: chromiumExecutablePath, args: [...chromiumArgs] },
      },
    },
  ],
  webServer: [demoServer(primaryDemo), demoServer(shortSessionDemo)],
});
