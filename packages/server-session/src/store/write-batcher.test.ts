import { describe, expect, it } from 'vitest';
import { createWriteBatcher } from './write-batcher.js';

/** A `writeAll` whose calls the test sees and finishes one by one. */
function controlledWrites(fail: (inputs: readonly string[]) => boolean = () => false) {
  const calls: Array<{ inputs: readonly string[]; finish: () => void }> = [];
  const writeAll = (inputs: readonly string[]) =>
    new Promise<string[]>((resolve, reject) => {
      calls.push({
        inputs: [...inputs],
        finish: () =>
          fail(inputs)
            ? reject(new Error(`bad batch ${inputs.join()}`))
            : resolve(inputs.map((input) => `wrote ${input}`)),
      });
    });
  /** Waits until `writeAll` has been called `count` times. */
  const untilCalls = async (count: number) => {
    for (let tick = 0; calls.length < count; tick++) {
      if (tick > 100) throw new Error(`writeAll was called ${calls.length} times, not ${count}.`);
      await new Promise((resolve) => setImmediate(resolve));
    }
  };
  return { calls, writeAll, untilCalls };
}

describe('write batcher', () => {
  it('starts a lone write at once, alone', async () => {
    const { calls, writeAll } = controlledWrites();
    const batcher = createWriteBatcher({ writeAll, maxBatch: 10 });
    const written = batcher.write('a');
    expect(calls.map((call) => call.inputs)).toEqual([['a']]);
    calls[0]?.finish();
    await expect(written).resolves.toBe('wrote a');
  });

  it('sends the writes that arrive while one runs together, each answered with its own output', async () => {
    const { calls, writeAll, untilCalls } = controlledWrites();
    const batcher = createWriteBatcher({ writeAll, maxBatch: 10 });
    const first = batcher.write('a');
    const rest = [batcher.write('b'), batcher.write('c'), batcher.write('d')];
    expect(calls).toHaveLength(1);
    calls[0]?.finish();
    await untilCalls(2);
    expect(calls.map((call) => call.inputs)).toEqual([['a'], ['b', 'c', 'd']]);
    calls[1]?.finish();
    await expect(first).resolves.toBe('wrote a');
    await expect(Promise.all(rest)).resolves.toEqual(['wrote b', 'wrote c', 'wrote d']);
  });

  it('carries at most maxBatch writes in one call', async () => {
    const { calls, writeAll, untilCalls } = controlledWrites();
    const batcher = createWriteBatcher({ writeAll, maxBatch: 2 });
    const all = ['a', 'b', 'c', 'd'].map((input) => batcher.write(input));
    for (let call = 0; call < 3; call++) {
      await untilCalls(call + 1);
      calls[call]?.finish();
    }
    await expect(Promise.all(all)).resolves.toHaveLength(4);
    expect(calls.map((call) => call.inputs)).toEqual([['a'], ['b', 'c'], ['d']]);
  });

  it('never puts two writes with one key in a batch; the later waits for the next, in order', async () => {
    const { calls, writeAll, untilCalls } = controlledWrites();
    const batcher = createWriteBatcher({ writeAll, maxBatch: 10, keyOf: (input) => input.slice(0, 1) });
    const all = ['x0', 'a1', 'b1', 'a2', 'c1', 'a3', 'b2'].map((input) => batcher.write(input));
    for (let call = 0; call < 4; call++) {
      await untilCalls(call + 1);
      calls[call]?.finish();
    }
    await expect(Promise.all(all)).resolves.toHaveLength(7);
    expect(calls.map((call) => call.inputs)).toEqual([['x0'], ['a1', 'b1', 'c1'], ['a2', 'b2'], ['a3']]);
  });

  it('tries each write of a failed batch alone, so only the bad one fails', async () => {
    const { calls, writeAll, untilCalls } = controlledWrites((inputs) => inputs.includes('bad'));
    const batcher = createWriteBatcher({ writeAll, maxBatch: 10 });
    const first = batcher.write('a');
    const rest = ['b', 'bad', 'c'].map((input) => batcher.write(input));
    const settled = Promise.allSettled(rest);
    for (let call = 0; call < 5; call++) {
      await untilCalls(call + 1);
      calls[call]?.finish();
    }
    await expect(first).resolves.toBe('wrote a');
    expect(
      (await settled).map((result) => (result.status === 'fulfilled' ? result.value : String(result.reason))),
    ).toEqual(['wrote b', 'Error: bad batch bad', 'wrote c']);
    expect(calls.map((call) => call.inputs)).toEqual([['a'], ['b', 'bad', 'c'], ['b'], ['bad'], ['c']]);
  });

  it('fails a write whose batch answered the wrong number of outputs, rather than answering another’s', async () => {
    const batcher = createWriteBatcher<string, string>({ writeAll: async () => [], maxBatch: 10 });
    await expect(batcher.write('a')).rejects.toThrow('no output');
  });

  it('refuses a maxBatch below one', () => {
    expect(() => createWriteBatcher({ writeAll: async () => [], maxBatch: 0 })).toThrow(RangeError);
  });
});
