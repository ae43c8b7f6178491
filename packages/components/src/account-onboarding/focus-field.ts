const focusable = 'input:not([type=hidden]),select,textarea,button';

/** Focuses the first field the form marks invalid, in document order; returns whether one was found. */
export function focusFirstInvalid(form: HTMLElement | null): boolean {
  const target = form?.querySelector<HTMLElement>('[aria-invalid=true],[data-okit-invalid]');
  target?.focus();
  return target !== undefined && target !== null;
}

/**
 * Focuses the element with `id`, or else the first control of the field
 * `fieldKey` (a whole address, say, whose error belongs to no one input).
 */
export function focusField(form: HTMLElement | null, id: string, fieldKey: string): void {
  const byId = form?.ownerDocument.getElementById(id);
  if (byId && form?.contains(byId) && byId.matches(focusable)) {
    byId.focus();
    return;
  }
  form?.querySelector<HTMLElement>(`[data-field="${CSS.escape(fieldKey)}"] :is(${focusable})`)?.focus();
}
