import { useFieldsContext } from '../fields-context.js';
import { type FieldIds, fieldIds } from './field-ids.js';

/** The ids of a form name's input, help and error in this form. */
export function useFieldIds(name: string): FieldIds {
  const { idPrefix } = useFieldsContext();
  return fieldIds(idPrefix, name);
}
