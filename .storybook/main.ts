import type { StorybookConfig } from '@storybook/react-vite';
import { defaultClientConditions, mergeConfig } from 'vite';

// Workspace packages export their TypeScript sources under this condition, so
// Storybook renders the components' source without a build (as the tests do).
const sourceCondition = '@onboardkit/source';

const config: StorybookConfig = {
  stories: ['../packages/*/src/**/*.stories.tsx'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: { name: '@storybook/react-vite', options: {} },
  // TypeScript 7 has no JS API, which react-docgen-typescript needs; react-docgen reads the source instead.
  // The story tests only render, so they skip it (a third of the transform time).
  typescript: { reactDocgen: process.env.VITEST ? false : 'react-docgen' },
  // Our machines reach no network but the npm registry: no telemetry, no update checks.
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  viteFinal: (viteConfig) =>
    mergeConfig(viteConfig, { resolve: { conditions: [sourceCondition, ...defaultClientConditions] } }),
};

export default config;
