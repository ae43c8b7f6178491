import type { CollectMode, Requirements } from '@onboardkit/schema';
import type { RequirementsEvaluation } from '../compute-requirements.js';
import { fieldKeyOf, roleOfKey, splitPersonKey } from '../requirement-key.js';
import type { FieldContext } from './field-context.js';
import type { StatusSources } from './field-status.js';

/** Everything the field collectors read for one (possibly hypothetical) business type. */
export interface BuildInputs {
  context: FieldContext;
  evaluation: RequirementsEvaluation;
  /** The evaluation's requirements with error reasons in the document's locale. */
  requirements: Requirements;
  /** The requirement keys the document collects under its collect mode. */
  due: ReadonlySet<string>;
  collect: CollectMode;
  /** The account-level requirement keys of each field (`individual.dob` → its day, month and year). */
  keysByField: ReadonlyMap<string, readonly string[]>;
  status: StatusSources;
  /** Only these fields are built (`DocumentOptions.onlyFields`); all when `undefined`. */
  onlyFields: ReadonlySet<string> | undefined;
}

/** Whether the document being built includes the field `key` (see `onlyFields`). */
export function buildsField(inputs: BuildInputs, key: string): boolean {
  return inputs.onlyFields === undefined || inputs.onlyFields.has(key);
}

/** Whether a requirement key is about persons (`person_…`, `owners.…`, `relationship.owner`) rather than a field. */
export function isPersonRequirement(key: string): boolean {
  return roleOfKey(key) !== null || splitPersonKey(key) !== null;
}

/** Whether a requirement key is due now, not only eventually: it decides `required`. */
export function isDueNow(inputs: BuildInputs, key: string): boolean {
  const timing = inputs.evaluation.entries.get(key)?.timing.kind;
  return timing === 'initial' || timing === 'follow_up' || inputs.status.currentlyDue.has(key);
}

/** Groups the account-level requirement keys of an evaluation by the field that collects them. */
export function keysByFieldOf(evaluation: RequirementsEvaluation): Map<string, string[]> {
  const byField = new Map<string, string[]>();
  for (const key of evaluation.entries.keys()) {
    if (isPersonRequirement(key)) continue;
    const field = fieldKeyOf(key);
    const keys = byField.get(field);
    if (keys) keys.push(key);
    else byField.set(field, [key]);
  }
  return byField;
}
