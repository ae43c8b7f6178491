/**
 * Coalesces concurrent calls of one kind into one statement ("smart
 * batching"): a call that finds none running starts at once, alone, so a
 * lone request waits for nothing; calls that arrive while one runs queue,
 * and go together, as one batch, when it ends. Under load each statement
 * (one round trip, one plan, one commit) carries as many calls as queued
 * meanwhile, up to `maxBatch`.
 *
 * A batched call runs no earlier than it was made, so it sees every write
 * committed before it, as a statement of its own would.
 *
 * `runAll` gets the inputs and must answer one output per input, in order,
 * in one atomic statement or transaction. When a batch of several fails,
 * each of its calls is run again alone, so one bad input fails only its own
 * request.
 */
export interface StatementBatcher<Input, Output> {
  run(input: Input): Promise<Output>;
}

export interface StatementBatcherOptions<Input, Output> {
  runAll: (inputs: readonly Input[]) => Promise<readonly Output[]>;
  /** The most calls one statement carries. */
  maxBatch: number;
  /**
   * What a call changes (a row's id), when two calls on one thing must not
   * share a statement: an `UPDATE … FROM` list naming one row twice applies
   * only one of them, and does not say which. A call whose key is already in
   * the batch waits for the next one, keeping its place in the queue.
   */
  keyOf?: (input: Input) => string;
}

interface Pending<Input, Output> {
  input: Input;
  resolve: (output: Output) => void;
  reject: (error: unknown) => void;
}

export function createStatementBatcher<Input, Output>(
  options: StatementBatcherOptions<Input, Output>,
): StatementBatcher<Input, Output> {
  const { runAll, maxBatch, keyOf } = options;
  if (!Number.isInteger(maxBatch) || maxBatch < 1)
    throw new RangeError('maxBatch must be a whole number ≥ 1.');
  const queue: Pending<Input, Output>[] = [];
  let running = false;

  const runAlone = async (pending: Pending<Input, Output>) => {
    try {
      const [output] = await runAll([pending.input]);
      if (output === undefined) throw new Error('runAll answered no output for its input.');
      pending.resolve(output);
    } catch (error) {
      pending.reject(error);
    }
  };

  const runBatch = async (batch: Pending<Input, Output>[]) => {
    if (batch.length === 1 && batch[0]) return runAlone(batch[0]);
    let outputs: readonly Output[];
    try {
      outputs = await runAll(batch.map((pending) => pending.input));
    } catch {
      // The batch did nothing (it is atomic): each call alone tells whose input failed.
      for (const pending of batch) await runAlone(pending);
      return;
    }
    if (outputs.length !== batch.length) {
      // A bug in runAll, which may have done its work: running it again could do it twice.
      const error = new Error(`runAll answered ${outputs.length} outputs for ${batch.length} inputs.`);
      for (const pending of batch) pending.reject(error);
      return;
    }
    for (const [index, pending] of batch.entries()) pending.resolve(outputs[index] as Output);
  };

  const takeBatch = (): Pending<Input, Output>[] => {
    if (!keyOf) return queue.splice(0, maxBatch);
    const batch: Pending<Input, Output>[] = [];
    const keys = new Set<string>();
    const waiting: Pending<Input, Output>[] = [];
    for (const pending of queue) {
      const key = keyOf(pending.input);
      if (batch.length < maxBatch && !keys.has(key)) {
        keys.add(key);
        batch.push(pending);
      } else {
        waiting.push(pending);
      }
    }
    queue.splice(0, queue.length, ...waiting);
    return batch;
  };

  const drain = async () => {
    running = true;
    try {
      while (queue.length > 0) {
        await runBatch(takeBatch());
        // Requests that arrived meanwhile are parsed only once the event loop polls again (and an
        // in-process engine such as PGlite blocks it while a statement runs): let it, so they join.
        await new Promise<void>((resolve) => setImmediate(resolve));
      }
    } finally {
      running = false;
    }
  };

  return {
    run(input) {
      return new Promise<Output>((resolve, reject) => {
        queue.push({ input, resolve, reject });
        if (!running) void drain();
      });
    },
  };
}
