import { defaultClientConditions, defineConfig } from 'vite';

// The components come from their TypeScript sources (the workspace's export
// condition), so the demo needs no build of the packages.
const sourceCondition = '@onboardkit/source';

export default defineConfig({
  root: import.meta.dirname,
  resolve: { conditions: [sourceCondition, ...defaultClientConditions] },
  // Vite 8 compiles TSX with Oxc; the automatic runtime needs no React import per file.
  oxc: { jsx: { runtime: 'automatic' } },
  // Every dependency the site and the components' sources reach, bundled up front: a dependency
  // found late (a lazily loaded field) would otherwise make Vite reload the page mid-flow.
  optimizeDeps: {
    entries: ['index.html'],
    include: [
      'react',
      'react/jsx-runtime',
      'react/jsx-dev-runtime',
      'react-dom',
      'react-dom/client',
      'zod',
      'zod/mini',
      // The components' own dependencies, reached through the workspace link.
      '@onboardkit/components > @tanstack/react-query',
      '@onboardkit/components > react-hook-form',
      '@onboardkit/components > libphonenumber-js/min',
    ],
  },
  server: { warmup: { clientFiles: ['./src/main.tsx'] } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rolldownOptions: {
      onwarn(warning, warn) {
        // TanStack Query marks its modules 'use client' for React Server Components; a browser bundle needs no mark.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
});
