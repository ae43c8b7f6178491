import type { CollectMode, RequirementsDocument, Step } from '@onboardkit/schema';

/** Which requirements a component collects, with Stripe's `collectionOptions` shape. */
export interface CollectionOptions {
  /** `currently_due` (default) asks only what is needed now; `eventually_due` also what will be. */
  fields?: CollectMode;
  /** Whether to also ask for requirements that take effect later. */
  futureRequirements?: 'omit' | 'include';
  /** Restricts the fields asked, by key (`individual.dob`) or requirement (`individual.dob.day`). */
  requirements?: { only: string[] } | { exclude: string[] };
}

/** Whether a requirement names the field or a part of it: `individual.dob.day` names `individual.dob`. */
function names(requirement: string, fieldKey: string) {
  return (
    requirement === fieldKey ||
    requirement.startsWith(`${fieldKey}.`) ||
    fieldKey.startsWith(`${requirement}.`)
  );
}

/**
 * The document's steps with only the fields `requirements.only`/`exclude`
 * allow; steps left with no field are dropped.
 */
export function selectSteps(
  document: Pick<RequirementsDocument, 'steps'>,
  requirements: CollectionOptions['requirements'],
): Step[] {
  if (!requirements) return document.steps;
  const keep =
    'only' in requirements
      ? (key: string) => requirements.only.some((requirement) => names(requirement, key))
      : (key: string) => !requirements.exclude.some((requirement) => names(requirement, key));
  return document.steps
    .map((step) => ({ ...step, fields: step.fields.filter((field) => keep(field.key)) }))
    .filter((step) => step.fields.length > 0);
}
