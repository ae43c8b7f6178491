import { type CompileOptions, compileFieldChecks, type FormatLookup } from './field-check-compiler.js';
import { findLoadedFormat, isLoadableFormat, loadFormats } from './formats/loadable-formats.js';
import {
  type CompiledFields,
  compileFields,
  type StepFields,
  type StepSchema,
  stepSchemaOf,
} from './step-schema.js';

/** A step compiled for the browser: its zod schema, and its fields' validators (the checks the schema runs). */
export interface LoadedStepSchema {
  schema: StepSchema;
  fields: CompiledFields;
}

function compileWith(step: StepFields, options: CompileOptions, findFormat: FormatLookup): LoadedStepSchema {
  const fields = compileFields(step, (spec) => compileFieldChecks(spec, { ...options, findFormat }));
  return { schema: stepSchemaOf(fields), fields };
}

/**
 * Compiles a step as `compileStep` does, first loading the code of the formats
 * its fields name that ship apart (phone numbers: libphonenumber), so a page
 * downloads that code only when a step asks for it. The verdicts are
 * `compileStep`'s. If a format's code cannot be loaded (offline), its values
 * pass here and the server, which runs every format, decides.
 *
 * @example
 * const { schema } = await loadStepSchema(document.steps[0], { country: document.country });
 * schema.safeParse(formValues);
 */
export async function loadStepSchema(
  step: StepFields,
  options: CompileOptions = {},
): Promise<LoadedStepSchema> {
  const wanted = new Set<string>();
  const first = compileWith(step, options, (name) => {
    const found = findLoadedFormat(name);
    if (found === undefined && isLoadableFormat(name)) wanted.add(name);
    return found;
  });
  if (wanted.size === 0) return first;
  try {
    await loadFormats(wanted);
  } catch {
    return first;
  }
  return compileWith(step, options, findLoadedFormat);
}
