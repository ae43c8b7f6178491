import { useFormContext } from 'react-hook-form';
import type { FormValues } from '../../onboarding-flow/form-values.js';
import { autocompleteFor } from '../field-frame/autocomplete.js';
import { FieldFrame } from '../field-frame/field-frame.js';
import { describedBy } from '../field-frame/field-ids.js';
import { useFieldError } from '../field-frame/use-field-error.js';
import { useFieldIds } from '../field-frame/use-field-ids.js';
import type { FieldWidgetProps } from '../field-widget-props.js';

const inputTypes: Readonly<Record<string, string>> = { email: 'email', url: 'url' };

/** Text, email and URL fields, and any type this release does not know (the server judges those). */
export function TextField({ spec, name }: FieldWidgetProps) {
  const { register } = useFormContext<FormValues>();
  const ids = useFieldIds(name);
  const error = useFieldError(name, spec);
  return (
    <FieldFrame spec={spec} ids={ids} error={error}>
      <input
        id={ids.id}
        className="okit-input"
        type={inputTypes[spec.type] ?? 'text'}
        autoComplete={autocompleteFor(spec.key)}
        placeholder={spec.placeholder}
        maxLength={spec.constraints?.maxLength}
        required={spec.required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(spec.help && ids.helpId, error && ids.errorId)}
        {...register(name)}
      />
    </FieldFrame>
  );
}
