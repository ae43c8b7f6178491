import { useFormContext } from 'react-hook-form';
import type { FormValues } from '../../onboarding-flow/form-values.js';
import { FieldErrorText, FieldHelp } from '../field-frame/field-frame.js';
import { describedBy } from '../field-frame/field-ids.js';
import { useFieldError } from '../field-frame/use-field-error.js';
import { useFieldIds } from '../field-frame/use-field-ids.js';
import type { FieldWidgetProps } from '../field-widget-props.js';
import { useFieldsContext } from '../fields-context.js';

/**
 * Acceptance of the terms of service, with links to read them first. Only
 * `true` is sent: the server records the date, IP address and user agent.
 */
export function TosField({ spec, name }: FieldWidgetProps) {
  const { register } = useFormContext<FormValues>();
  const { locale, fullTermsOfServiceUrl, privacyPolicyUrl } = useFieldsContext();
  const ids = useFieldIds(name);
  const error = useFieldError(name, spec);
  const linksId = `${ids.id}-links`;
  const termsUrl = spec.tos?.url ?? fullTermsOfServiceUrl;
  const links = [
    termsUrl ? { href: termsUrl, text: locale.messages.termsLink } : undefined,
    privacyPolicyUrl ? { href: privacyPolicyUrl, text: locale.messages.privacyPolicyLink } : undefined,
  ].filter((link) => link !== undefined);
  return (
    <div className="okit-field" data-field={spec.key}>
      {links.length > 0 ? (
        <ul className="okit-inline okit-help" id={linksId}>
          {links.map((link) => (
            <li key={link.href}>
              <a href={link.href} target="_blank" rel="noopener noreferrer">
                {link.text}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="okit-checkbox-row">
        <input
          id={ids.id}
          className="okit-checkbox"
          type="checkbox"
          required={spec.required}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(
            links.length > 0 && linksId,
            spec.help && ids.helpId,
            error && ids.errorId,
          )}
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
