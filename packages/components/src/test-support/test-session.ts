import type { RequirementsDocument } from '@onboardkit/schema';
import { inject } from 'vitest';
import type { ScriptedAnswer } from './embedded-api-stand-in.js';
import type { StandInComponentName } from './stand-in-scope.js';

/** Base URL of the stand-in session server started by the global setup. */
export const apiBaseUrl = inject('apiBaseUrl');

async function call<T>(path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${apiBaseUrl}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? null : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`stand-in server: ${path} answered ${response.status}`);
  return (await response.json()) as T;
}

export type { ScriptedAnswer } from './embedded-api-stand-in.js';

export interface TestSession {
  /** What a platform's `fetchClientSecret` does: mint a secret for this account session. */
  fetchClientSecret: () => Promise<string>;
  /** Expires every secret minted so far, as time or a revocation would. */
  expire: () => Promise<void>;
  script: (...answers: ScriptedAnswer[]) => Promise<void>;
  inspect: () => Promise<{
    mints: number;
    requests: Array<{ method: string; path: string; body?: { values?: Record<string, unknown> } }>;
    document: RequirementsDocument;
  }>;
}

/**
 * Starts an account session on the stand-in server whose account owes
 * `document`, enabling `components` (onboarding alone by default).
 */
export async function startTestSession(
  document: RequirementsDocument,
  components?: readonly StandInComponentName[],
): Promise<TestSession> {
  const { session } = await call<{ session: string }>('/__test/sessions', { document, components });
  const base = `/__test/sessions/${session}`;
  return {
    fetchClientSecret: async () =>
      (await call<{ client_secret: string }>(`${base}/secrets`, {})).client_secret,
    expire: async () => {
      await call(`${base}/expire`, {});
    },
    script: async (...answers) => {
      await call(`${base}/script`, { answers });
    },
    inspect: () => call(base),
  };
}
