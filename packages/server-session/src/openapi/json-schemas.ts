import { z } from 'zod';

/** A JSON Schema object, as `z.toJSONSchema` writes it. */
export type JsonSchema = Record<string, unknown>;

const componentsPrefix = '#/components/schemas/';

/**
 * Converts named zod schemas to JSON Schema (2020-12, what OpenAPI 3.1
 * uses) for `components.schemas`, with `$ref`s between them. Schemas that
 * zod extracts as shared definitions become components of their own (by
 * their `id` metadata, or `<Prefix>Schema<n>` without one), so every
 * reference points into `components.schemas`.
 *
 * @param io `input` for request bodies (defaults optional), `output` for responses.
 */
export function toComponentSchemas(
  named: ReadonlyMap<string, z.core.$ZodType>,
  io: 'input' | 'output',
  sharedPrefix: string,
): Record<string, JsonSchema> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of named) registry.add(schema, { id });
  const { schemas } = z.toJSONSchema(registry, {
    target: 'draft-2020-12',
    io,
    uri: (id) => `${componentsPrefix}${id}`,
    unrepresentable: 'any',
  });

  const components: Record<string, JsonSchema> = {};
  const shared = schemas.__shared as { $defs?: Record<string, JsonSchema> } | undefined;
  const sharedName = (name: string) =>
    /^schema\d+$/.test(name) ? `${sharedPrefix}${capitalize(name)}` : name;
  for (const [name, schema] of Object.entries(shared?.$defs ?? {})) components[sharedName(name)] = schema;
  for (const [id, schema] of Object.entries(schemas)) {
    if (id === '__shared') continue;
    const { $schema: _schema, $id: _id, ...rest } = schema as JsonSchema;
    components[id] = rest;
  }
  const sharedRef = new RegExp(`^${escapeRegExp(componentsPrefix)}__shared#/\\$defs/(.+)$`);
  return rewriteRefs(components, (ref) => {
    const match = sharedRef.exec(ref);
    return match ? `${componentsPrefix}${sharedName(match[1] ?? '')}` : ref;
  }) as Record<string, JsonSchema>;
}

/** One schema, inline, for a query or path parameter. */
export function toInlineSchema(schema: z.core.$ZodType): JsonSchema {
  const { $schema: _schema, ...rest } = z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    io: 'input',
  }) as JsonSchema;
  return rest;
}

function rewriteRefs(value: unknown, rewrite: (ref: string) => string): unknown {
  if (Array.isArray(value)) return value.map((item) => rewriteRefs(item, rewrite));
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [
      key,
      key === '$ref' && typeof item === 'string' ? rewrite(item) : rewriteRefs(item, rewrite),
    ]),
  );
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
