import type { FieldSpec } from '@onboardkit/schema';
import type { ReactNode } from 'react';
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
import { PhoneField } from './phone/phone-field.js';
import { SelectField } from './select/select-field.js';
import { TextField } from './text/text-field.js';
import { TosField } from './tos/tos-field.js';

const renderField = (spec: FieldSpec, name: string): ReactNode => <FieldControl spec={spec} name={name} />;

/**
 * The widget for a field spec's type. A type this release does not know
 * renders as text; the server, which knows it, judges the value.
 */
export function FieldControl({ spec, name }: FieldWidgetProps) {
  switch (spec.type) {
    case 'phone':
      return <PhoneField spec={spec} name={name} />;
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
}
