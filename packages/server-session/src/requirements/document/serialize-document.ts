import type { FieldSpec, RequirementsDocument } from '@onboardkit/schema';

// A document's largest parts are a few fields' constraints, shared by every
// document of a country and locale and frozen (static-field-specs.ts): the
// industry list alone is ≈16 KB of a ≈24 KB document. Serialized once each,
// they are spliced into every document after that instead of being written
// out again per submission and per cache miss.
const constraintsJson = new WeakMap<object, string>();
// Below this, splicing costs more than JSON.stringify writing the constraints out.
const splicedFromLength = 1_024;

/**
 * `JSON.stringify(document)`, character for character, with the JSON of
 * large frozen constraints reused from earlier documents.
 */
export function serializeDocument(document: RequirementsDocument): string {
  return objectJson(document, (key, value) =>
    key === 'steps' && Array.isArray(value) ? arrayJson(value, stepJson) : undefined,
  );
}

function stepJson(step: RequirementsDocument['steps'][number]): string {
  return objectJson(step, (key, value) =>
    key === 'fields' && Array.isArray(value) ? arrayJson(value as FieldSpec[], fieldJson) : undefined,
  );
}

function fieldJson(field: FieldSpec): string {
  const { constraints } = field;
  if (constraints === undefined || !Object.isFrozen(constraints)) return JSON.stringify(field);
  let json = constraintsJson.get(constraints);
  if (json === undefined) {
    json = JSON.stringify(constraints);
    constraintsJson.set(constraints, json);
  }
  if (json.length < splicedFromLength) return JSON.stringify(field);
  const spliced = json;
  return objectJson(field, (key) => (key === 'constraints' ? spliced : undefined));
}

function arrayJson<Item>(items: readonly Item[], itemJson: (item: Item) => string): string {
  return `[${items.map(itemJson).join(',')}]`;
}

/**
 * An object's JSON as JSON.stringify writes it (own keys in order, a value
 * JSON.stringify leaves out is left out), with `special` answering for the
 * values it knows better.
 */
function objectJson(value: object, special: (key: string, value: unknown) => string | undefined): string {
  let json = '';
  for (const [key, entry] of Object.entries(value)) {
    const written: string | undefined = special(key, entry) ?? JSON.stringify(entry);
    if (written === undefined) continue;
    json += `${json === '' ? '' : ','}${JSON.stringify(key)}:${written}`;
  }
  return `{${json}}`;
}
