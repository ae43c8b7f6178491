import type { FieldSpec } from '@onboardkit/schema';

/** Fields a group holds at most: the unit the browser skips while off screen. */
export const fieldsPerGroup = 20;

/** A run of a step's fields, keyed by the first field of the run. */
export interface FieldGroup {
  key: string;
  fields: FieldSpec[];
}

/**
 * The fields to show, in runs of `fieldsPerGroup` consecutive fields of the
 * step. A long step is laid out and painted a run at a time (each run is
 * skipped while off screen): one run per field made the browser track
 * hundreds of boxes on each frame. Runs are cut from all of the step's fields,
 * not from the visible ones, so a field revealed by a condition joins its own
 * run and no other field moves to another (which would remount it, and drop
 * the focus of the one being typed into).
 */
export function groupFields(
  stepFields: readonly FieldSpec[],
  shownFields: readonly FieldSpec[],
): FieldGroup[] {
  const shown = new Set(shownFields);
  const groups: FieldGroup[] = [];
  for (let start = 0; start < stepFields.length; start += fieldsPerGroup) {
    const run = stepFields.slice(start, start + fieldsPerGroup);
    const fields = run.filter((spec) => shown.has(spec));
    const first = run[0];
    if (first && fields.length > 0) groups.push({ key: first.key, fields });
  }
  return groups;
}
