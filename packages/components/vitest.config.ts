import { playwright } from '@vitest/browser-playwright';
import { defaultClientConditions, defaultServerConditions } from 'vite';
import { defineConfig } from 'vitest/config';

// Workspace packages export their TypeScript sources under this condition, so
// the components test against @onboardkit/schema's source without a build.
const sourceCondition = '@onboardkit/source';

// Browser downloads are impossible on our machines: the suite runs in Debian's
// Chromium (scripts/ensure-chromium.mjs installs it), never `playwright install`.
const chromiumPath = process.env.ONBOARDKIT_CHROMIUM ?? '/usr/bin/chromium';

export default defineConfig({
  root: import.meta.dirname,
  resolve: { conditions: [sourceCondition, ...defaultClientConditions] },
  // The global setup runs in Node and imports the schema's source too.
  ssr: { resolve: { conditions: [sourceCondition, ...defaultServerConditions] } },
  test: {
    name: 'component',
    include: ['src/**/*.test.tsx'],
    // A stand-in for the session server's embedded API on loopback, until the real one can start here.
    globalSetup: ['src/test-support/global-setup.ts'],
    browser: {
      enabled: true,
      headless: true,
      screenshotFailures: false,
      provider: playwright({
        launchOptions: {
          executablePath: chromiumPath,
          args: [
            '--headless',
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
          ],
        },
      }),
      instances: [{ browser: 'chromium' }],
    },
  },
});
