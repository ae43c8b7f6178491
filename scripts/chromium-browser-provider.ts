import { playwright } from '@vitest/browser-playwright';
import { chromiumArgs, chromiumExecutablePath } from './chromium-launch.mjs';

/** The Vitest browser provider every browser suite uses: the Chromium of chromium-launch.mjs. */
export function chromiumBrowserProvider() {
  return playwright({ launchOptions: { executablePath: chromiumExecutablePath, args: [...chromiumArgs] } });
}
