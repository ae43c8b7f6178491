import { type FieldErrorCode, type FieldSpec, fieldErrorCodes } from '@onboardkit/schema';
import { formatMessage } from '../../i18n/format-message.js';
import type { Messages } from '../../i18n/messages.js';

const knownCodes = new Set<string>(fieldErrorCodes);

function isKnownCode(code: string | undefined): code is FieldErrorCode {
  return code !== undefined && knownCodes.has(code);
}

/** The number a code's message names, read from the spec the check came from. */
function limitOf(code: FieldErrorCode, spec: FieldSpec): number | undefined {
  const constraints = spec.constraints ?? {};
  switch (code) {
    case 'too_short':
      return constraints.minLength;
    case 'too_long':
      return constraints.maxLength;
    case 'too_small':
      return constraints.min ?? (spec.type === 'percent' ? 0 : undefined);
    case 'too_big':
      return constraints.max ?? (spec.type === 'percent' ? 100 : undefined);
    case 'invalid_dob_age_under_minimum':
      return constraints.minAge;
    case 'invalid_dob_age_over_maximum':
      return constraints.maxAge;
    case 'too_few_items':
      return constraints.minItems;
    case 'too_many_items':
      return constraints.maxItems;
    default:
      return undefined;
  }
}

/**
 * The message to show for a field error: ours for a code we know, in the
 * component's language; the error's own message (the server's, localized by
 * it) for a code we do not, or when ours would need a number we cannot know.
 */
export function describeFieldError(
  error: { type?: string | undefined; message?: string | undefined },
  spec: FieldSpec,
  messages: Messages,
): string {
  const fallback = error.message ?? messages.fieldErrors.invalid_format;
  if (!isKnownCode(error.type)) return fallback;
  const template = messages.fieldErrors[error.type];
  if (!template.includes('{limit}')) return template;
  const limit = limitOf(error.type, spec);
  return limit === undefined ? fallback : formatMessage(template, { limit });
}
