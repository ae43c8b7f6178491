import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { defaultClientConditions } from 'vite';
import { defineConfig } from 'vitest/config';
import { chromiumBrowserProvider } from '../scripts/chromium-browser-provider.js';

// Every story is a test: rendered in Chromium with its play function, then
// checked by the accessibility addon (`parameters.a11y.test = 'error'` in preview.tsx).

const sourceCondition = '@onboardkit/source';

export default defineConfig({
  root: `${import.meta.dirname}/..`,
  plugins: [storybookTest({ configDir: import.meta.dirname })],
  resolve: { conditions: [sourceCondition, ...defaultClientConditions] },
  test: {
    name: 'storybook',
    browser: {
      enabled: true,
      headless: true,
      screenshotFailures: false,
      provider: chromiumBrowserProvider(),
      instances: [{ browser: 'chromium' }],
    },
  },
});
