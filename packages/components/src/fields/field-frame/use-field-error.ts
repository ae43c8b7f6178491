import type { FieldSpec } from '@onboardkit/schema';
import { useFieldsContext } from '../fields-context.js';
import { describeFieldError } from './describe-field-error.js';
import { useErrorSnapshot } from './use-error-snapshot.js';

/** The error on a form name as a comparable string: `[type, message]`, or '' for none. */
function errorKey(error: unknown): string {
  if (typeof error !== 'object' || error === null || !('message' in error)) return '';
  const { type, message } = error as { type?: unknown; message?: unknown };
  if (typeof type !== 'string' && typeof message !== 'string') return '';
  return JSON.stringify([
    typeof type === 'string' ? type : null,
    typeof message === 'string' ? message : null,
  ]);
}

/**
 * The message of the error on a form name (a field or one of its parts), in
 * the component's language; for a whole field without one, the reason the
 * server gave in the document (a failed verification, say).
 *
 * The field re-renders only when its message changes, not on every validation
 * of it: live validation runs on each keystroke, and each re-render of an
 * input makes React set its `name` again, which has the browser rebuild the
 * form's index of named controls (hundreds, on a long step) on the next event.
 */
export function useFieldError(
  name: string,
  spec: FieldSpec,
  options: { part?: boolean } = {},
): string | undefined {
  const { locale } = useFieldsContext();
  const key = useErrorSnapshot(name, errorKey);
  if (key !== '') {
    const [type, message] = JSON.parse(key) as [string | null, string | null];
    return describeFieldError(
      { type: type ?? undefined, message: message ?? undefined },
      spec,
      locale.messages,
    );
  }
  if (options.part) return undefined;
  return spec.errors?.[0]?.reason;
}
