import { collectModes } from '@onboardkit/schema';
import type { Context } from 'hono';
import { z } from 'zod';

/** The query of the routes that answer with a requirements document. */
export const documentQuerySchema = z.strictObject({
  collect: z
    .enum(collectModes)
    .default('currently_due')
    .describe('`currently_due` asks what is due now; `eventually_due` everything that will be.'),
  future_requirements: z
    .enum(['omit', 'include'])
    .default('omit')
    .describe('`include` also collects what the time and volume rules will ask later.'),
  locale: z
    .string()
    .max(35)
    .optional()
    .describe(
      'BCP 47 tag; en, fr, de, es and ja are served, others fall back to en. Default: Accept-Language.',
    ),
});

export type DocumentQuery = z.infer<typeof documentQuerySchema>;

/** The locale a request asks for: `?locale=`, else the first `Accept-Language` tag, else English. */
export function requestedLocale(c: Context, query: Pick<DocumentQuery, 'locale'>): string {
  if (query.locale !== undefined) return query.locale;
  const first = c.req.header('Accept-Language')?.split(',')[0]?.split(';')[0]?.trim();
  return first === undefined || first === '' || first === '*' ? 'en' : first;
}
