import * as z from 'zod/mini';
import { jsonValueSchema } from './field-value.js';

/**
 * The body of `POST /v1/embedded/submissions` and of a platform's prefill:
 * values keyed by field key; `version` guards against writing over a newer
 * document.
 *
 * @example { "values": { "individual.first_name": "Jenny" }, "version": 3 }
 */
export const submissionSchema = z.object({
  values: z.record(z.string(), jsonValueSchema),
  version: z.optional(z.int().check(z.nonnegative())),
});

export type Submission = z.infer<typeof submissionSchema>;
