import { defaultClientConditions, defaultServerConditions } from 'vite';
import { defineConfig } from 'vitest/config';
import { chromiumBrowserProvider } from '../../scripts/chromium-browser-provider.js';
import { platformCommands } from './src/test-support/platform-commands.js';

// Workspace packages export their TypeScript sources under this condition, so
// the components test against @onboardkit/schema's source without a build.
const sourceCondition = '@onboardkit/source';

export default defineConfig({
  root: import.meta.dirname,
  resolve: { conditions: [sourceCondition, ...defaultClientConditions] },
  // The global setup runs in Node and starts the session server from its source.
  ssr: { resolve: { conditions: [sourceCondition, ...defaultServerConditions] } },
  environments: { __vitest__: { resolve: { conditions: [sourceCondition, ...defaultServerConditions] } } },
  test: {
    name: 'component',
    include: ['src/**/*.test.tsx'],
    // The real session server on loopback (in-memory store), behind a proxy that can drop a connection.
    globalSetup: ['src/test-support/global-setup.ts'],
    browser: {
      enabled: true,
      headless: true,
      screenshotFailures: false,
      provider: chromiumBrowserProvider(),
      // The platform backend's side of a test (secret key, test helpers) runs in Node.
      commands: platformCommands,
      instances: [{ browser: 'chromium' }],
    },
  },
});
