import type { FieldErrors } from 'react-hook-form';
import type { FormValues } from './form-values.js';

export interface NamedError {
  name: string;
  type: string;
  message: string;
}

type ErrorNode = Record<string, unknown>;

/**
 * Builds react-hook-form's nested errors object from errors by form name. A
 * name may carry its own error and its parts' errors at once (a person list
 * over 100% ownership whose second person lacks a name); the first error
 * given for a name wins.
 */
export function nestErrors(errors: readonly NamedError[]): FieldErrors<FormValues> {
  const root: ErrorNode = {};
  for (const { name, type, message } of errors) {
    let node = root;
    for (const segment of name.split('.')) {
      const next = node[segment];
      node[segment] = typeof next === 'object' && next !== null ? next : {};
      node = node[segment] as ErrorNode;
    }
    if (node.type === undefined) Object.assign(node, { type, message });
  }
  return root as FieldErrors<FormValues>;
}
