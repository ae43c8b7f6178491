/**
 * A signal that aborts, with the same reason, as soon as any of `signals`
 * does. `release` stops listening to them: a request adds itself to the
 * client's long-lived logout signal and must not stay there once it settled.
 * (`AbortSignal.any` would do, but needs Safari 17.4.)
 */
export function eitherSignal(...signals: Array<AbortSignal | undefined>): {
  signal: AbortSignal;
  release: () => void;
} {
  const controller = new AbortController();
  const sources = signals.filter((signal): signal is AbortSignal => signal !== undefined);
  const release = () => {
    for (const source of sources) source.removeEventListener('abort', onAbort);
  };
  function onAbort(this: AbortSignal) {
    release();
    controller.abort(this.reason);
  }
  for (const source of sources) {
    if (source.aborted) {
      release();
      controller.abort(source.reason);
      break;
    }
    source.addEventListener('abort', onAbort);
  }
  return { signal: controller.signal, release };
}
