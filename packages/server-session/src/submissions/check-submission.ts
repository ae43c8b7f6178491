import {
  type FieldError,
  type FieldSpec,
  type FieldValue,
  personValueSchema,
  type RequirementsDocument,
  validateSubmission,
} from '@onboardkit/schema';
import { localizeFieldErrors } from '../requirements/locales/localize-field-errors.js';
import { failingDocumentToken, successfulDocumentToken } from '../verification/document-decisions.js';

const testFileTokens = new Set([successfulDocumentToken, failingDocumentToken]);

export interface SubmissionRules {
  /** Keys this caller may not write although the account collects them, with why. */
  refusedKeys: ReadonlyMap<string, string>;
  /** The ids of the files this account uploaded. */
  accountFileIds: ReadonlySet<string>;
  now: Date;
  locale: string;
}

/**
 * Every problem with `values` against the account's submission document, in
 * `locale`: the schema's field checks (`validateSubmission`, the same the
 * browser runs), keys outside the collectable set, keys this caller may not
 * write, and file ids that are not this account's uploads. Empty when the
 * submission may be applied.
 */
export function checkSubmission(
  document: RequirementsDocument,
  values: Readonly<Record<string, FieldValue>>,
  rules: SubmissionRules,
): FieldError[] {
  const errors: FieldError[] = [];
  const refused = new Set<string>();
  for (const key of Object.keys(values)) {
    const reason = rules.refusedKeys.get(key);
    if (reason === undefined) continue;
    refused.add(key);
    errors.push({ param: key, code: 'unknown_field', message: reason });
  }
  const checked = Object.fromEntries(Object.entries(values).filter(([key]) => !refused.has(key)));
  const verdict = validateSubmission(document, checked, { now: () => rules.now });
  errors.push(...localizeFieldErrors(verdict.errors, rules.locale));
  const invalid = new Set(errors.map((error) => error.param));
  const specs = new Map(document.steps.flatMap((step) => step.fields).map((spec) => [spec.key, spec]));
  for (const [key, value] of Object.entries(checked)) {
    const spec = specs.get(key);
    if (invalid.has(key) || spec === undefined) continue;
    if (fileIdsIn(spec, value).some((id) => !testFileTokens.has(id) && !rules.accountFileIds.has(id))) {
      errors.push(
        ...localizeFieldErrors(
          [{ param: key, code: 'invalid_file', message: 'Upload the file again.' }],
          rules.locale,
        ),
      );
    }
  }
  return errors;
}

/** The file ids a value names: the value of a `file` field, or the file fields of each person in a list. */
function fileIdsIn(spec: FieldSpec, value: FieldValue): string[] {
  if (spec.type === 'file') return typeof value === 'string' ? [value] : [];
  if (spec.type !== 'person_list' || !Array.isArray(value)) return [];
  const fileKeys = new Set(
    (spec.personList?.fields ?? []).filter((field) => field.type === 'file').map((field) => field.key),
  );
  const ids: string[] = [];
  for (const person of value) {
    const parsed = personValueSchema.safeParse(person);
    if (!parsed.success) continue;
    for (const [key, fieldValue] of Object.entries(parsed.data.values)) {
      if (fileKeys.has(key) && typeof fieldValue === 'string') ids.push(fieldValue);
    }
  }
  return ids;
}
