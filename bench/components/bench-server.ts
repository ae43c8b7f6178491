// The bench's web server, one origin for everything the pages load:
// - `/`, `/plain.html`, `/assets/*`: production builds of the bench pages (esbuild, minified);
// - `POST /bench/session`: mints an account session for the bench account (the platform's backend);
// - `/synthetic/:count/v1/…`: the real session server, except GET /v1/embedded/requirements,
//   answered with the synthetic step of `count` fields over the account's real document.
// The session server runs in this process on PGlite in memory.

import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname } from 'node:path';
import { requirementsDocumentSchema } from '@onboardkit/schema';
import { createSessionServer, type SessionServer, silentLogger } from '@onboardkit/server-session';
import { build, type OutputFile } from 'esbuild';
import { syntheticDocument } from './synthetic-document.js';

const secretKey = 'sk_test_OnboardKitComponentsBench00001';
const root = new URL('../..', import.meta.url).pathname;

const contentTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
};

function html(script: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title></head>
<body><div id="root"></div><script type="module" src="/assets/${script}"></script></body></html>`;
}

/** Production bundles of the two pages, split as a platform's bundler would split them. */
async function buildPages(minify: boolean): Promise<Map<string, Uint8Array<ArrayBuffer>>> {
  const result = await build({
    absWorkingDir: root,
    entryPoints: {
      onboarding: 'bench/components/pages/onboarding-page.tsx',
      plain: 'bench/components/pages/plain-page.tsx',
    },
    bundle: true,
    splitting: true,
    format: 'esm',
    minify,
    platform: 'browser',
    target: 'es2022',
    jsx: 'automatic',
    conditions: ['@onboardkit/source'],
    define: { 'process.env.NODE_ENV': '"production"' },
    outdir: `${root}.bench-components`,
    write: false,
    logLevel: 'warning',
  });
  const files = new Map<string, Uint8Array<ArrayBuffer>>();
  const outdir = `${root}.bench-components/`;
  result.outputFiles.forEach((file: OutputFile) => {
    files.set(`/assets/${file.path.slice(outdir.length)}`, new Uint8Array(file.contents));
  });
  files.set('/', new TextEncoder().encode(html('onboarding.js')));
  files.set('/plain.html', new TextEncoder().encode(html('plain.js')));
  return files;
}

async function readBody(request: IncomingMessage): Promise<Uint8Array<ArrayBuffer> | undefined> {
  if (request.method === 'GET' || request.method === 'HEAD') return undefined;
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return new Uint8Array(Buffer.concat(chunks));
}

async function send(response: ServerResponse, reply: Response): Promise<void> {
  response.writeHead(reply.status, Object.fromEntries(reply.headers.entries()));
  response.end(Buffer.from(await reply.arrayBuffer()));
}

export interface BenchServer {
  readonly url: string;
  close(): Promise<void>;
}

/**
 * Starts the session server and the page server; resolves once both answer.
 * `minify: false` keeps function names readable in a CPU profile.
 */
export async function startBenchServer(options: { minify: boolean }): Promise<BenchServer> {
  const files = await buildPages(options.minify);
  let sessionServer: SessionServer | undefined;
  let accountId = '';

  const platform = (path: string, body: unknown) =>
    sessionServer?.fetch(
      new Request(`http://bench.local${path}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${secretKey}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      }),
    );

  async function answer(request: IncomingMessage, url: URL): Promise<Response> {
    const file = files.get(url.pathname);
    if (file) {
      const type = contentTypes[extname(url.pathname)] ?? contentTypes['.html'] ?? '';
      return new Response(file, { headers: { 'content-type': type } });
    }
    if (url.pathname === '/bench/session' && request.method === 'POST') {
      const reply = await platform('/v1/account_sessions', {
        account: accountId,
        components: { account_onboarding: { enabled: true } },
      });
      const session = (await reply?.json()) as { client_secret?: string } | undefined;
      return new Response(session?.client_secret ?? '', { status: reply?.status ?? 500 });
    }
    const synthetic = /^\/synthetic\/(\d+)(\/v1\/.*)$/.exec(url.pathname);
    if (!synthetic || !sessionServer) return new Response('not found', { status: 404 });
    const count = Number(synthetic[1]);
    const forwarded = new Request(`${url.origin}${synthetic[2]}${url.search}`, {
      method: request.method,
      headers: Object.entries(request.headers).flatMap(([name, value]) =>
        typeof value === 'string' ? [[name, value] as [string, string]] : [],
      ),
      body: await readBody(request),
    });
    const reply = await sessionServer.fetch(forwarded);
    if (synthetic[2] !== '/v1/embedded/requirements' || !reply.ok) return reply;
    const real = requirementsDocumentSchema.parse(await reply.json());
    return Response.json(syntheticDocument(real, count));
  }

  const http = createServer((request, response) => {
    const url = new URL(request.url ?? '/', `http://${request.headers.host ?? '127.0.0.1'}`);
    answer(request, url)
      .then((reply) => send(response, reply))
      .catch((error: unknown) => {
        console.error(error);
        response.writeHead(500).end();
      });
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;

  sessionServer = createSessionServer({
    store: { engine: 'pglite', dataDir: null },
    logger: silentLogger,
    bootstrapPlatform: { name: 'Components bench', secretKey, origins: [url] },
    // Every page load mints a session and fetches at once; the bench is not a rate-limit test.
    rateLimits: { platform: null, session: null },
    backgroundJobs: false,
  });
  await sessionServer.ready;
  const created = await platform('/v1/accounts', {
    country: 'US',
    business_type: 'individual',
    capabilities: { card_payments: { requested: true }, transfers: { requested: true } },
  });
  if (!created?.ok) throw new Error(`Could not create the bench account: ${created?.status}`);
  accountId = ((await created.json()) as { id: string }).id;

  return {
    url,
    async close() {
      await new Promise<void>((resolve) => http.close(() => resolve()));
      await sessionServer?.close();
    },
  };
}
