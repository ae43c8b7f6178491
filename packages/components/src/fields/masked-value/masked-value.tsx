import type { FieldSpec, Mask } from '@onboardkit/schema';
import type { Ref } from 'react';
import { formatMessage } from '../../i18n/format-message.js';
import { FieldErrorText, FieldHelp } from '../field-frame/field-frame.js';
import type { FieldIds } from '../field-frame/field-ids.js';
import { useFieldsContext } from '../fields-context.js';

interface MaskedValueProps {
  mask: Mask;
  /** The field's label, said after "Replace" to screen readers. */
  label: string;
  labelId: string;
  errorId: string | undefined;
  invalid: boolean;
  onReplace: () => void;
  buttonRef?: Ref<HTMLButtonElement>;
}

/**
 * A sensitive value the server holds, shown only as "provided •••• 6789",
 * with a way to type a new one. The value itself never reaches the browser.
 */
export function MaskedValue({
  mask,
  label,
  labelId,
  errorId,
  invalid,
  onReplace,
  buttonRef,
}: MaskedValueProps) {
  const { locale } = useFieldsContext();
  const { messages } = locale;
  return (
    <p className="okit-masked">
      <span>{messages.provided}</span>
      {mask.last4 ? (
        <>
          <span aria-hidden="true" dir="ltr">
            •••• {mask.last4}
          </span>
          <span className="okit-visually-hidden">
            {formatMessage(messages.endingIn, { last4: mask.last4 })}
          </span>
        </>
      ) : null}
      <button
        ref={buttonRef}
        type="button"
        className="okit-button okit-button-link"
        onClick={onReplace}
        aria-describedby={errorId}
        data-okit-invalid={invalid || undefined}
      >
        {messages.replace}
        <span className="okit-visually-hidden" id={`${labelId}-replace`}>
          {' '}
          {label}
        </span>
      </button>
    </p>
  );
}

interface MaskedFieldProps {
  spec: FieldSpec & { mask: Mask };
  ids: FieldIds;
  error: string | undefined;
  onReplace: () => void;
  replaceButtonRef?: Ref<HTMLButtonElement>;
}

/** A whole field whose value the server holds: its label, help, mask and error. */
export function MaskedField({ spec, ids, error, onReplace, replaceButtonRef }: MaskedFieldProps) {
  const labelId = `${ids.id}-label`;
  return (
    <div className="okit-field" data-field={spec.key}>
      <span className="okit-label" id={labelId}>
        {spec.label}
      </span>
      <FieldHelp spec={spec} ids={ids} />
      <MaskedValue
        mask={spec.mask}
        label={spec.label}
        labelId={labelId}
        errorId={error ? ids.errorId : undefined}
        invalid={error !== undefined}
        buttonRef={replaceButtonRef}
        onReplace={onReplace}
      />
      <FieldErrorText id={ids.errorId} message={error} />
    </div>
  );
}

/** Drops what was typed over a held value and shows its mask again. */
export function KeepCurrentButton({ onClick }: { onClick: () => void }) {
  const { messages } = useFieldsContext().locale;
  return (
    <button type="button" className="okit-button" onClick={onClick}>
      {messages.keepCurrent}
    </button>
  );
}
