import { useMemo } from 'react';
import type { FieldWidgetProps } from '../field-widget-props.js';
import { useFieldsContext } from '../fields-context.js';
import { SelectField } from '../select/select-field.js';
import { countryOptions } from './country-codes.js';

/** A country by ISO code: the spec's options when it lists them, else every country, named in the reader's language. */
export function CountryField({ spec, name }: FieldWidgetProps) {
  const { locale } = useFieldsContext();
  const options = useMemo(
    () => spec.constraints?.options ?? countryOptions(locale.tag),
    [spec.constraints?.options, locale.tag],
  );
  return <SelectField spec={spec} name={name} options={options} />;
}
