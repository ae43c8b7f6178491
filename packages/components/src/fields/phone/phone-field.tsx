import { useState } from 'react';
import { useController } from 'react-hook-form';
import type { FormValues } from '../../onboarding-flow/form-values.js';
import { FieldErrorText, FieldHelp, FieldLabel } from '../field-frame/field-frame.js';
import { describedBy } from '../field-frame/field-ids.js';
import { useFieldError } from '../field-frame/use-field-error.js';
import { useFieldIds } from '../field-frame/use-field-ids.js';
import type { FieldWidgetProps } from '../field-widget-props.js';
import { useFieldsContext } from '../fields-context.js';
import { callingCodeOptions, joinPhone, type PhoneParts, splitPhone } from './phone-number.js';

/** A phone number: a country calling code and the national number; the form holds E.164. */
export function PhoneField({ spec, name }: FieldWidgetProps) {
  const { locale, country: accountCountry } = useFieldsContext();
  const { field } = useController<FormValues>({ name });
  const ids = useFieldIds(name);
  const error = useFieldError(name, spec);
  // The parts are the widget's own: re-deriving them from E.164 on each keystroke would reformat under the caret.
  const [parts, setParts] = useState<PhoneParts>(() =>
    splitPhone(field.value, spec.country ?? accountCountry),
  );
  const update = (next: PhoneParts) => {
    setParts(next);
    field.onChange(joinPhone(next, spec.constraints?.allowValues));
  };
  const countryId = `${ids.id}-country`;
  // ~245 countries a phone field: a step of many phone fields would hold thousands of options that
  // nobody opens (memory, and style work on every load). Until the select is engaged (focus comes
  // first, from the keyboard, a click or a tap) it lists only the chosen country, so it reads the
  // same; then all of them, before the list opens or an arrow key moves.
  const [engaged, setEngaged] = useState(false);
  const allOptions = callingCodeOptions(locale.tag);
  const chosen = allOptions.filter((option) => option.value === parts.country);
  const options = engaged || chosen.length === 0 ? allOptions : chosen;
  return (
    <div className="okit-field" data-field={spec.key}>
      <FieldLabel spec={spec} htmlFor={ids.id} />
      <FieldHelp spec={spec} ids={ids} />
      <div className="okit-inline">
        <select
          id={countryId}
          className="okit-select"
          aria-label={locale.messages.countryCode}
          autoComplete="tel-country-code"
          value={parts.country}
          onChange={(event) => update({ ...parts, country: event.target.value })}
          onFocus={() => setEngaged(true)}
          onPointerDown={() => setEngaged(true)}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
        <input
          id={ids.id}
          ref={field.ref}
          name={field.name}
          className="okit-input okit-grow"
          type="tel"
          autoComplete="tel-national"
          placeholder={spec.placeholder}
          value={parts.national}
          onChange={(event) => update({ ...parts, national: event.target.value })}
          onBlur={field.onBlur}
          required={spec.required}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(spec.help && ids.helpId, error && ids.errorId)}
        />
      </div>
      <FieldErrorText id={ids.errorId} message={error} />
    </div>
  );
}
