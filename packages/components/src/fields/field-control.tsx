import type { FieldSpec } from '@onboardkit/schema';
import { memo, type ReactNode } from 'react';
import { AddressField } from './address/address-field.js';
import { BankAccountField } from './bank-account/bank-account-field.js';
import { BooleanField } from './boolean/boolean-field.js';
import { CountryField } from './country/country-field.js';
import { DateField } from './date/date-field.js';
import type { FieldWidgetProps } from './field-widget-props.js';
import { FileField } from './file/file-field.js';
import { IdNumberField } from './id-number/id-number-field.js';
import { PercentField } from './percent/percent-field.js';
import { PersonListField } from './person-list/person-list-field.js';
import { LazyPhoneField, preloadPhoneField } from './phone/lazy-phone-field.js';
import { SelectField } from './select/select-field.js';
import { TextField } from './text/text-field.js';
import { TosField } from './tos/tos-field.js';

/**
 * Fetches, while the browser is idle, the widgets that load on demand (phone
 * numbers) for the field types in `types`: a later step then does not wait.
 */
export function preloadFieldWidgets(types: Iterable<string>): void {
  if (![...types].includes('phone')) return;
  const load = () => void preloadPhoneField().catch(() => undefined);
  if (typeof requestIdleCallback === 'function') requestIdleCallback(load, { timeout: 2_000 });
  else setTimeout(load, 200);
}

const renderField = (spec: FieldSpec, name: string): ReactNode => <FieldControl spec={spec} name={name} />;

/**
 * The widget for a field spec's type. A type this release does not know
 * renders as text; the server, which knows it, judges the value. Memoized: a
 * step of hundreds of fields re-renders (a field shown by a condition, the
 * submit button's state) without re-rendering every field; each field
 * re-renders from its own form subscriptions.
 */
export const FieldControl = memo(function FieldControl({ spec, name }: FieldWidgetProps) {
  switch (spec.type) {
    case 'phone':
      return <LazyPhoneField spec={spec} name={name} />;
    case 'date':
      return <DateField spec={spec} name={name} />;
    case 'select':
      return <SelectField spec={spec} name={name} />;
    case 'country':
      return <CountryField spec={spec} name={name} />;
    case 'address':
      return <AddressField spec={spec} name={name} />;
    case 'id_number':
    case 'tax_id':
      return <IdNumberField spec={spec} name={name} />;
    case 'bank_account':
      return <BankAccountField spec={spec} name={name} />;
    case 'file':
      return <FileField spec={spec} name={name} />;
    case 'boolean':
      return <BooleanField spec={spec} name={name} />;
    case 'tos':
      return <TosField spec={spec} name={name} />;
    case 'percent':
      return <PercentField spec={spec} name={name} />;
    case 'person_list':
      return <PersonListField spec={spec} name={name} renderField={renderField} />;
    default:
      return <TextField spec={spec} name={name} />;
  }
});
