import type { Context } from 'hono';
import type { z } from 'zod';
import { ApiError } from './api-error.js';
import { findJsonInputProblem, isStorableText, jsonInputError } from './json-input-checks.js';
import { parameterMessages } from './parameter-messages.js';

/**
 * Reads the JSON body of `c` and validates it with `schema`. An empty body
 * counts as `{}`, so a POST with nothing to change needs no body at all.
 *
 * @throws {ApiError} 400 `invalid_json` when the body does not parse;
 * 400 `parameter_invalid` for a key or string holding U+0000 or an unpaired
 * surrogate (no store can keep it), or for nesting past `maxJsonDepth`; and
 * 400 `parameter_unknown` / `parameter_missing` / `parameter_invalid`, with
 * `param`, for the first problem the schema finds.
 * @example
 * const input = await readJsonBody(c, z.strictObject({ name: z.string() }));
 */
export async function readJsonBody<Schema extends z.ZodType>(
  c: Context,
  schema: Schema,
): Promise<z.output<Schema>> {
  const text = await c.req.text();
  let body: unknown = {};
  if (text.trim() !== '') {
    try {
      body = JSON.parse(text);
    } catch (error) {
      throw new ApiError({
        status: 400,
        type: 'invalid_request_error',
        code: 'invalid_json',
        message: isFormEncoded(c)
          ? 'The request body is form-encoded (as `curl -d name=value` sends it); this API reads JSON. Send a JSON object with Content-Type: application/json.'
          : `The request body is not valid JSON${whereParsingStopped(text, error)}. Send a JSON object with Content-Type: application/json.`,
      });
    }
  }
  return parseParameters(body, schema);
}

/**
 * Where the parser gave up, as a line and column, or nothing. Only the
 * position: the parser's own message may quote the body, which may hold secrets.
 */
function whereParsingStopped(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : '';
  const position = /at position (\d+)/.exec(message)?.[1];
  if (position !== undefined) {
    const before = text.slice(0, Number(position));
    const line = before.split('\n').length;
    const column = before.length - before.lastIndexOf('\n');
    return ` (it stops making sense at line ${line}, column ${column})`;
  }
  if (message.startsWith('Unexpected end of JSON input')) return ' (it ends before the JSON value does)';
  return '';
}

function isFormEncoded(c: Context): boolean {
  return c.req.header('Content-Type')?.toLowerCase().startsWith('application/x-www-form-urlencoded') === true;
}

/**
 * Reads the query string of `c` with `schema`, each parameter as its single
 * string value; the errors are those of {@link readJsonBody}, and a 400
 * `parameter_invalid` for a parameter given more than once.
 *
 * @example
 * const { limit } = readQuery(c, z.strictObject({ limit: z.coerce.number().int().optional() }));
 */
export function readQuery<Schema extends z.ZodType>(c: Context, schema: Schema): z.output<Schema> {
  const query: Record<string, string> = {};
  for (const [name, values] of Object.entries(c.req.queries())) {
    // Which of two values was meant is a guess: refused, as an unknown parameter is.
    if (values.length > 1) {
      throw new ApiError({
        status: 400,
        type: 'invalid_request_error',
        code: 'parameter_invalid',
        message: `Invalid ${name}: give it once, not ${values.length} times.`,
        param: name,
      });
    }
    query[name] = values[0] ?? '';
  }
  return parseParameters(query, schema);
}

/** Checks parameters as read (a body, a query) for text no store keeps, then with `schema`. */
function parseParameters<Schema extends z.ZodType>(input: unknown, schema: Schema): z.output<Schema> {
  const problem = findJsonInputProblem(input);
  if (problem) throw jsonInputError(problem.reason, formatParam(problem.path));
  // reportInput tells a missing parameter (no input) from a wrong one; inputs are never echoed back.
  const result = schema.safeParse(input, { reportInput: true, error: parameterMessages });
  if (result.success) return result.data;
  throw toParameterError(result.error, takesFieldValues(schema));
}

/** Whether `schema` is a body with a `values` object of field keys (a submission, an account update). */
function takesFieldValues(schema: z.ZodType): boolean {
  const shape: unknown = (schema as { shape?: unknown }).shape;
  return typeof shape === 'object' && shape !== null && 'values' in shape;
}

/**
 * The path parameter `name` of `c` (an object id), refused with a 400 when it
 * holds text no store can keep (`%00` in the URL).
 */
export function readPathParam(c: Context, name: string): string {
  const value = c.req.param(name) ?? '';
  if (!isStorableText(value)) throw jsonInputError('unstorable_text', name);
  return value;
}

/**
 * The 400 for the first problem a schema found in a request's parameters;
 * `takesValues` when the body has a `values` object, to point a field key
 * sent at the top level there.
 */
export function toParameterError(error: z.ZodError, takesValues = false): ApiError {
  // An unknown parameter is usually a typo of a known one, so it is the most useful to report first.
  const issue = error.issues.find((candidate) => candidate.code === 'unrecognized_keys') ?? error.issues[0];
  if (!issue) {
    return new ApiError({
      status: 400,
      type: 'invalid_request_error',
      code: 'parameter_invalid',
      message: 'Invalid request.',
    });
  }
  if (issue.code === 'unrecognized_keys') {
    const param = formatParam([...issue.path, issue.keys[0] ?? '']);
    // A field key sent beside `values` rather than inside it: the commonest first mistake.
    const hint =
      takesValues && issue.path.length === 0 && param.includes('.')
        ? ` Field values go inside \`values\`: {"values": {"${param}": …}}.`
        : '';
    return new ApiError({
      status: 400,
      type: 'invalid_request_error',
      code: 'parameter_unknown',
      message: `Received unknown parameter: ${param}.${hint}`,
      param,
    });
  }
  const param = formatParam(issue.path);
  if (param === '') {
    return new ApiError({
      status: 400,
      type: 'invalid_request_error',
      code: 'parameter_invalid',
      message: 'The request body must be a JSON object.',
    });
  }
  const missing = issue.code === 'invalid_type' && issue.input === undefined;
  // zod reports a bad record key as "Invalid key in record", with the key's own problem inside.
  const reason = (issue.code === 'invalid_key' ? issue.issues[0]?.message : undefined) ?? issue.message;
  return new ApiError({
    status: 400,
    type: 'invalid_request_error',
    code: missing ? 'parameter_missing' : 'parameter_invalid',
    message: missing
      ? `Missing required parameter: ${param}.`
      : `Invalid ${param}: ${reason.replace(/^Invalid input: /, '')}.`,
    param,
  });
}

/** `['origins', 0]` → `origins[0]`; `['individual', 'dob']` → `individual.dob`; `['metadata', '']` → `metadata[""]`. */
export function formatParam(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>((text, segment) => {
    if (typeof segment === 'number') return `${text}[${segment}]`;
    if (segment === '' && text !== '') return `${text}[""]`;
    return text === '' ? String(segment) : `${text}.${String(segment)}`;
  }, '');
}
