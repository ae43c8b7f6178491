import type { Context } from 'hono';

/**
 * The headers a request's response will carry, gathered into one plain
 * object as the request passes the middleware (request id, CORS, caching),
 * and whether a response was built with them.
 *
 * Why not Hono's `c.header`: it keeps a WHATWG `Headers`, which the Node
 * adapter walks and copies into a plain object again for every response;
 * building the response with a plain object lets the adapter hand it to
 * `writeHead` as it is. On the embedded API's cheapest route the two
 * copies cost more than the session lookup.
 */
export interface ResponseHead {
  readonly headers: Record<string, string>;
  built: boolean;
}

export interface ResponseHeadEnv {
  Variables: { responseHead: ResponseHead };
}

// Routes take `Context` of several environments; every one of them carries the head the request log set.
type AnyContext = Context<ResponseHeadEnv> | Context;

function headOf(c: AnyContext): ResponseHead {
  const context = c as Context<ResponseHeadEnv>;
  let head: ResponseHead | undefined = context.get('responseHead');
  if (head === undefined) {
    // A sub-app mounted without the request log (a host, a test) still answers with its headers.
    head = { headers: {}, built: false };
    context.set('responseHead', head);
  }
  return head;
}

/** Starts the response head of a request with `headers`; the request log calls this first. */
export function startResponseHead(c: AnyContext, headers: Record<string, string>): ResponseHead {
  const head: ResponseHead = { headers, built: false };
  (c as Context<ResponseHeadEnv>).set('responseHead', head);
  return head;
}

/**
 * Sets a header on the response this request will get, whichever route or
 * error answers it; once that response exists (a middleware after `next()`),
 * on it, which costs Hono a copy of the response.
 */
export function setResponseHeader(c: AnyContext, name: string, value: string): void {
  const head = headOf(c);
  head.headers[name] = value;
  if (head.built) c.header(name, value);
}

/**
 * Answers with `body` and the headers gathered so far, plus `headers`
 * (which win). The one way a response of the session server is built.
 */
export function respond(
  c: AnyContext,
  body: string | Uint8Array<ArrayBuffer> | null,
  status: number,
  headers?: Readonly<Record<string, string>>,
): Response {
  const head = headOf(c);
  if (headers !== undefined) Object.assign(head.headers, headers);
  head.built = true;
  return new Response(body, { status, headers: head.headers });
}

/** Answers with `value` as JSON (`Content-Type: application/json`). */
export function respondJson(
  c: AnyContext,
  value: unknown,
  status = 200,
  headers?: Readonly<Record<string, string>>,
): Response {
  return respond(c, JSON.stringify(value), status, headers ? { ...headers, ...jsonType } : jsonType);
}

const jsonType = { 'Content-Type': 'application/json' } as const;
