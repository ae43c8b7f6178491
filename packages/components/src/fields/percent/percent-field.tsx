import { useFormContext } from 'react-hook-form';
import type { FormValues } from '../../onboarding-flow/form-values.js';
import { FieldFrame } from '../field-frame/field-frame.js';
import { describedBy } from '../field-frame/field-ids.js';
import { useFieldError } from '../field-frame/use-field-error.js';
import { useFieldIds } from '../field-frame/use-field-ids.js';
import type { FieldWidgetProps } from '../field-widget-props.js';

/** Reads the input as a number; blank stays blank (not 0) so "required" can tell. */
function toPercent(value: unknown): unknown {
  if (typeof value === 'number' || value === undefined || value === null) return value ?? undefined;
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  return Number(value.replace(',', '.'));
}

/** A percentage, such as an owner's share, as a number from 0 to 100. */
export function PercentField({ spec, name }: FieldWidgetProps) {
  const { register } = useFormContext<FormValues>();
  const ids = useFieldIds(name);
  const error = useFieldError(name, spec);
  return (
    <FieldFrame spec={spec} ids={ids} error={error}>
      <div className="okit-inline">
        <input
          id={ids.id}
          className="okit-input okit-grow"
          type="number"
          inputMode="decimal"
          min={spec.constraints?.min ?? 0}
          max={spec.constraints?.max ?? 100}
          step="any"
          required={spec.required}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(spec.help && ids.helpId, error && ids.errorId)}
          {...register(name, { setValueAs: toPercent })}
        />
        <span aria-hidden="true">%</span>
      </div>
    </FieldFrame>
  );
}
