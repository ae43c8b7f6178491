import { rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { test as base } from '@playwright/test';

/** Full-page screenshots of a flow's screens, numbered in the order taken. */
export interface StepScreens {
  capture(name: string): Promise<void>;
}

/** Where screenshots of each step go: ignored by git, kept after the run for review. */
export const screensDirectory = join(import.meta.dirname, '..', '..', 'artifacts', 'e2e', 'screens');

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * The suite's `test`: Playwright's, with `screens`, which saves each screen of
 * a flow under artifacts/e2e/screens/<spec>/<test>/.
 */
export const test = base.extend<{ screens: StepScreens }>({
  screens: async ({ page }, use, testInfo) => {
    const directory = join(screensDirectory, basename(testInfo.file, '.spec.ts'), slug(testInfo.title));
    rmSync(directory, { recursive: true, force: true });
    let taken = 0;
    await use({
      async capture(name) {
        taken += 1;
        const file = `${String(taken).padStart(2, '0')}-${slug(name)}.png`;
        await page.screenshot({ path: join(directory, file), fullPage: true });
      },
    });
  },
});

export { expect } from '@playwright/test';
