// Node module-resolution hook (see node:module `register`): adds the
// @onboardkit/source export condition, so `@onboardkit/schema` and the other
// workspace packages resolve to src/index.ts when the CLI runs from source.
export async function resolve(specifier, context, nextResolve) {
  return nextResolve(specifier, { ...context, conditions: [...context.conditions, '@onboardkit/source'] });
}
