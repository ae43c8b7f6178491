import { type AddressPartName, addressPartNames } from '@onboardkit/schema';
import { useFormContext } from 'react-hook-form';
import type { Messages } from '../../i18n/messages.js';
import type { FormValues } from '../../onboarding-flow/form-values.js';
import { autocompleteFor } from '../field-frame/autocomplete.js';
import { FieldErrorText, FieldHelp, FieldLabel } from '../field-frame/field-frame.js';
import { describedBy, type FieldIds } from '../field-frame/field-ids.js';
import { useFieldError } from '../field-frame/use-field-error.js';
import { useFieldIds } from '../field-frame/use-field-ids.js';
import type { FieldWidgetProps } from '../field-widget-props.js';
import { useFieldsContext } from '../fields-context.js';

const partLabels: Record<
  AddressPartName,
  keyof Pick<
    Messages,
    'addressLine1' | 'addressLine2' | 'addressTown' | 'addressCity' | 'addressState' | 'addressPostalCode'
  >
> = {
  line1: 'addressLine1',
  line2: 'addressLine2',
  town: 'addressTown',
  city: 'addressCity',
  state: 'addressState',
  postal_code: 'addressPostalCode',
};

/** Countries that write an address from the largest part down; others use `addressPartNames`' order. */
const partOrders: Readonly<Record<string, readonly AddressPartName[]>> = {
  JP: ['postal_code', 'state', 'city', 'town', 'line1', 'line2'],
};

interface AddressPartProps extends FieldWidgetProps {
  part: AddressPartName;
  required: boolean;
  /** The whole address's error, told by the first part so focus lands where it is read. */
  fieldError: string | undefined;
  fieldIds: FieldIds | undefined;
}

function AddressPart({ spec, name, part, required, fieldError, fieldIds }: AddressPartProps) {
  const { register, getFieldState, trigger } = useFormContext<FormValues>();
  const { locale } = useFieldsContext();
  const partName = `${name}.${part}`;
  // react-hook-form re-checks only the part typed in, so an error on the whole address (all of it
  // missing) would outlive the parts being filled: while there is one, check the whole address.
  const onChange = () => {
    const whole = getFieldState(name).error;
    if (whole?.type !== undefined || whole?.message !== undefined) void trigger(name);
  };
  const ids = useFieldIds(partName);
  const error = useFieldError(partName, spec, { part: true });
  const states = part === 'state' ? spec.address?.states : undefined;
  const common = {
    id: ids.id,
    autoComplete: autocompleteFor(part),
    required,
    'aria-invalid': error || fieldError ? true : undefined,
    'aria-describedby': describedBy(error && ids.errorId, fieldError && fieldIds?.errorId),
    ...register(partName, { onChange }),
  };
  return (
    <div className="okit-field">
      <FieldLabel spec={spec} htmlFor={ids.id} text={locale.messages[partLabels[part]]} required={required} />
      {states ? (
        <select className="okit-select" {...common}>
          <option value="">{locale.messages.selectPlaceholder}</option>
          {states.map((state) => (
            <option key={state.value} value={state.value}>
              {state.label}
            </option>
          ))}
        </select>
      ) : (
        <input className="okit-input" type="text" {...common} />
      )}
      <FieldErrorText id={ids.errorId} message={error} />
    </div>
  );
}

/**
 * An address: the parts the spec asks for, in the order the country writes
 * them; the state as a list when the spec gives one; the postal code checked
 * against the country's format by the compiled schema.
 */
export function AddressField({ spec, name }: FieldWidgetProps) {
  const ids = useFieldIds(name);
  const error = useFieldError(name, spec);
  const order = partOrders[spec.address?.country ?? ''] ?? addressPartNames;
  const parts = order.filter((part) => spec.address?.parts[part] !== undefined);
  return (
    <fieldset
      className="okit-field"
      data-field={spec.key}
      aria-describedby={describedBy(spec.help && ids.helpId, error && ids.errorId)}
    >
      <FieldLabel spec={spec} as="legend" />
      <FieldHelp spec={spec} ids={ids} />
      <FieldErrorText id={ids.errorId} message={error} />
      <div className="okit-parts">
        {parts.map((part, index) => (
          <AddressPart
            key={part}
            spec={spec}
            name={name}
            part={part}
            required={spec.address?.parts[part] === 'required'}
            fieldError={index === 0 ? error : undefined}
            fieldIds={index === 0 ? ids : undefined}
          />
        ))}
      </div>
    </fieldset>
  );
}
