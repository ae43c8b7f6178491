import type { FieldSpec } from '@onboardkit/schema';

// A field's spec before its status, errors and answer depends only on the
// country, the locale, the key and how it is used (required, address parts):
// the same few hundred combinations, rebuilt (labels translated, option lists
// copied, constraints spread) for every document. They are built once and
// shared, frozen so that no document can change another's.
const maxEntries = 20_000;
const specs = new Map<string, FieldSpec | null>();

function deepFreeze<Value>(value: Value): Value {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const nested of Object.values(value)) deepFreeze(nested);
  }
  return value;
}

/**
 * The spec cached under `cacheKey`, built by `build` the first time. The
 * key must name every input of `build`; the spec returned is deeply frozen.
 *
 * @example staticFieldSpec(`${country}\u0000${locale}\u0000${key}`, () => buildSpec(key))
 */
export function staticFieldSpec(cacheKey: string, build: () => FieldSpec | null): FieldSpec | null {
  let spec = specs.get(cacheKey);
  if (spec === undefined) {
    spec = deepFreeze(build());
    // Keys come from a finite set of fields, countries and locales; the bound only guards against a bug.
    if (specs.size >= maxEntries) specs.clear();
    specs.set(cacheKey, spec);
  }
  return spec;
}
