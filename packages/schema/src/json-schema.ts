import * as z from 'zod/mini';
import { fieldSpecSchema, personListConfigSchema } from './field-spec.js';
import { jsonValueSchema } from './field-value.js';
import { requirementsDocumentSchema } from './requirements-document.js';

// Names for the shared definitions. Registered here, when a JSON Schema is
// asked for, so that importing the contract has no side effects.
const definitions = [
  [fieldSpecSchema, { id: 'FieldSpec' }],
  [personListConfigSchema, { id: 'PersonListConfig' }],
  [jsonValueSchema, { id: 'JsonValue' }],
  [requirementsDocumentSchema, { title: 'OnboardKit requirements document' }],
] as const;

/**
 * The requirements document format as JSON Schema (draft 2020-12) of what a
 * valid document looks like on the wire, made from the same zod schemas the
 * server and the components parse with. The package ships it as
 * `requirements-document.schema.json`.
 */
export function requirementsDocumentJsonSchema(): Record<string, unknown> {
  for (const [schema, meta] of definitions) {
    if (!z.globalRegistry.has(schema)) z.globalRegistry.add(schema, meta);
  }
  return z.toJSONSchema(requirementsDocumentSchema, { target: 'draft-2020-12', io: 'input' });
}
