import { Hono } from 'hono';
import { createAdminRoutes } from './admin-routes.js';
import { installErrorHandling } from './demo-api-error.js';
import type { PlatformClient } from './platform-client.js';
import { createSellerRoutes } from './seller-routes.js';
import { createWebhookReceiver } from './webhook-receiver.js';

export interface DemoAppOptions {
  platform: PlatformClient;
  /** Signs the seller cookie; any long random string. */
  cookieSecret: string;
  /** The session server URL the browser's components call (its embedded API). */
  publicSessionServerUrl: string;
  /** Where unexpected failures are reported (name and message only); standard error by default. */
  logError?: (line: string) => void;
  /** The signing secret of this backend's webhook endpoint, once registered; webhooks are refused (503) until then. */
  webhookSecret?: () => string | null;
}

/**
 * The marketplace's backend: `/api/*` for its own pages. It holds the
 * platform's secret key (inside `platform`) and hands the browser nothing
 * but account ids and client secrets.
 *
 * @example
 * const app = createDemoApp({ platform: createPlatformClient({ baseUrl, secretKey }), cookieSecret, publicSessionServerUrl: baseUrl });
 * serve({ fetch: app.fetch, port: 5173 });
 */
export function createDemoApp(options: DemoAppOptions): Hono {
  const app = new Hono();
  installErrorHandling(app, options.logError ?? ((line) => console.error(line)));
  const api = new Hono();
  api.get('/config', (c) => c.json({ session_server_url: options.publicSessionServerUrl }));
  const webhooks = createWebhookReceiver(options.webhookSecret ?? (() => null));
  api.route('/', createSellerRoutes(options));
  api.route('/admin', createAdminRoutes({ ...options, receivedWebhooks: webhooks.received }));
  api.route('/webhooks', webhooks.routes);
  app.route('/api', api);
  return app;
}
