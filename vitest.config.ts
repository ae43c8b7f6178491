import { defaultClientConditions, defaultServerConditions } from 'vite';
import { defineConfig } from 'vitest/config';

// Workspace packages export their TypeScript sources under this condition, so
// tests, Storybook and the demo run without a build step (see tsconfig.base.json).
const sourceCondition = '@onboardkit/source';

export default defineConfig({
  resolve: { conditions: [sourceCondition, ...defaultClientConditions] },
  ssr: { resolve: { conditions: [sourceCondition, ...defaultServerConditions] } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['packages/*/src/**/*.test.ts', 'scripts/**/*.test.ts', 'apps/demo/**/*.test.ts'],
        },
      },
      // Real Chromium (Vitest browser mode); its own config holds the launch options.
      'packages/components/vitest.config.ts',
      // Every Storybook story as a test in Chromium, accessibility violations failing it.
      '.storybook/vitest.config.ts',
    ],
  },
});
