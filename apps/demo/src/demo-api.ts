import { apiErrorSchema } from '@onboardkit/schema';

/** A failed call to the marketplace backend, with the envelope's code and field. */
export class DemoRequestError extends Error {
  readonly status: number;
  readonly code: string;
  readonly param: string | undefined;

  constructor(status: number, code: string, message: string, param?: string) {
    super(message);
    this.name = 'DemoRequestError';
    this.status = status;
    this.code = code;
    this.param = param;
  }
}

/**
 * Calls the marketplace's own backend (same origin, cookie included) and
 * returns its JSON; an error answer becomes a {@link DemoRequestError}.
 */
export async function callDemoApi<T>(
  path: string,
  init: { method?: 'GET' | 'POST'; json?: unknown } = {},
): Promise<T> {
  const method = init.method ?? (init.json === undefined ? 'GET' : 'POST');
  let response: Response;
  try {
    response = await fetch(`/api${path}`, {
      method,
      credentials: 'same-origin',
      headers: method === 'POST' ? { 'Content-Type': 'application/json' } : undefined,
      body: method === 'POST' ? JSON.stringify(init.json ?? {}) : undefined,
    });
  } catch {
    throw new DemoRequestError(
      0,
      'network_error',
      'The marketplace backend does not answer. Is `pnpm demo` running?',
    );
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const parsed = apiErrorSchema.safeParse(body);
    if (parsed.success) {
      const { code, message, param } = parsed.data.error;
      throw new DemoRequestError(response.status, code, message, param);
    }
    throw new DemoRequestError(
      response.status,
      'unexpected_response',
      `The backend answered ${response.status}.`,
    );
  }
  return body as T;
}

export interface SellerAccount {
  id: string;
  country: string;
  business_type: string | null;
}
