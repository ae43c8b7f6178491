/** The value at a dot-separated `path` in `value`; `*` maps the rest of the path over an array. */
export function pick(value: unknown, path: string): unknown;
/** One printed line for a picked value: strings bare, the rest as compact JSON. */
export function formatPicked(value: unknown): string;
