import type { FieldSpec } from '@onboardkit/schema';
import { memo, type Ref } from 'react';
import { type FieldErrors, useFormContext, useFormState } from 'react-hook-form';
import { describeFieldError } from '../fields/field-frame/describe-field-error.js';
import { fieldIds } from '../fields/field-frame/field-ids.js';
import { useErrorSnapshot } from '../fields/field-frame/use-error-snapshot.js';
import { useFieldsContext } from '../fields/fields-context.js';
import { fieldName } from '../onboarding-flow/field-names.js';
import type { FormValues } from '../onboarding-flow/form-values.js';
import { collectFieldErrors, hasFieldErrors } from './collect-errors.js';
import { focusField } from './focus-field.js';

interface ErrorSummaryProps {
  fields: readonly FieldSpec[];
  form: HTMLFormElement | null;
  /** Messages not tied to a field in view (another step's, the server's). */
  extra: readonly string[];
  /** Focused when a save fails with no field to blame. */
  summaryRef?: Ref<HTMLDivElement> | undefined;
}

/** After a failed submit: every problem of the step, each a link to its field. */
export function ErrorSummary({ fields, form, extra, summaryRef }: ErrorSummaryProps) {
  const { locale, idPrefix } = useFieldsContext();
  // Only whether there is anything to show is read here, on every change of any error; the
  // links are each field's own (`FieldErrorLinks`), so a keystroke re-renders its field's alone.
  const { errors } = useFormState<FormValues>();
  if (!hasFieldErrors(fields, errors) && extra.length === 0) return null;
  const titleId = `${idPrefix}-summary`;
  return (
    <div className="okit-summary" role="alert" aria-labelledby={titleId} ref={summaryRef} tabIndex={-1}>
      <h3 className="okit-summary-title" id={titleId}>
        {locale.messages.errorSummaryTitle}
      </h3>
      <ul>
        <ErrorLinks fields={fields} form={form} />
        {extra.map((message) => (
          <li key={message}>{message}</li>
        ))}
      </ul>
    </div>
  );
}

interface ErrorLinksProps {
  fields: readonly FieldSpec[];
  form: HTMLFormElement | null;
}

/** The links of every field, in the order the fields show; re-rendered only when the fields change. */
const ErrorLinks = memo(function ErrorLinks({ fields, form }: ErrorLinksProps) {
  return fields.map((spec) => <FieldErrorLinks key={spec.key} spec={spec} form={form} />);
});

/** The errors of a field's whole error node, as a comparable string. */
function errorsKey(spec: FieldSpec, node: unknown): string {
  const collected = collectFieldErrors(spec, { [fieldName(spec.key)]: node } as FieldErrors<FormValues>);
  return JSON.stringify(collected.map((error) => [error.name, error.type, error.message]));
}

/** The links to one field's errors (its own, then its parts'), re-rendered when those change only. */
function FieldErrorLinks({ spec, form }: { spec: FieldSpec; form: HTMLFormElement | null }) {
  const { locale, idPrefix } = useFieldsContext();
  const name = fieldName(spec.key);
  const { getFieldState } = useFormContext<FormValues>();
  useErrorSnapshot(name, (node) => errorsKey(spec, node));
  const errors = { [name]: getFieldState(name).error } as FieldErrors<FormValues>;
  return collectFieldErrors(spec, errors).map((error) => (
    <ErrorLink
      key={error.name}
      id={fieldIds(idPrefix, error.name).id}
      fieldKey={error.fieldKey}
      form={form}
      text={`${error.spec.label}: ${describeFieldError(error, error.spec, locale.messages)}`}
    />
  ));
}

interface ErrorLinkProps {
  id: string;
  fieldKey: string;
  form: HTMLFormElement | null;
  text: string;
}

// A field's links re-render on each keystroke into it while live validation runs; a link whose
// text did not change must not be re-rendered (or its handler re-bound).
// A button with the role and look of a link, not an `<a href>`: Chromium's navigation predictor
// watches every anchor of the page with a delayed IntersectionObserver, which then asks for a
// frame every ~100 ms while the summary shows; such a frame just before a keystroke makes the
// keystroke's own frame wait a whole vsync (keystroke p95 +10 ms, measured in bench/components).
const ErrorLink = memo(function ErrorLink({ id, fieldKey, form, text }: ErrorLinkProps) {
  return (
    <li>
      {/* biome-ignore lint/a11y/useSemanticElements: an `<a href>` costs keystrokes a frame (above). */}
      <button
        type="button"
        role="link"
        className="okit-summary-link"
        onClick={() => focusField(form, id, fieldKey)}
      >
        {text}
      </button>
    </li>
  );
});
