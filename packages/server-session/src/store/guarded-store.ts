import type { SqlExecutor, Store, StoreEngine } from './store.js';
import { StoreError } from './store-error.js';

/** What an engine supplies; the guard adds the closed-store checks both engines need. */
export interface StoreEngineParts {
  engine: StoreEngine;
  executor: SqlExecutor;
  transaction: Store['transaction'];
  /** Closes the engine once; the guard makes repeated calls share it. */
  close: () => Promise<void>;
}

/**
 * A `Store` over one engine's parts that refuses work once `close()` has
 * begun, with `store_closed`, and closes the engine only once.
 */
export function guardedStore(parts: StoreEngineParts): Store {
  let closing: Promise<void> | undefined;
  // Inside async methods, so a closed store rejects rather than throwing synchronously.
  const assertOpen = () => {
    if (closing) throw new StoreError('store_closed', 'The store is closed.');
  };
  return {
    engine: parts.engine,
    async query(text, parameters) {
      assertOpen();
      return parts.executor.query(text, parameters);
    },
    async execute(script) {
      assertOpen();
      return parts.executor.execute(script);
    },
    async transaction(work) {
      assertOpen();
      return parts.transaction(work);
    },
    close() {
      closing ??= parts.close();
      return closing;
    },
  };
}
