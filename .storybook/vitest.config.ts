import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defaultClientConditions } from 'vite';
import { defineConfig } from 'vitest/config';

// Every story is a test: rendered in Chromium with its play function, then
// checked by the accessibility addon (`parameters.a11y.test = 'error'` in preview.tsx).

const sourceCondition = '@onboardkit/source';

// Browser downloads are impossible on our machines: Debian's Chromium, never `playwright install`.
const chromiumPath = process.env.ONBOARDKIT_CHROMIUM ?? '/usr/bin/chromium';

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
