import { useFormContext } from 'react-hook-form';
import type { FormValues } from '../../onboarding-flow/form-values.js';
import { FieldErrorText, FieldHelp, FieldLabel } from '../field-frame/field-frame.js';
import { describedBy } from '../field-frame/field-ids.js';
import { useFieldError } from '../field-frame/use-field-error.js';
import { useFieldIds } from '../field-frame/use-field-ids.js';
import type { FieldWidgetProps } from '../field-widget-props.js';
import { useFieldsContext } from '../fields-context.js';
import { KeepCurrentButton, MaskedField } from '../masked-value/masked-value.js';
import { useMaskReplacement } from '../masked-value/use-mask-replacement.js';

type BankPart = 'iban' | 'routing_number' | 'account_number';

/** The numbers a scheme asks for; a scheme from a newer server asks for the account number. */
function partsOf(scheme: string | undefined): BankPart[] {
  if (scheme === 'iban') return ['iban'];
  if (scheme === 'routing_and_account') return ['routing_number', 'account_number'];
  return ['account_number'];
}

interface BankPartProps extends FieldWidgetProps {
  part: BankPart;
  label: string;
  first: boolean;
  fieldError: string | undefined;
  fieldErrorId: string;
  inputRef?: (element: HTMLInputElement | null) => void;
}

function BankAccountPart({
  spec,
  name,
  part,
  label,
  first,
  fieldError,
  fieldErrorId,
  inputRef,
}: BankPartProps) {
  const { register } = useFormContext<FormValues>();
  const partName = `${name}.${part}`;
  const ids = useFieldIds(partName);
  const error = useFieldError(partName, spec, { part: true });
  const { ref, ...props } = register(partName);
  const wholeError = first ? fieldError : undefined;
  return (
    <div className="okit-field">
      <FieldLabel spec={spec} htmlFor={ids.id} text={label} required />
      <input
        id={ids.id}
        className="okit-input"
        type="text"
        inputMode={part === 'iban' ? 'text' : 'numeric'}
        dir="ltr"
        autoComplete="off"
        spellCheck={false}
        required
        aria-invalid={error || wholeError ? true : undefined}
        aria-describedby={describedBy(error && ids.errorId, wholeError && fieldErrorId)}
        ref={(element) => {
          ref(element);
          inputRef?.(element);
        }}
        {...props}
      />
      <FieldErrorText id={ids.errorId} message={error} />
    </div>
  );
}

/**
 * A bank account for payouts: an IBAN, or a routing and an account number,
 * as `bankAccount.scheme` says; a held account shows as its mask until
 * replaced.
 */
export function BankAccountField({ spec, name }: FieldWidgetProps) {
  const { messages } = useFieldsContext().locale;
  const ids = useFieldIds(name);
  const error = useFieldError(name, spec);
  const { replacing, inputRef, replaceButtonRef, replace, keepCurrent } = useMaskReplacement(name);
  const config = spec.bankAccount;
  const labels: Record<BankPart, string> = {
    iban: messages.iban,
    routing_number: config?.routingLabel ?? messages.routingNumber,
    account_number: config?.accountLabel ?? messages.accountNumber,
  };

  if (spec.mask?.provided && !replacing) {
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
        {partsOf(config?.scheme).map((part, index) => (
          <BankAccountPart
            key={part}
            spec={spec}
            name={name}
            part={part}
            label={labels[part]}
            first={index === 0}
            fieldError={error}
            fieldErrorId={ids.errorId}
            inputRef={
              index === 0
                ? (element) => {
                    inputRef.current = element;
                  }
                : undefined
            }
          />
        ))}
      </div>
      {replacing ? (
        <div className="okit-actions">
          <KeepCurrentButton onClick={keepCurrent} />
        </div>
      ) : null}
    </fieldset>
  );
}
