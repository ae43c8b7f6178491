/**
 * A value bound to a `$n` placeholder. The same set works on both engines:
 * JSON goes in as a string with a `::jsonb` cast, so neither driver guesses;
 * bytes go in as a `Uint8Array` for a `bytea` column and come back as one
 * (node-postgres gives a `Buffer`, which is a `Uint8Array`).
 */
export type SqlValue = string | number | boolean | null | Date | readonly string[] | Uint8Array;

/** Rows a statement returned, and how many rows it returned or changed. */
export interface QueryResult<Row> {
  readonly rows: Row[];
  readonly rowCount: number;
}

/** What both a store and an open transaction can run. */
export interface SqlExecutor {
  /**
   * Runs one statement with `$1…$n` parameters. `Row` is what the SQL selects;
   * it is not checked at run time, so keep the select list and the type together.
   * `bigint` columns come back as numbers (see `parse-int8.ts`).
   */
  query<Row extends object = Record<string, unknown>>(
    text: string,
    parameters?: readonly SqlValue[],
  ): Promise<QueryResult<Row>>;
  /** Runs a script of one or more statements without parameters, such as a migration. */
  execute(script: string): Promise<void>;
}

/** Which database a store talks to. */
export type StoreEngine = 'pglite' | 'postgres';

/**
 * The session server's database: PostgreSQL SQL over the embedded PGlite engine
 * or a PostgreSQL server, with the migrations already applied.
 *
 * @example
 * const store = await openStore({ engine: 'pglite', dataDir: null });
 * const { rows } = await store.query<{ id: string }>('SELECT id FROM platforms WHERE name = $1', ['Acme']);
 * await store.close();
 * @see openStore
 */
export interface Store extends SqlExecutor {
  readonly engine: StoreEngine;
  /**
   * Runs `work` in one transaction: committed when it resolves, rolled back when
   * it throws (the error is rethrown). Transactions do not nest.
   */
  transaction<Result>(work: (transaction: SqlExecutor) => Promise<Result>): Promise<Result>;
  /** Waits for running work, then releases the database. Calling it twice is harmless. */
  close(): Promise<void>;
}
