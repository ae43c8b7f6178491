import { z } from 'zod';
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
  version: z.number().int().nonnegative().optional(),
});

export type Submission = z.infer<typeof submissionSchema>;
