import {
  type FieldError,
  type FieldSpec,
  isFieldVisible,
  type RequirementsDocument,
  type Step,
  type StepValues,
} from '@onboardkit/schema';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { type UseFormReturn, useForm, useWatch } from 'react-hook-form';
import { OnboardKitError } from '../api/onboard-kit-error.js';
import { useOnboardKitInternals } from '../provider/onboard-kit-provider.js';
import { queryKeys } from '../provider/query-keys.js';
import { type UseRequirementsOptions, useRequirements } from '../requirements/use-requirements.js';
import { fieldName } from './field-names.js';
import { defaultFormValues, type FormValues, toFormValue, toWireValue } from './form-values.js';
import { resumeStepIndex } from './resume-step.js';
import { applyServerErrors } from './server-errors.js';
import { createResolverTarget, createStepResolver, type ResolverTarget } from './step-resolver.js';

/** Where the flow stands: on a step (by id), on the review, or finished. */
export type FlowPosition = { kind: 'step'; stepId: string } | { kind: 'review' } | { kind: 'complete' };

/** How `submitStep` ended: saved and moved on, refused with field errors, or failed. */
export type SubmitOutcome = 'saved' | 'invalid' | 'failed';

/** A problem with the last submission that is not (only) on the fields in view. */
export interface SubmitProblem {
  /**
   * `conflict`: the document changed elsewhere (HTTP 409); `unplaced`: the server refused fields
   * not in view (another step's); `failed`: anything else (network, 5xx).
   */
  kind: 'conflict' | 'failed' | 'unplaced';
  error: OnboardKitError;
  /** Field errors for fields not on this step. */
  fieldErrors: FieldError[];
}

export interface UseOnboardingFlowOptions extends UseRequirementsOptions {
  /** Called with the step id (or `review`, `complete`) each time another screen shows. */
  onStepChange?: (event: { step: string }) => void;
  /** Called when the person finishes after the review. */
  onComplete?: () => void;
}

export interface OnboardingFlow {
  status: 'loading' | 'error' | 'ready';
  error: OnboardKitError | null;
  /** Loads the document again after a load error. */
  retry: () => void;
  /** The requirements document as the server last sent it. */
  document: RequirementsDocument | undefined;
  /** Its steps, narrowed by `collectionOptions.requirements`. */
  steps: Step[];
  position: FlowPosition | undefined;
  /** The step in view, on the `step` position. */
  currentStep: Step | undefined;
  /** 0-based index of the step in view; `steps.length` on the review and after. */
  stepIndex: number;
  /** The fields of the step in view whose visibility conditions hold now. */
  visibleFields: FieldSpec[];
  /** The react-hook-form instance: field names come from `fieldName(key)`. */
  form: UseFormReturn<FormValues, unknown, StepValues>;
  isSubmitting: boolean;
  submitProblem: SubmitProblem | undefined;
  /** Validates the step, sends what changed, refetches the document and moves on. */
  submitStep: () => Promise<SubmitOutcome>;
  goBack: () => void;
  goToStep: (stepId: string) => void;
  /** From the review: ends the flow and calls `onComplete`. */
  finish: () => void;
  /** The wire value of any field of the document, as the form holds it now. */
  wireValueOf: (spec: FieldSpec) => unknown;
}

function problemOf(error: unknown, fieldErrors: FieldError[] = []): SubmitProblem {
  const known =
    error instanceof OnboardKitError
      ? error
      : new OnboardKitError({ type: 'api_error', message: String(error), cause: error });
  return { kind: known.status === 409 ? 'conflict' : 'failed', error: known, fieldErrors };
}

/** The wire field errors of a refused submission: its `errors[]`, or its single `param`. */
function fieldErrorsOf(error: OnboardKitError): FieldError[] {
  if (error.errors.length > 0) return error.errors;
  return error.param === undefined
    ? []
    : [{ param: error.param, code: error.code ?? 'invalid', message: error.message }];
}

/**
 * The onboarding flow without its look: the document's steps, a
 * react-hook-form validated by the compiled schema of the step in view,
 * per-step submission with the server's errors put on their fields, resume
 * at the first step with something due, and a review before finishing.
 *
 * @example
 * const flow = useOnboardingFlow({ onComplete: () => navigate('/done') });
 * if (flow.status !== 'ready') return <Spinner />;
 * // render flow.visibleFields with flow.form.register(fieldName(field.key)), then flow.submitStep()
 */
