// Stripe's test-mode values, from their one source in @onboardkit/schema.
// By path, not by package name: Playwright resolves a package through its
// built `dist/` (it knows no `@onboardkit/source` condition), and the suite
// must run on a fresh clone, before any build, with the values of the sources.
// The module is plain data with no imports, so nothing else comes along.
export * from '../../packages/schema/src/test-mode/test-mode-values.js';
