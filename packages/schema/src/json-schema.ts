import { z } from 'zod';
import { requirementsDocumentSchema } from './requirements-document.js';

/**
 * The requirements document format as JSON Schema (draft 2020-12) of what a
 * valid document looks like on the wire, made from the same zod schemas the server and the components parse with. The package
 * ships it as `requirements-document.schema.json`.
 */
export function requirementsDocumentJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(requirementsDocumentSchema, { target: 'draft-2020-12', io: 'input' });
}
