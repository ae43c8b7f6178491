import { useState } from 'react';
import { useFormContext } from 'react-hook-form';
import type { FormValues } from '../../onboarding-flow/form-values.js';
import { autocompleteFor } from '../field-frame/autocomplete.js';
import { FieldErrorText, FieldHelp, FieldLabel } from '../field-frame/field-frame.js';
import { describedBy } from '../field-frame/field-ids.js';
import { useFieldError } from '../field-frame/use-field-error.js';
import { useFieldIds } from '../field-frame/use-field-ids.js';
import type { FieldWidgetProps } from '../field-widget-props.js';
import { useFieldsContext } from '../fields-context.js';
import { KeepCurrentButton, MaskedField } from '../masked-value/masked-value.js';
import { useMaskReplacement } from '../masked-value/use-mask-replacement.js';

/**
 * Id numbers and tax ids. Sensitive ones are typed hidden (with a Show
 * toggle) and, once the server holds one, show only its mask until the
 * person chooses to replace it.
 */
export function IdNumberField({ spec, name }: FieldWidgetProps) {
  const { register } = useFormContext<FormValues>();
  const { locale } = useFieldsContext();
  const { messages } = locale;
  const ids = useFieldIds(name);
  const error = useFieldError(name, spec);
  const held = spec.mask?.provided === true;
  const { replacing, inputRef, replaceButtonRef, replace, keepCurrent } = useMaskReplacement(name);
  const [shown, setShown] = useState(false);
  const { ref: registerRef, ...inputProps } = register(name);

  if (spec.mask && held && !replacing) {
    return (
      <MaskedField
        spec={{ ...spec, mask: spec.mask }}
        ids={ids}
        error={error}
        onReplace={replace}
        replaceButtonRef={replaceButtonRef}
      />
    );
  }

  const sensitive = spec.sensitive === true;
  return (
    <div className="okit-field" data-field={spec.key}>
      <FieldLabel spec={spec} htmlFor={ids.id} required={spec.required && !held} />
      <FieldHelp spec={spec} ids={ids} />
      <div className="okit-inline">
        <input
          id={ids.id}
          className="okit-input okit-grow"
          type={sensitive && !shown ? 'password' : 'text'}
          inputMode={spec.constraints?.format?.startsWith('us_ssn') ? 'numeric' : undefined}
          autoComplete={autocompleteFor(spec.key, sensitive)}
          spellCheck={false}
          placeholder={spec.placeholder}
          required={spec.required && !held}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(spec.help && ids.helpId, error && ids.errorId)}
          ref={(element) => {
            registerRef(element);
            inputRef.current = element;
          }}
          {...inputProps}
        />
        {sensitive ? (
          <button
            type="button"
            className="okit-button"
            aria-pressed={shown}
            aria-controls={ids.id}
            onClick={() => setShown((value) => !value)}
          >
            {messages.show}
          </button>
        ) : null}
        {replacing ? <KeepCurrentButton onClick={keepCurrent} /> : null}
      </div>
      <FieldErrorText id={ids.errorId} message={error} />
    </div>
  );
}
