import { defaultClientConditions, defaultServerConditions } from 'vite';
import { defineConfig } from 'vitest/config';
import { chromiumBrowserProvider } from '../../scripts/chromium-browser-provider.js';

// Workspace packages export their TypeScript sources under this condition, so
// the components test against @onboardkit/schema's source without a build.
const sourceCondition = '@onboardkit/source';

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
      provider: chromiumBrowserProvider(),
      instances: [{ browser: 'chromium' }],
    },
  },
});
