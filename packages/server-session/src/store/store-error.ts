/** Stable reasons a store cannot open or serve, for callers and operators to branch on. */
export type StoreErrorCode =
  | 'store_closed'
  | 'data_dir_in_use'
  | 'connection_failed'
  | 'migration_failed'
  | 'integer_out_of_range';

/**
 * A failure of the store itself, as opposed to a query error the database
 * reports (those keep the driver's error and its SQLSTATE `code`).
 */
export class StoreError extends Error {
  override readonly name = 'StoreError';
  readonly code: StoreErrorCode;

  constructor(code: StoreErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}

/**
 * The SQLSTATE of a database error from either engine (both drivers put it on
 * `code`), e.g. `23505` for a unique violation.
 */
export function sqlStateOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  const { code } = error;
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) ? code : undefined;
}
