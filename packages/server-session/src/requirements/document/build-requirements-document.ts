import type { CollectMode, Condition, FieldSpec, RequirementsDocument } from '@onboardkit/schema';
import { type AccountState, type BusinessType, businessTypes } from '../account-state.js';
import { evaluateRequirements } from '../compute-requirements.js';
import { countryRules } from '../countries/all-countries.js';
import { createTranslator, resolveLocale } from '../locales/translate.js';
import { requirementErrors } from '../requirement-errors.js';
import { personListKeys } from '../requirement-key.js';
import { accountFieldSpecs, accountFieldWithStatus } from './account-field-specs.js';
import { type BuildInputs, keysByFieldOf } from './build-inputs.js';
import type { FieldContext } from './field-context.js';
import { statusSourcesOf } from './field-status.js';
import { personListSpecs } from './person-list-specs.js';
import { layoutSteps } from './step-layout.js';

/** How to build a document: what the HTTP layer takes from the query string, plus the clock and version. */
export interface DocumentOptions {
  /** Any BCP 47 tag; served in en, fr, de, es or ja, else English. */
  locale: string;
  collect: CollectMode;
  /** `include` also collects what the time and volume rules will ask (Stripe's `future_requirements`). */
  futureRequirements: 'omit' | 'include';
  /** Unix seconds. */
  now: number;
  /** The store's version of the account; a submission naming an older one is refused. */
  version: number;
  /**
   * Builds only the fields with these keys (to check a submission of them):
   * every other field is left out, and each one built is the spec the full
   * document has. All fields when absent.
   */
  onlyFields?: ReadonlySet<string>;
}

const personLists = new Set(Object.values(personListKeys));

/** Fields that belong to one business type only, and so show only when it is chosen. */
function typeSpecific(key: string): boolean {
  return key.startsWith('individual.') || key.startsWith('company.') || personLists.has(key);
}

function businessTypeCondition(types: readonly BusinessType[]): Condition {
  const [only] = types;
  return types.length === 1 && only !== undefined
    ? { field: 'business_type', operator: 'equals', value: only }
    : { field: 'business_type', operator: 'in', value: [...types] };
}

/** What the field collectors need for `state` (the real one, or a hypothetical business type). */
function inputsFor(
  state: AccountState,
  options: DocumentOptions,
  context: Omit<FieldContext, 'state'>,
): BuildInputs {
  const evaluation = evaluateRequirements(state, { now: options.now });
  const { requirements, future_requirements } = evaluation.result;
  const include = options.futureRequirements === 'include';
  const due = new Set(
    options.collect === 'currently_due'
      ? [...requirements.currently_due, ...(include ? future_requirements.currently_due : [])]
      : [...requirements.eventually_due, ...(include ? future_requirements.eventually_due : [])],
  );
  return {
    context: { ...context, state },
    evaluation,
    requirements: {
      ...requirements,
      errors: requirementErrors(
        evaluation.effects.failures,
        new Set(requirements.eventually_due),
        context.translate,
      ),
    },
    due,
    collect: options.collect,
    keysByField: keysByFieldOf(evaluation),
    onlyFields: options.onlyFields,
    status: statusSourcesOf(requirements, evaluation.effects.verified),
  };
}

function fieldsOf(inputs: BuildInputs): FieldSpec[] {
  return [...accountFieldSpecs(inputs), ...personListSpecs(inputs)];
}

/**
 * Merges the fields of each candidate business type: the first spec of a key
 * wins, and a field of only some types shows only when one of them is chosen.
 */
function mergeCandidates(
  candidates: ReadonlyArray<{ type: BusinessType; fields: FieldSpec[] }>,
): FieldSpec[] {
  const merged = new Map<string, { spec: FieldSpec; types: BusinessType[] }>();
  for (const { type, fields } of candidates) {
    for (const spec of fields) {
      const seen = merged.get(spec.key);
      if (seen) seen.types.push(type);
      else merged.set(spec.key, { spec, types: [type] });
    }
  }
  return [...merged.values()].map(({ spec, types }) =>
    typeSpecific(spec.key)
      ? { ...spec, visibleWhen: [...(spec.visibleWhen ?? []), businessTypeCondition(types)] }
      : spec,
  );
}

/**
 * The requirements document of an account: the requirements hash and the
 * ordered steps that collect what is due under `collect`, in `locale`, each
 * field with its status, errors, current value (or mask) and constraints.
 * While no business type is chosen, the fields of every type are included,
 * each shown only for its type (`visibleWhen`).
 *
 * @example
 * const document = buildRequirementsDocument(state, { locale: 'fr', collect: 'currently_due', futureRequirements: 'omit', now, version });
 * requirementsDocumentSchema.parse(document); // passes
 */
export function buildRequirementsDocument(
  state: AccountState,
  options: DocumentOptions,
): RequirementsDocument {
  const locale = resolveLocale(options.locale);
  const translate = createTranslator(locale);
  const rules = countryRules[state.country];
  const context = { country: state.country, rules, locale, translate };
  const actual = inputsFor(state, options, context);
  const candidates: readonly BusinessType[] =
    state.business_type === null ? businessTypes : [state.business_type];
  const merged = mergeCandidates(
    candidates.map((type) => ({
      type,
      fields:
        type === state.business_type
          ? fieldsOf(actual)
          : fieldsOf(inputsFor({ ...state, business_type: type }, options, context)),
    })),
  );
  // The business type itself is the real one, not a candidate's.
  const businessType = accountFieldWithStatus(actual, 'business_type');
  const fields = merged.map((spec) => (spec.key === 'business_type' && businessType ? businessType : spec));
  const { future_requirements } = actual.evaluation.result;
  return {
    object: 'requirements_document',
    account: state.id,
    country: state.country,
    business_type: state.business_type,
    locale,
    version: options.version,
    collect: options.collect,
    requirements: actual.requirements,
    future_requirements: options.futureRequirements === 'include' ? future_requirements : null,
    steps: layoutSteps(fields, translate),
  };
}
