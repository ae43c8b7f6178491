// bench/ sits outside the pnpm workspace, so the session server's own
// dependencies (hono, @hono/node-server, pg) do not resolve from here, and the
// root package.json must not grow them just for a benchmark. They are loaded
// from the server package's node_modules instead: the floor then runs on the
// same versions as the server it is the floor of.
import { createRequire } from 'node:module';

// Found through the package's own export rather than a relative path, which differs once this module is
// emitted to dist/ for plain node (build-for-node.ts).
const requireFromServerPackage = createRequire(
  createRequire(import.meta.url).resolve('@onboardkit/server-session/package.json'),
);

export const { Hono } = requireFromServerPackage('hono') as typeof import('hono');
export const { serve } = requireFromServerPackage('@hono/node-server') as typeof import('@hono/node-server');
export const pg = requireFromServerPackage('pg') as typeof import('pg');
