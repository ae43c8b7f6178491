import { useCallback, useSyncExternalStore } from 'react';
import { useFormContext } from 'react-hook-form';
import type { FormValues } from '../../onboarding-flow/form-values.js';

/**
 * What `read` makes of the error on form name `name` (a field, or a part of
 * one), as a string; the caller re-renders only when that string changes.
 * Live validation updates a field's errors on each keystroke into it, mostly
 * to the same message: a subscription through `useFormState` would re-render
 * on each (and keep a copy of every value of the form per subscriber).
 */
export function useErrorSnapshot(name: string, read: (error: unknown) => string): string {
  const { subscribe, getFieldState } = useFormContext<FormValues>();
  const subscribeToErrors = useCallback(
    (onChange: () => void) => subscribe({ name, formState: { errors: true }, callback: onChange }),
    [subscribe, name],
  );
  return useSyncExternalStore(subscribeToErrors, () => read(getFieldState(name).error));
}
