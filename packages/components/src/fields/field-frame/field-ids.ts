/** The ids of one input and the texts that describe it. */
export interface FieldIds {
  id: string;
  helpId: string;
  errorId: string;
}

/** Ids for a form name, unique per form and safe in a URL fragment (the error summary links to them). */
export function fieldIds(idPrefix: string, name: string): FieldIds {
  const id = `${idPrefix}-${name.replace(/[^A-Za-z0-9_-]/g, '-')}`;
  return { id, helpId: `${id}-help`, errorId: `${id}-error` };
}

/** The `aria-describedby` value for the texts shown, or undefined when none is. */
export function describedBy(...ids: Array<string | false | undefined>): string | undefined {
  const shown = ids.filter((id): id is string => typeof id === 'string' && id !== '');
  return shown.length > 0 ? shown.join(' ') : undefined;
}
