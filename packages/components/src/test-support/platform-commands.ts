import type { BrowserCommand } from 'vitest/node';
import {
  type DropRequest,
  dropControlPath,
  type HoldRequest,
  holdControlPath,
  releaseControlPath,
} from './connection-dropping-proxy.js';

/**
 * What the platform's backend does, run in Node for the tests in the
 * browser: the platform API takes the secret key, which no browser may
 * hold, and answers no cross-origin request. Registered as Vitest browser
 * commands in `vitest.config.ts`; the tests call them through
 * `commands` from `vitest/browser` (see `test-session.ts`).
 */

export interface PlatformRequest {
  method: 'GET' | 'POST' | 'DELETE';
  /** `/v1/…` */
  path: string;
  body?: unknown;
}

export interface PlatformResponse {
  status: number;
  body: unknown;
}

/** One call to the platform API with the test platform's secret key. */
const platformRequest: BrowserCommand<[request: PlatformRequest]> = async (context, request) => {
  const { sessionServerUrl, platformSecretKey } = context.project.getProvidedContext();
  const response = await fetch(`${sessionServerUrl}${request.path}`, {
    method: request.method,
    headers: {
      authorization: `Bearer ${platformSecretKey}`,
      ...(request.body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: request.body === undefined ? null : JSON.stringify(request.body),
  });
  const text = await response.text();
  return { status: response.status, body: text === '' ? undefined : JSON.parse(text) } as PlatformResponse;
};

/** Arms the proxy in front of the session server to cut the next matching connection(s). */
const dropNextConnections: BrowserCommand<[request: DropRequest]> = async (context, request) => {
  const { apiBaseUrl } = context.project.getProvidedContext();
  const response = await fetch(`${apiBaseUrl}${dropControlPath}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(request),
  });
  if (!response.ok) throw new Error(`The proxy refused to arm a drop: HTTP ${response.status}.`);
};

/** Makes the proxy hold matching requests in flight, or release (or cut) the ones it holds. */
const holdConnections: BrowserCommand<[request: HoldRequest & { release?: boolean }]> = async (
  context,
  { release, ...request },
) => {
  const { apiBaseUrl } = context.project.getProvidedContext();
  const response = await fetch(`${apiBaseUrl}${release ? releaseControlPath : holdControlPath}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(request),
  });
  if (!response.ok) throw new Error(`The proxy refused a hold: HTTP ${response.status}.`);
};

export const platformCommands = { platformRequest, dropNextConnections, holdConnections };

declare module 'vitest/browser' {
  interface BrowserCommands {
    platformRequest: (request: PlatformRequest) => Promise<PlatformResponse>;
    dropNextConnections: (request: DropRequest) => Promise<void>;
    holdConnections: (request: HoldRequest & { release?: boolean }) => Promise<void>;
  }
}
