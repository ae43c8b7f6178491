import type { Option } from '@onboardkit/schema';
import { useFormContext } from 'react-hook-form';
import type { FormValues } from '../../onboarding-flow/form-values.js';
import { autocompleteFor } from '../field-frame/autocomplete.js';
import { FieldFrame } from '../field-frame/field-frame.js';
import { describedBy } from '../field-frame/field-ids.js';
import { useFieldError } from '../field-frame/use-field-error.js';
import { useFieldIds } from '../field-frame/use-field-ids.js';
import type { FieldWidgetProps } from '../field-widget-props.js';
import { useFieldsContext } from '../fields-context.js';

interface SelectFieldProps extends FieldWidgetProps {
  /** Options when the spec lists none (countries). */
  options?: readonly Option[];
}

/** One choice among the spec's options, as a native select (keyboard and screen readers for free). */
export function SelectField({ spec, name, options = spec.constraints?.options ?? [] }: SelectFieldProps) {
  const { register } = useFormContext<FormValues>();
  const { locale } = useFieldsContext();
  const ids = useFieldIds(name);
  const error = useFieldError(name, spec);
  return (
    <FieldFrame spec={spec} ids={ids} error={error}>
      <select
        id={ids.id}
        className="okit-select"
        autoComplete={autocompleteFor(spec.key)}
        required={spec.required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(spec.help && ids.helpId, error && ids.errorId)}
        {...register(name)}
      >
        <option value="">{spec.placeholder ?? locale.messages.selectPlaceholder}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}
