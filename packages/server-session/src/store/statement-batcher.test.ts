import { describe, expect, it } from 'vitest';
import { createStatementBatcher } from './statement-batcher.js';

/** A `runAll` whose calls the test sees and finishes one by one. */
function controlledRuns(fail: (inputs: readonly string[]) => boolean = () => false) {
  const calls: Array<{ inputs: readonly string[]; finish: () => void }> = [];
  const runAll = (inputs: readonly string[]) =>
    new Promise<string[]>((resolve, reject) => {
      calls.push({
        inputs: [...inputs],
        finish: () =>
          fail(inputs)
            ? reject(new Error(`bad batch ${inputs.join()}`))
            : resolve(inputs.map((input) => `wrote ${input}`)),
      });
    });
  /** Waits until `runAll` has been called `count` times. */
  const untilCalls = async (count: number) => {
    for (let tick = 0; calls.length < count; tick++) {
      if (tick > 100) throw new Error(`runAll was called ${calls.length} times, not ${count}.`);
      await new Promise((resolve) => setImmediate(resolve));
    }
  };
  return { calls, runAll, untilCalls };
}

describe('statement batcher', () => {
  it('starts a lone call at once, alone', async () => {
    const { calls, runAll } = controlledRuns();
    const batcher = createStatementBatcher({ runAll, maxBatch: 10 });
    const written = batcher.run('a');
    expect(calls.map((call) => call.inputs)).toEqual([['a']]);
    calls[0]?.finish();
    await expect(written).resolves.toBe('wrote a');
  });

  it('sends the calls that arrive while one runs together, each answered with its own output', async () => {
    const { calls, runAll, untilCalls } = controlledRuns();
    const batcher = createStatementBatcher({ runAll, maxBatch: 10 });
    const first = batcher.run('a');
    const rest = [batcher.run('b'), batcher.run('c'), batcher.run('d')];
    expect(calls).toHaveLength(1);
    calls[0]?.finish();
    await untilCalls(2);
    expect(calls.map((call) => call.inputs)).toEqual([['a'], ['b', 'c', 'd']]);
    calls[1]?.finish();
    await expect(first).resolves.toBe('wrote a');
    await expect(Promise.all(rest)).resolves.toEqual(['wrote b', 'wrote c', 'wrote d']);
  });

  it('carries at most maxBatch calls in one statement', async () => {
    const { calls, runAll, untilCalls } = controlledRuns();
    const batcher = createStatementBatcher({ runAll, maxBatch: 2 });
    const all = ['a', 'b', 'c', 'd'].map((input) => batcher.run(input));
    for (let call = 0; call < 3; call++) {
      await untilCalls(call + 1);
      calls[call]?.finish();
    }
    await expect(Promise.all(all)).resolves.toHaveLength(4);
    expect(calls.map((call) => call.inputs)).toEqual([['a'], ['b', 'c'], ['d']]);
  });

  it('never puts two calls with one key in a batch; the later waits for the next, in order', async () => {
    const { calls, runAll, untilCalls } = controlledRuns();
    const batcher = createStatementBatcher({ runAll, maxBatch: 10, keyOf: (input) => input.slice(0, 1) });
    const all = ['x0', 'a1', 'b1', 'a2', 'c1', 'a3', 'b2'].map((input) => batcher.run(input));
    for (let call = 0; call < 4; call++) {
      await untilCalls(call + 1);
      calls[call]?.finish();
    }
    await expect(Promise.all(all)).resolves.toHaveLength(7);
    expect(calls.map((call) => call.inputs)).toEqual([['x0'], ['a1', 'b1', 'c1'], ['a2', 'b2'], ['a3']]);
  });

  it('runs each call of a failed batch alone, so only the bad one fails', async () => {
    const { calls, runAll, untilCalls } = controlledRuns((inputs) => inputs.includes('bad'));
    const batcher = createStatementBatcher({ runAll, maxBatch: 10 });
    const first = batcher.run('a');
    const rest = ['b', 'bad', 'c'].map((input) => batcher.run(input));
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

  it('fails the calls of a batch that answered the wrong number of outputs, without running them again', async () => {
    const calls: string[][] = [];
    const batcher = createStatementBatcher<string, string>({
      runAll: async (inputs) => {
        calls.push([...inputs]);
        return inputs.length > 1 ? ['one'] : [];
      },
      maxBatch: 10,
    });
    const lone = batcher.run('a');
    const together = [batcher.run('b'), batcher.run('c')];
    await expect(lone).rejects.toThrow('no output');
    for (const call of together) await expect(call).rejects.toThrow('1 outputs for 2 inputs');
    expect(calls).toEqual([['a'], ['b', 'c']]);
  });

  it('refuses a maxBatch below one', () => {
    expect(() => createStatementBatcher({ runAll: async () => [], maxBatch: 0 })).toThrow(RangeError);
  });
});
