// The measured routes: what each one sends, to the real server and to its floor.

import type { ConnectionRequest } from './load.js';
import type { RouteKey } from './options.js';
import { benchOrigin } from './protocol.js';

/** What a run needs to address one server: its URL and, per connection, the credentials and account it uses. */
export interface Target {
  readonly url: string;
  readonly secretKey: string;
  /** Per connection: the account it works on, and the bearer token of its embedded requests. */
  readonly connections: ReadonlyArray<{ readonly accountId: string; readonly bearer: string }>;
}

export interface RouteSpec {
  readonly key: RouteKey;
  readonly title: string;
  readonly floorTitle: string;
  readonly method: 'GET' | 'POST';
  readonly path: string;
  /** The least ratio to the floor the issue asks for. */
  readonly targetRatio: number;
  requests(target: Target): ConnectionRequest[];
}

// A valid partial submission for a US individual: two fields of the first step.
const submissionBody = JSON.stringify({
  values: { 'individual.first_name': 'Jane', 'individual.last_name': 'Doe' },
});

const embedded = (target: Target): ConnectionRequest[] =>
  target.connections.map(({ bearer }) => ({
    // A browser's fetch from the platform's page carries its Origin; the server checks it on every call.
    headers: { Authorization: `Bearer ${bearer}`, Origin: benchOrigin },
  }));

export const routeSpecs: Readonly<Record<RouteKey, RouteSpec>> = {
  hello: {
    key: 'hello',
    title: 'session auth: GET /v1/embedded/session',
    floorTitle: 'bare hello',
    method: 'GET',
    path: '/v1/embedded/session',
    targetRatio: 0.8,
    requests: embedded,
  },
  requirements: {
    key: 'requirements',
    title: 'requirements: GET /v1/embedded/requirements',
    floorTitle: '1 SELECT by key',
    method: 'GET',
    path: '/v1/embedded/requirements',
    targetRatio: 0.5,
    requests: embedded,
  },
  submission: {
    key: 'submission',
    title: 'submission: POST /v1/embedded/submissions',
    floorTitle: '1 SELECT + 1 UPDATE',
    method: 'POST',
    path: '/v1/embedded/submissions',
    targetRatio: 0.4,
    // Each connection writes its own account, so no two wait on one row lock; no `version`, so none is stale.
    requests: (target) =>
      embedded(target).map((request) => ({
        headers: { ...request.headers, 'Content-Type': 'application/json' },
        body: submissionBody,
      })),
  },
  mint: {
    key: 'mint',
    title: 'mint: POST /v1/account_sessions',
    floorTitle: '1 INSERT',
    method: 'POST',
    path: '/v1/account_sessions',
    targetRatio: 0.7,
    requests: (target) =>
      target.connections.map(({ accountId }) => ({
        headers: { Authorization: `Bearer ${target.secretKey}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ account: accountId, components: { account_onboarding: { enabled: true } } }),
      })),
  },
};
