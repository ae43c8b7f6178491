import type { FieldError } from '@onboardkit/schema';
import { OnboardKitError } from '../api/onboard-kit-error.js';
import { formatMessage } from '../i18n/format-message.js';
import type { Messages } from '../i18n/messages.js';

/** A problem with the last submission that is not (only) on the fields in view. */
export interface SubmitProblem {
  /**
   * `conflict`: the document changed elsewhere (HTTP 409); `rate_limited`:
   * too many requests (HTTP 429, `error.retryAfterSeconds` says how long to
   * wait); `unplaced`: the server refused fields not in view (another
   * step's); `failed`: anything else (network, 5xx).
   */
  kind: 'conflict' | 'rate_limited' | 'failed' | 'unplaced';
  error: OnboardKitError;
  /** Field errors for fields not on this step. */
  fieldErrors: FieldError[];
}

/** The problem a failed submission's error makes. */
export function problemOf(error: unknown, fieldErrors: FieldError[] = []): SubmitProblem {
  const known =
    error instanceof OnboardKitError
      ? error
      : new OnboardKitError({ type: 'api_error', message: String(error), cause: error });
  return { kind: kindOf(known), error: known, fieldErrors };
}

function kindOf(error: OnboardKitError): SubmitProblem['kind'] {
  if (error.status === 409) return 'conflict';
  if (error.status === 429) return 'rate_limited';
  return 'failed';
}

/** What the form says of `problem` beside the errors on its fields: one line per entry. */
export function problemMessages(problem: SubmitProblem | undefined, messages: Messages): string[] {
  if (!problem) return [];
  switch (problem.kind) {
    case 'unplaced':
      return problem.fieldErrors.map((error) => error.message);
    case 'conflict':
      return [messages.conflict];
    case 'rate_limited': {
      const seconds = problem.error.retryAfterSeconds;
      // A 429 without a usable wait (a proxy's own) says only that the save failed.
      return [
        seconds === undefined ? messages.submitFailed : formatMessage(messages.rateLimited, { seconds }),
      ];
    }
    case 'failed':
      return [messages.submitFailed];
  }
}
