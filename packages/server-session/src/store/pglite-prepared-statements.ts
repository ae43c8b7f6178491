import { type PGlite, parse, protocol } from '@electric-sql/pglite';
import type { QueryResult, SqlExecutor, SqlValue } from './store.js';

type BackendMessage = Parameters<typeof parse.parseResults>[0][number];

/** A statement parsed once in the engine, with what running it needs. */
interface PreparedStatement {
  readonly name: string;
  readonly parameterTypes: readonly number[];
  /** Describes the rows it returns; `undefined` for a statement that returns none. */
  readonly rowDescription: BackendMessage | undefined;
}

export interface PreparedExecutorOptions {
  /**
   * Distinct statement texts kept prepared (default 500). The server's SQL is
   * a fixed set, far below this; past it, statements run unprepared.
   */
  maxStatements?: number;
}

/**
 * Runs statements on PGlite as named prepared statements, each run in one
 * call into the engine.
 *
 * Why: PGlite's `query` makes six calls into the engine per statement
 * (parse, describe, bind, describe, execute, sync) and PostgreSQL parses and
 * plans the statement every time. For the statements a request runs (a
 * session mint's `INSERT … SELECT`, a requirements read) that cost about
 * twice the work itself. Here a statement is parsed and described once, and
 * each run sends Bind, Execute and Sync together on the plan PostgreSQL
 * keeps for it.
 *
 * Only for statements outside a transaction: `exclusive` must keep every
 * run out of any transaction in progress (PGlite's own lock does not cover
 * raw protocol calls), and PGlite's transactions run their statements
 * through `query`.
 */
export function createPreparedExecutor(
  database: PGlite,
  exclusive: <T>(work: () => Promise<T>) => Promise<T>,
  options: PreparedExecutorOptions = {},
): Pick<SqlExecutor, 'query'> {
  const maxStatements = options.maxStatements ?? 500;
  const statements = new Map<string, Promise<PreparedStatement>>();
  let prepared = 0;

  const run = (messages: Uint8Array) =>
    exclusive(() => database.runExclusive(async () => (await database.execProtocol(messages)).messages));

  const prepare = async (text: string, name: string): Promise<PreparedStatement> => {
    const messages = await run(
      concatenate([
        protocol.serialize.parse({ name, text }),
        protocol.serialize.describe({ type: 'S', name }),
        protocol.serialize.sync(),
      ]),
    );
    const description = messages.find((message) => message.name === 'parameterDescription');
    return {
      name,
      parameterTypes:
        description && 'dataTypeIDs' in description ? (description.dataTypeIDs as number[]) : [],
      rowDescription: messages.find((message) => message.name === 'rowDescription'),
    };
  };

  const statementFor = (text: string): Promise<PreparedStatement> | undefined => {
    let statement = statements.get(text);
    if (statement === undefined) {
      if (statements.size >= maxStatements) return undefined;
      prepared += 1;
      statement = prepare(text, `onboardkit_${prepared}`);
      // A statement that failed to prepare (a syntax error) is tried again next time, and fails the same way.
      statement.catch(() => statements.delete(text));
      statements.set(text, statement);
    }
    return statement;
  };

  return {
    async query<Row extends object>(text: string, parameters: readonly SqlValue[] = []) {
      const pending = statementFor(text);
      if (pending === undefined) return unprepared<Row>(database, text, parameters);
      const statement = await pending;
      const values = parameters.map((value, index) => serializeParameter(database, value, statement, index));
      const messages = await run(
        concatenate([
          protocol.serialize.bind({ statement: statement.name, values }),
          protocol.serialize.execute({}),
          protocol.serialize.sync(),
        ]),
      );
      // The rows are described once, when the statement was prepared, not on every run.
      const described = statement.rowDescription ? [statement.rowDescription, ...messages] : messages;
      const [result] = parse.parseResults(described, database.parsers);
      return {
        rows: (result?.rows ?? []) as Row[],
        rowCount: result?.affectedRows || result?.rows.length || 0,
      } satisfies QueryResult<Row>;
    },
  };
}

/** A parameter as PGlite's `query` would send it: through the serializer of the type PostgreSQL expects. */
function serializeParameter(
  database: PGlite,
  value: SqlValue,
  statement: PreparedStatement,
  index: number,
): string | null {
  if (value === null || value === undefined) return null;
  const type = statement.parameterTypes[index];
  const serializer = type === undefined ? undefined : database.serializers[type];
  return serializer ? (serializer(value) as string) : value.toString();
}

async function unprepared<Row extends object>(
  database: PGlite,
  text: string,
  parameters: readonly SqlValue[],
): Promise<QueryResult<Row>> {
  const result = await database.query<Row>(text, [...parameters]);
  return { rows: result.rows, rowCount: result.affectedRows || result.rows.length };
}

function concatenate(parts: readonly Uint8Array[]): Uint8Array {
  let length = 0;
  for (const part of parts) length += part.byteLength;
  const joined = new Uint8Array(length);
  let offset = 0;
  for (const part of parts) {
    joined.set(part, offset);
    offset += part.byteLength;
  }
  return joined;
}
