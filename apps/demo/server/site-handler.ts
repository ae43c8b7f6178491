import { readFile } from 'node:fs/promises';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';

/** The demo app's folder, where `index.html`, `vite.config.ts` and the built `dist/` live. */
export const demoRoot = fileURLToPath(new URL('..', import.meta.url));

export type NodeHandler = (request: IncomingMessage, response: ServerResponse) => void;

export interface SiteHandler {
  handle: NodeHandler;
  close(): Promise<void>;
}

/**
 * The site in development: Vite in middleware mode on the backend's own HTTP
 * server (hot reload included), so the pages and `/api` share one origin.
 */
export async function createDevelopmentSite(
  httpServer: Server,
  options: { port: number; watch: boolean },
): Promise<SiteHandler> {
  const { createServer } = await import('vite');
  const vite = await createServer({
    root: demoRoot,
    configFile: `${demoRoot}vite.config.ts`,
    // One optimizer cache per port: two demos side by side (as the e2e suite runs them) must not share one.
    cacheDir: `${demoRoot}node_modules/.vite/demo-${options.port}`,
    appType: 'spa',
    server: options.watch
      ? { middlewareMode: true, ws: { server: httpServer } }
      : { middlewareMode: true, ws: { server: httpServer }, watch: null, hmr: false },
  });
  return { handle: (request, response) => vite.middlewares(request, response), close: () => vite.close() };
}

/**
 * The built site (`vite build` into `dist/`): hashed assets as files, and
 * `index.html` for every other path so client-side routes load.
 */
export function createProductionSite(): Hono {
  const distRoot = `${demoRoot}dist`;
  const site = new Hono();
  site.use('/assets/*', serveStatic({ root: distRoot }));
  site.get('*', async (c) => c.html(await readFile(`${distRoot}/index.html`, 'utf8')));
  return site;
}
