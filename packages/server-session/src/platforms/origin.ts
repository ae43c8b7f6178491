import { z } from 'zod';

/**
 * One web origin a platform embeds the components on, such as
 * `https://dashboard.example.com`: scheme, host and port only, because CORS
 * compares exactly that. A trailing slash is forgiven; a path is refused, since
 * it would suggest a scoping that CORS cannot give.
 */
export const originSchema = z.string().transform((text, context) => {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    context.addIssue({ code: 'custom', message: 'must be an origin such as https://example.com' });
    return z.NEVER;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    context.addIssue({ code: 'custom', message: 'must start with https:// or http://' });
    return z.NEVER;
  }
  if (url.username || url.password || url.search || url.hash || url.pathname !== '/') {
    context.addIssue({
      code: 'custom',
      message: `must be an origin without path, query or credentials, such as ${url.origin}`,
    });
    return z.NEVER;
  }
  return url.origin;
});

/** A platform's origins: at least one, at most 50, duplicates removed. */
export const originListSchema = z
  .array(originSchema)
  .min(1, 'must list at least one origin')
  .max(50, 'must list at most 50 origins')
  .transform((origins) => [...new Set(origins)]);
