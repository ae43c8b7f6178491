import { useFormContext } from 'react-hook-form';
import type { FormValues } from '../../onboarding-flow/form-values.js';
import { FieldErrorText, FieldHelp } from '../field-frame/field-frame.js';
import { describedBy } from '../field-frame/field-ids.js';
import { useFieldError } from '../field-frame/use-field-error.js';
import { useFieldIds } from '../field-frame/use-field-ids.js';
import type { FieldWidgetProps } from '../field-widget-props.js';

/** A yes/no answer or an attestation ("I confirm the owners are complete") as one checkbox. */
export function BooleanField({ spec, name }: FieldWidgetProps) {
  const { register } = useFormContext<FormValues>();
  const ids = useFieldIds(name);
  const error = useFieldError(name, spec);
  return (
    <div className="okit-field" data-field={spec.key}>
      <div className="okit-checkbox-row">
        <input
          id={ids.id}
          className="okit-checkbox"
          type="checkbox"
          required={spec.required}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(spec.help && ids.helpId, error && ids.errorId)}
          {...register(name)}
        />
        <label className="okit-label" htmlFor={ids.id}>
          {spec.label}
        </label>
      </div>
      <FieldHelp spec={spec} ids={ids} />
      <FieldErrorText id={ids.errorId} message={error} />
    </div>
  );
}
