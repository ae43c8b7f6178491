/**
 * Coalesces concurrent writes of one kind into one statement ("smart
 * batching"): a write that finds none running starts at once, alone, so a
 * lone request waits for nothing; writes that arrive while one runs queue,
 * and go together, as one batch, when it ends. Under load each statement
 * (one round trip, one plan, one commit) carries as many writes as queued
 * meanwhile, up to `maxBatch`.
 *
 * `writeAll` gets the inputs and must answer one output per input, in order,
 * in one atomic statement or transaction. When a batch of several fails,
 * each of its writes is tried again alone, so one bad input fails only its
 * own request.
 */
export interface WriteBatcher<Input, Output> {
  write(input: Input): Promise<Output>;
}

export interface WriteBatcherOptions<Input, Output> {
  writeAll: (inputs: readonly Input[]) => Promise<readonly Output[]>;
  /** The most writes one statement carries. */
  maxBatch: number;
  /**
   * What a write changes (a row's id), when two writes to one thing must not
   * share a statement: an `UPDATE … FROM` list naming one row twice applies
   * only one of them, and does not say which. A write whose key is already in
   * the batch waits for the next one, keeping its place in the queue.
   */
  keyOf?: (input: Input) => string;
}

interface Pending<Input, Output> {
  input: Input;
  resolve: (output: Output) => void;
  reject: (error: unknown) => void;
}

export function createWriteBatcher<Input, Output>(
  options: WriteBatcherOptions<Input, Output>,
): WriteBatcher<Input, Output> {
  const { writeAll, maxBatch, keyOf } = options;
  if (!Number.isInteger(maxBatch) || maxBatch < 1)
    throw new RangeError('maxBatch must be a whole number ≥ 1.');
  const queue: Pending<Input, Output>[] = [];
  let running = false;

  const writeAlone = async (pending: Pending<Input, Output>) => {
    try {
      const [output] = await writeAll([pending.input]);
      if (output === undefined) throw new Error('writeAll answered no output for its input.');
      pending.resolve(output);
    } catch (error) {
      pending.reject(error);
    }
  };

  const writeBatch = async (batch: Pending<Input, Output>[]) => {
    if (batch.length === 1 && batch[0]) return writeAlone(batch[0]);
    let outputs: readonly Output[];
    try {
      outputs = await writeAll(batch.map((pending) => pending.input));
      if (outputs.length !== batch.length) {
        throw new Error(`writeAll answered ${outputs.length} outputs for ${batch.length} inputs.`);
      }
    } catch {
      // The batch wrote nothing (it is atomic): each write alone tells whose input failed.
      for (const pending of batch) await writeAlone(pending);
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
        await writeBatch(takeBatch());
        // Requests that arrived meanwhile are parsed only once the event loop polls again (and an
        // in-process engine such as PGlite blocks it while a statement runs): let it, so they join.
        await new Promise<void>((resolve) => setImmediate(resolve));
      }
    } finally {
      running = false;
    }
  };

  return {
    write(input) {
      return new Promise<Output>((resolve, reject) => {
        queue.push({ input, resolve, reject });
        if (!running) void drain();
      });
    },
  };
}
