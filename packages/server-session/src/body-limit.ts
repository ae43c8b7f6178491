import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { ApiError } from './api-error.js';
import type { AppEnv } from './app-env.js';

/** The largest JSON body the APIs read by default: far above any real submission. */
export const defaultJsonBodyLimitBytes = 256 * 1024;
/** The largest upload, as the issue sets it. */
export const maxFileBytes = 10 * 1024 * 1024;
// Room for the multipart boundaries and part headers around a file of the largest size.
const multipartOverheadBytes = 64 * 1024;

function tooLarge(limit: number): ApiError {
  return new ApiError({
    status: 413,
    type: 'invalid_request_error',
    code: 'request_too_large',
    message: `The request body is larger than the ${Math.round(limit / 1024)} KiB this route accepts.`,
  });
}

function limitTo(maxSize: number, reported: number): MiddlewareHandler {
  const whileReading = bodyLimit({
    maxSize,
    onError: () => {
      throw tooLarge(reported);
    },
  });
  return (c, next) => {
    // A declared length decides without touching the body, as Hono's middleware would decide, but
    // reading `c.req.raw.body` there makes the Node adapter build a full Request for every write.
    const length = c.req.header('Content-Length');
    if (length !== undefined && c.req.header('Transfer-Encoding') === undefined) {
      if (Number.parseInt(length, 10) > maxSize) throw tooLarge(reported);
      return next();
    }
    return whileReading(c, next);
  };
}

/**
 * Refuses bodies past the server's JSON limit (`services.jsonBodyLimitBytes`)
 * with 413 `request_too_large` before anything reads them; requests to
 * `uploadPath` get room for a 10 MB file instead. Checked on the declared
 * length and, for chunked bodies, while reading. Mount it after
 * authentication, so an anonymous caller cannot make the server read a body
 * at all, and after CORS, so a browser can read the 413.
 */
export function limitBodySize(options: { uploadPath?: string } = {}): MiddlewareHandler<AppEnv> {
  const upload = limitTo(maxFileBytes + multipartOverheadBytes, maxFileBytes);
  const json = new Map<number, MiddlewareHandler>();
  return (c, next) => {
    // These methods carry no body our routes read; touching it would make the
    // Node adapter build a full Request on every read request.
    if (c.req.method === 'GET' || c.req.method === 'HEAD' || c.req.method === 'OPTIONS') return next();
    if (options.uploadPath !== undefined && c.req.path === options.uploadPath) return upload(c, next);
    const limit = c.get('services').jsonBodyLimitBytes;
    let middleware = json.get(limit);
    if (!middleware) {
      middleware = limitTo(limit, limit);
      json.set(limit, middleware);
    }
    return middleware(c, next);
  };
}
