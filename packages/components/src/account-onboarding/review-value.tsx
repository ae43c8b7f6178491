import type { FieldSpec } from '@onboardkit/schema';
import { useFieldsContext } from '../fields/fields-context.js';
import { displayValue } from './display-value.js';

/**
 * A field's value in a review row (`displayValue`), set apart from the
 * text around it: left to right where the value always is (phone numbers,
 * e-mail addresses, masks), else in the direction of its own first letters,
 * so a right-to-left page shows "1 Market St" and "+14155552671" as written.
 */
export function ReviewValue({ spec, value }: { spec: FieldSpec; value: unknown }) {
  const { locale } = useFieldsContext();
  const { lead, text, leftToRight } = displayValue(spec, value, locale);
  const isolated = <bdi dir={leftToRight ? 'ltr' : undefined}>{text}</bdi>;
  return lead === undefined ? (
    isolated
  ) : (
    <>
      {lead} {isolated}
    </>
  );
}
