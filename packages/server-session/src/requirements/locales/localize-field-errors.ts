import { type FieldError, type FieldErrorCode, fieldErrorCodes } from '@onboardkit/schema';
import type { MessageId } from './en.js';
import { createTranslator } from './translate.js';

function isFieldErrorCode(code: string): code is FieldErrorCode {
  return (fieldErrorCodes as readonly string[]).includes(code);
}

/**
 * Field errors from `@onboardkit/schema` (`validateSubmission`,
 * `compileField`) with their messages in `locale`; `param` and `code` stay
 * as they are. A code this version does not know keeps its message.
 * The limit a message names ("Enter at least 5 characters.") comes from the
 * error's `limit`.
 *
 * @example localizeFieldErrors([{ param: 'individual.dob', code: 'required', message: 'This field is required.' }], 'fr')
 * // [{ param: 'individual.dob', code: 'required', message: 'Ce champ est obligatoire.' }]
 */
export function localizeFieldErrors(errors: readonly FieldError[], locale: string): FieldError[] {
  const translate = createTranslator(locale);
  return errors.map((error) => {
    if (!isFieldErrorCode(error.code)) return error;
    const id: MessageId = `field_error.${error.code}`;
    const message = translate(id, error.limit === undefined ? undefined : { limit: String(error.limit) });
    // Without the number the sentence would show a raw slot: keep the server's wording instead.
    return message.includes('{limit}') ? error : { ...error, message };
  });
}
