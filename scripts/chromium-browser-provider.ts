import { playwright } from '@vitest/browser-playwright';

/**
 * The Vitest browser provider every browser suite uses: Debian's Chromium
 * (browser downloads such as `playwright install` are impossible on our
 * machines; scripts/ensure-chromium.mjs installs it), with the flags that keep
 * it from reaching for the network at start.
 */
export function chromiumBrowserProvider() {
  return playwright({
    launchOptions: {
      executablePath: process.env.ONBOARDKIT_CHROMIUM ?? '/usr/bin/chromium',
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
  });
}