export function useOnboardingFlow(options: UseOnboardingFlowOptions = {}): OnboardingFlow {
  const { api, queryClient } = useOnboardKitInternals();
  const requirements = useRequirements({ collectionOptions: options.collectionOptions });
  const { document, steps } = requirements;
  const [position, setPosition] = useState<FlowPosition>();
  const [submitProblem, setSubmitProblem] = useState<SubmitProblem>();

  // Every field of the document, not only the narrowed steps': a field asked alone (the SSN a
  // banner sends the person to) may be visible only for a business type asked on another step.
  const allFields = useMemo(() => (document?.steps ?? []).flatMap((step) => step.fields), [document]);
  const stepIndex =
    position?.kind === 'step'
      ? Math.max(
          0,
          steps.findIndex((step) => step.id === position.stepId),
        )
      : steps.length;
  const currentStep = position?.kind === 'step' ? steps[stepIndex] : undefined;

  const target = useMemo<ResolverTarget | undefined>(
    () =>
      currentStep && document
        ? createResolverTarget(currentStep.fields, allFields, document.country)
        : undefined,
    [currentStep, allFields, document],
  );
  const targetRef = useRef(target);
  targetRef.current = target;
  const [resolver] = useState(() => createStepResolver(() => targetRef.current));
  const form = useForm<FormValues, unknown, StepValues>({
    resolver,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
    // The component moves focus itself, in document order, after the summary renders.
    shouldFocusError: false,
  });

  // Seed the form once with what the server holds and resume where the account
  // left off; fields that appear in later documents are seeded as they come.
  // What changed is judged against the document, so the form's own default
  // values matter only for this first reset.
  const seeded = useRef<Set<string> | null>(null);
  useEffect(() => {
    if (!document) return;
    if (seeded.current === null) {
      seeded.current = new Set(allFields.map((spec) => spec.key));
      form.reset(defaultFormValues(document.steps));
      const wire = Object.fromEntries(allFields.map((spec) => [spec.key, spec.value]));
      const resume = resumeStepIndex(steps, requirements.query.collect, wire);
      const resumeStep = steps[resume];
      setPosition(resumeStep ? { kind: 'step', stepId: resumeStep.id } : { kind: 'review' });
      return;
    }
    for (const spec of allFields) {
      if (seeded.current.has(spec.key)) continue;
      seeded.current.add(spec.key);
      form.setValue(fieldName(spec.key), toFormValue(spec, spec.value));
    }
  }, [document, steps, allFields, form, requirements.query.collect]);

  const positionKey = position?.kind === 'step' ? position.stepId : position?.kind;
  const onStepChange = useRef(options.onStepChange);
  onStepChange.current = options.onStepChange;
  useEffect(() => {
    if (positionKey !== undefined) onStepChange.current?.({ step: positionKey });
  }, [positionKey]);

  // Visibility conditions read other fields: watch only those, not every keystroke.
  const conditionKeys = useMemo(
    () => [
      ...new Set(allFields.flatMap((spec) => (spec.visibleWhen ?? []).map((condition) => condition.field))),
    ],
    [allFields],
  );
  const conditionNames = useMemo(() => conditionKeys.map(fieldName), [conditionKeys]);
  const watched = useWatch({ control: form.control, name: conditionNames });
  const fieldsByKey = useMemo(() => new Map(allFields.map((spec) => [spec.key, spec])), [allFields]);
  const conditionValues = useMemo(() => {
    const values: Record<string, unknown> = {};
    conditionKeys.forEach((key, index) => {
      const spec = fieldsByKey.get(key);
      values[key] = spec ? toWireValue(spec, watched[index]) : undefined;
    });
    return values;
  }, [conditionKeys, fieldsByKey, watched]);
  const visibleFields = useMemo(
    () => (currentStep?.fields ?? []).filter((spec) => isFieldVisible(spec, conditionValues)),
    [currentStep, conditionValues],
  );

  const moveTo = useCallback(
    (next: FlowPosition) => {
      setSubmitProblem(undefined);
      // One form serves every step: each screen starts unsubmitted and without errors, or
      // react-hook-form, counting the form as submitted, would validate on every change there
      // (a person just added would show every one of their empty fields as required).
      form.reset(undefined, {
        keepValues: true,
        keepDefaultValues: true,
        keepDirty: true,
        keepTouched: true,
        keepErrors: false,
        keepIsSubmitted: false,
      });
      setPosition(next);
    },
    [form],
  );

  const advance = useCallback(() => {
    const next = steps[stepIndex + 1];
    moveTo(next ? { kind: 'step', stepId: next.id } : { kind: 'review' });
  }, [steps, stepIndex, moveTo]);

  const submitStep = useCallback(async (): Promise<SubmitOutcome> => {
    if (!currentStep || !document) return 'invalid';
    setSubmitProblem(undefined);
    // Widened: TypeScript does not see the callback below assign it.
    let outcome = 'invalid' as SubmitOutcome;
    await form.handleSubmit(async (values) => {
      // Send only what differs from what the server holds: a step revisited unchanged writes nothing.
      const changed: StepValues = {};
      for (const spec of currentStep.fields) {
        const value = values[spec.key];
        if (value === undefined) continue;
        const held = toWireValue(spec, toFormValue(spec, spec.value));
        if (JSON.stringify(value) !== JSON.stringify(held)) changed[spec.key] = value;
      }
      try {
        if (Object.keys(changed).length > 0) {
          await api.submit(changed, document.version);
          await queryClient.refetchQueries({ queryKey: queryKeys.requirements(requirements.query) });
        }
      } catch (error) {
        if (error instanceof OnboardKitError && error.status === 422) {
          const unplaced = applyServerErrors(form.setError, currentStep.fields, fieldErrorsOf(error));
          if (unplaced.length > 0) setSubmitProblem({ kind: 'unplaced', error, fieldErrors: unplaced });
          outcome = 'invalid';
          return;
        }
        if (error instanceof OnboardKitError && error.status === 409) {
          // Someone else wrote first: show their version, keep what was typed here.
          await queryClient.refetchQueries({ queryKey: queryKeys.requirements(requirements.query) });
        }
        setSubmitProblem(problemOf(error));
        outcome = 'failed';
        return;
      }
      // Start the step over from what the server now holds: new persons carry their ids,
      // and sensitive values show as masks while the browser forgets them.
      const saved = queryClient.getQueryData<RequirementsDocument>(
        queryKeys.requirements(requirements.query),
      );
      const savedFields = new Map(
        saved?.steps.flatMap((step) => step.fields.map((spec) => [spec.key, spec])),
      );
      for (const spec of currentStep.fields) {
        const fresh = savedFields.get(spec.key) ?? spec;
        form.setValue(fieldName(spec.key), toFormValue(fresh, fresh.value));
      }
      outcome = 'saved';
    })();
    // Only once handleSubmit is done: it marks the form submitted after this callback returns,
    // and the next step must start unsubmitted.
    if (outcome === 'saved') advance();
    return outcome;
  }, [currentStep, document, form, api, queryClient, requirements.query, advance]);

  const goBack = useCallback(() => {
    if (position?.kind === 'review' || position?.kind === 'complete') {
      const last = steps.at(-1);
      if (last) moveTo({ kind: 'step', stepId: last.id });
      return;
    }
    const previous = steps[stepIndex - 1];
    if (previous) moveTo({ kind: 'step', stepId: previous.id });
  }, [position, steps, stepIndex, moveTo]);

  const goToStep = useCallback((stepId: string) => moveTo({ kind: 'step', stepId }), [moveTo]);

  const onComplete = useRef(options.onComplete);
  onComplete.current = options.onComplete;
  const finish = useCallback(() => {
    moveTo({ kind: 'complete' });
    onComplete.current?.();
  }, [moveTo]);

  const wireValueOf = useCallback(
    (spec: FieldSpec) => toWireValue(spec, form.getValues(fieldName(spec.key))),
    [form],
  );

  const status =
    requirements.status === 'error' && !document
      ? 'error'
      : document && position !== undefined
        ? 'ready'
        : 'loading';
  return {
    status,
    error: requirements.error,
    retry: () => void requirements.refetch(),
    document,
    steps,
    position,
    currentStep,
    stepIndex,
    visibleFields,
    form,
    isSubmitting: form.formState.isSubmitting,
    submitProblem,
    submitStep,
    goBack,
    goToStep,
    finish,
    wireValueOf,
  };
}
