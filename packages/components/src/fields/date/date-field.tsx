import { useFormContext } from 'react-hook-form';
import type { FormValues } from '../../onboarding-flow/form-values.js';
import { autocompleteFor } from '../field-frame/autocomplete.js';
import { FieldFrame } from '../field-frame/field-frame.js';
import { describedBy } from '../field-frame/field-ids.js';
import { useFieldError } from '../field-frame/use-field-error.js';
import { useFieldIds } from '../field-frame/use-field-ids.js';
import type { FieldWidgetProps } from '../field-widget-props.js';

/**
 * A date as `YYYY-MM-DD`: the browser's date input shows it in the reader's
 * locale and gives a keyboard-usable picker.
 */
export function DateField({ spec, name }: FieldWidgetProps) {
  const { register } = useFormContext<FormValues>();
  const ids = useFieldIds(name);
  const error = useFieldError(name, spec);
  return (
    <FieldFrame spec={spec} ids={ids} error={error}>
      <input
        id={ids.id}
        className="okit-input"
        type="date"
        autoComplete={autocompleteFor(spec.key)}
        required={spec.required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(spec.help && ids.helpId, error && ids.errorId)}
        {...register(name)}
      />
    </FieldFrame>
  );
}
