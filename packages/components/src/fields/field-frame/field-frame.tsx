import type { FieldSpec } from '@onboardkit/schema';
import type { ReactNode } from 'react';
import { useFieldsContext } from '../fields-context.js';
import type { FieldIds } from './field-ids.js';

interface FieldLabelProps {
  spec: Pick<FieldSpec, 'label' | 'required'>;
  htmlFor?: string;
  /** `legend` inside a fieldset that groups the parts of one field. */
  as?: 'label' | 'legend';
  text?: string;
  required?: boolean;
}

/** A field's label, marking it optional when it is: required is the common case. */
export function FieldLabel({ spec, htmlFor, as = 'label', text, required = spec.required }: FieldLabelProps) {
  const { locale } = useFieldsContext();
  const content = (
    <>
      {text ?? spec.label}
      {required ? null : <span className="okit-optional">{locale.messages.optional}</span>}
    </>
  );
  return as === 'legend' ? (
    <legend className="okit-legend">{content}</legend>
  ) : (
    <label className="okit-label" htmlFor={htmlFor}>
      {content}
    </label>
  );
}

export function FieldHelp({ spec, ids }: { spec: Pick<FieldSpec, 'help'>; ids: FieldIds }) {
  return spec.help ? (
    <p className="okit-help" id={ids.helpId}>
      {spec.help}
    </p>
  ) : null;
}

export function FieldErrorText({ id, message }: { id: string; message: string | undefined }) {
  return message ? (
    <p className="okit-error" id={id}>
      {message}
    </p>
  ) : null;
}

interface FieldFrameProps {
  spec: FieldSpec;
  ids: FieldIds;
  error: string | undefined;
  children: ReactNode;
}

/** Label, input, help and error of a single-input field, in reading order. */
export function FieldFrame({ spec, ids, error, children }: FieldFrameProps) {
  return (
    <div className="okit-field" data-field={spec.key}>
      <FieldLabel spec={spec} htmlFor={ids.id} />
      <FieldHelp spec={spec} ids={ids} />
      {children}
      <FieldErrorText id={ids.errorId} message={error} />
    </div>
  );
}
