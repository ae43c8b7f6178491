/**
 * One step of the schema, applied once per database in `version` order. A
 * migration is never edited after it ships: change the schema with a new one.
 */
export interface Migration {
  /** 1, 2, 3…: the order of application and the row kept in `schema_migrations`. */
  readonly version: number;
  /** snake_case summary, kept beside the version for whoever reads the table. */
  readonly name: string;
  /** PostgreSQL statements; the runner wraps them in a transaction, so no BEGIN/COMMIT. */
  readonly sql: string;
}
