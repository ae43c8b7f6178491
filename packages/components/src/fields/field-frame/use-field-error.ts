import type { FieldSpec } from '@onboardkit/schema';
import { get, useFormState } from 'react-hook-form';
import type { FormValues } from '../../onboarding-flow/form-values.js';
import { useFieldsContext } from '../fields-context.js';
import { describeFieldError } from './describe-field-error.js';

/**
 * The message of the error on a form name (a field or one of its parts), in
 * the component's language; for a whole field without one, the reason the
 * server gave in the document (a failed verification, say).
 */
export function useFieldError(
  name: string,
  spec: FieldSpec,
  options: { part?: boolean } = {},
): string | undefined {
  const { locale } = useFieldsContext();
  const { errors } = useFormState<FormValues>({ name });
  const error: unknown = get(errors, name);
  if (typeof error === 'object' && error !== null && 'message' in error) {
    const { type, message } = error as { type?: unknown; message?: unknown };
    if (typeof type === 'string' || typeof message === 'string') {
      return describeFieldError(
        {
          type: typeof type === 'string' ? type : undefined,
          message: typeof message === 'string' ? message : undefined,
        },
        spec,
        locale.messages,
      );
    }
  }
  if (options.part) return undefined;
  return spec.errors?.[0]?.reason;
}
