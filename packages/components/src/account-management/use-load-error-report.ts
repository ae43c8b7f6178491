import { useEffect, useRef } from 'react';
import { type LoadError, toLoadError } from '../api/onboard-kit-error.js';

/** The `onLoadError` prop of the styled components, as Stripe's Connect components name it. */
export type OnLoadError = (event: LoadError & { elementTagName: string }) => void;

/**
 * Calls `onLoadError` once per load error of a component: the ref survives
 * StrictMode's second run of effects, and a re-render with the same error
 * does not report it again.
 */
export function useLoadErrorReport(
  elementTagName: string,
  error: unknown,
  onLoadError: OnLoadError | undefined,
): void {
  const callback = useRef(onLoadError);
  callback.current = onLoadError;
  const reported = useRef<unknown>(null);
  useEffect(() => {
    if (!error || reported.current === error) return;
    reported.current = error;
    callback.current?.({ ...toLoadError(error), elementTagName });
  }, [error, elementTagName]);
}
