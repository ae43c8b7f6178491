import type { FieldSpec } from '@onboardkit/schema';
import { memo } from 'react';
import { useFormState } from 'react-hook-form';
import { describeFieldError } from '../fields/field-frame/describe-field-error.js';
import { fieldIds } from '../fields/field-frame/field-ids.js';
import { useFieldsContext } from '../fields/fields-context.js';
import type { FormValues } from '../onboarding-flow/form-values.js';
import { collectErrors } from './collect-errors.js';
import { focusField } from './focus-field.js';

interface ErrorSummaryProps {
  fields: readonly FieldSpec[];
  form: HTMLFormElement | null;
  /** Messages not tied to a field in view (another step's, the server's). */
  extra: readonly string[];
}

/** After a failed submit: every problem of the step, each a link to its field. */
export function ErrorSummary({ fields, form, extra }: ErrorSummaryProps) {
  const { locale, idPrefix } = useFieldsContext();
  const { errors } = useFormState<FormValues>();
  const collected = collectErrors(fields, errors);
  if (collected.length === 0 && extra.length === 0) return null;
  const titleId = `${idPrefix}-summary`;
  return (
    <div className="okit-summary" role="alert" aria-labelledby={titleId}>
      <h3 className="okit-summary-title" id={titleId}>
        {locale.messages.errorSummaryTitle}
      </h3>
      <ul>
        {collected.map((error) => (
          <ErrorLink
            key={error.name}
            id={fieldIds(idPrefix, error.name).id}
            fieldKey={error.fieldKey}
            form={form}
            text={`${error.spec.label}: ${describeFieldError(error, error.spec, locale.messages)}`}
          />
        ))}
        {extra.map((message) => (
          <li key={message}>{message}</li>
        ))}
      </ul>
    </div>
  );
}

interface ErrorLinkProps {
  id: string;
  fieldKey: string;
  form: HTMLFormElement | null;
  text: string;
}

// The summary re-renders on every keystroke while live validation runs; with hundreds of
// errors, links whose text did not change must not be re-rendered (or their handlers re-bound).
const ErrorLink = memo(function ErrorLink({ id, fieldKey, form, text }: ErrorLinkProps) {
  return (
    <li>
      <a
        href={`#${id}`}
        onClick={(event) => {
          event.preventDefault();
          focusField(form, id, fieldKey);
        }}
      >
        {text}
      </a>
    </li>
  );
});
