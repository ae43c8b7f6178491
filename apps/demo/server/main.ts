// The marketplace backend as a process: `/api` from createDemoApp, the site
// from Vite (development) or `dist/` (NODE_ENV=production), on one port.
import { createServer } from 'node:http';
import { setTimeout as delay } from 'node:timers/promises';
import { getRequestListener } from '@hono/node-server';
import { createDemoApp } from './demo-app.js';
import { loadDemoConfig } from './demo-config.js';
import { createPlatformClient } from './platform-client.js';
import { createDevelopmentSite, createProductionSite, type SiteHandler } from './site-handler.js';

const config = loadDemoConfig(process.env);
const platform = createPlatformClient({ baseUrl: config.sessionServerUrl, secretKey: config.secretKey });
let webhookSecret: string | null = null;
const app = createDemoApp({
  platform,
  cookieSecret: config.cookieSecret,
  publicSessionServerUrl: config.sessionServerUrl,
  webhookSecret: () => webhookSecret,
});
if (config.production) app.route('/', createProductionSite());
const apiListener = getRequestListener(app.fetch);

const httpServer = createServer();
const site: SiteHandler | null = config.production
  ? null
  : await createDevelopmentSite(httpServer, { port: config.port, watch: config.watch });
httpServer.on('request', (request, response) => {
  const path = request.url ?? '/';
  if (site && path !== '/api' && !path.startsWith('/api/')) site.handle(request, response);
  else apiListener(request, response);
});

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  await site?.close();
  httpServer.closeAllConnections();
  httpServer.close(() => process.exit(0));
  if (!httpServer.listening) process.exit(0);
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

// Listen only once the session server answers: whoever waits for this port (a browser, a test runner)
// then never meets a marketplace whose every page fails.
let waitingSaid = false;
while (!stopping) {
  const healthy = await fetch(`${config.sessionServerUrl}/healthz`)
    .then((response) => response.ok)
    .catch(() => false);
  if (healthy) break;
  if (!waitingSaid)
    console.log(`demo backend: waiting for the session server at ${config.sessionServerUrl}…`);
  waitingSaid = true;
  await delay(250);
}

httpServer.listen(config.port, config.host, () => {
  console.log(
    `demo backend: Tidewater Market (${config.production ? 'built site' : 'Vite dev'}) on http://localhost:${config.port}, session server ${config.sessionServerUrl}`,
  );
  // Once listening, so the first webhooks find the endpoint there. Without it the demo still works: the admin
  // page lists no webhooks, and the line below says why.
  const webhookHost = config.host === '0.0.0.0' || config.host === '::' ? '127.0.0.1' : config.host;
  platform.replaceWebhookEndpoint(`http://${webhookHost}:${config.port}/api/webhooks/onboardkit`).then(
    (secret) => {
      webhookSecret = secret;
    },
    (error: unknown) => {
      console.error(`demo backend: could not register its webhook endpoint: ${(error as Error).message}`);
    },
  );
});
