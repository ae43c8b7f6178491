// The orchestrator's side of a server process: starts it, waits until it
// listens, calls it over IPC, stops it.

import { type ChildProcess, fork } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { builtServerProcessFile } from './build-for-node.js';
import {
  type CallMessage,
  type CallName,
  type ChildCalls,
  type ChildConfig,
  childConfigVariable,
  type ReadyMessage,
  type ReplyMessage,
} from './protocol.js';

const serverProcessFile = fileURLToPath(new URL('./server-process.ts', import.meta.url));
// Opening PGlite (initdb in WebAssembly) takes seconds, more on a busy machine.
const startTimeoutMs = 180_000;

export interface ServerHandle {
  readonly url: string;
  readonly pid: number;
  readonly ready: ReadyMessage;
  readonly logFile: string;
  call<Name extends CallName>(
    name: Name,
    params: ChildCalls[Name]['params'],
  ): Promise<ChildCalls[Name]['result']>;
  /** Asks the process to close its server and store, and waits for it to exit. */
  stop(): Promise<ChildCalls['stop']['result']>;
  /** For cleanup after a failure: ends the process now. */
  kill(): void;
}

/**
 * Forks server-process: under `node`, its emitted JavaScript, which loads the
 * session server's built dist; under `tsx`, the TypeScript with this process's
 * exec arguments (so tsx and the `@onboardkit/source` condition carry over). Its standard output and error go to `logFile`: the session
 * server logs one line per request, and a pipe back to this process would
 * make the load generator pay for reading them.
 */
export async function startServer(
  config: ChildConfig,
  logFile: string,
  runtime: 'node' | 'tsx',
): Promise<ServerHandle> {
  const logFd = openSync(logFile, 'a');
  let child: ChildProcess;
  try {
    child = fork(runtime === 'node' ? builtServerProcessFile : serverProcessFile, [], {
      // Plain node on the emitted JavaScript (build-for-node.ts), or this process's tsx and condition.
      execArgv: runtime === 'node' ? [] : process.execArgv,
      env: { ...process.env, [childConfigVariable]: JSON.stringify(config) },
      stdio: ['ignore', logFd, logFd, 'ipc'],
    });
  } finally {
    // The child holds its own copy of the descriptor.
    closeSync(logFd);
  }

  let nextId = 0;
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  let exited: Error | undefined;
  child.on('exit', (code, signal) => {
    exited = new Error(
      `The ${config.kind} server (${config.engine}) exited (${signal ?? `code ${code}`}). ` +
        `Last lines of ${logFile}:\n${tail(logFile)}`,
    );
    for (const { reject } of pending.values()) reject(exited);
    pending.clear();
  });

  const ready = await new Promise<ReadyMessage>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`The ${config.kind} server did not start within ${startTimeoutMs / 1000} s.`));
    }, startTimeoutMs);
    child.on('message', (message: ReadyMessage | ReplyMessage) => {
      if (message.type === 'ready') {
        clearTimeout(timer);
        resolve(message);
        return;
      }
      const waiting = pending.get(message.id);
      if (!waiting) return;
      pending.delete(message.id);
      if (message.ok) waiting.resolve(message.result);
      else waiting.reject(new Error(`The ${config.kind} server failed: ${message.error}`));
    });
    child.once('exit', () => {
      clearTimeout(timer);
      reject(exited);
    });
  });

  const call = <Name extends CallName>(name: Name, params: ChildCalls[Name]['params']) =>
    new Promise<ChildCalls[Name]['result']>((resolve, reject) => {
      if (exited) {
        reject(exited);
        return;
      }
      nextId += 1;
      pending.set(nextId, { resolve: resolve as (value: unknown) => void, reject });
      child.send({ type: 'call', id: nextId, name, params } satisfies CallMessage<Name>);
    });

  return {
    url: `http://127.0.0.1:${ready.port}`,
    pid: child.pid ?? 0,
    ready,
    logFile,
    call,
    async stop() {
      const exit = new Promise<void>((resolve) => {
        if (exited) resolve();
        else child.once('exit', () => resolve());
      });
      const final = await call('stop', {});
      await exit;
      return final;
    },
    kill() {
      if (!exited) child.kill('SIGKILL');
    },
  };
}

function tail(file: string, lines = 20): string {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}
