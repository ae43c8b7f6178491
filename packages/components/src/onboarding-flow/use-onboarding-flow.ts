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
import { selectSteps } from '../requirements/collection-options.js';
import { type UseRequirementsOptions, useRequirements } from '../requirements/use-requirements.js';
import { refetchAfterWrite, storeWrittenDocument } from '../requirements/written-document.js';
import { fieldName } from './field-names.js';
import { defaultFormValues, type FormValues, toWireValue, toWireValues } from './form-values.js';
import { type HeldValues, takeSavedValues, takeServerValues } from './held-values.js';
import { resumeStepIndex } from './resume-step.js';
import { applyServerErrors } from './server-errors.js';
import { stepAfter, stepInPlaceOf } from './step-order.js';
import { createResolverTarget, createStepResolver, type ResolverTarget } from './step-resolver.js';
import { changedStepValues } from './submission-values.js';
import { problemOf, type SubmitProblem } from './submit-problem.js';

/** Where the flow stands: on a step (by id), on the review, or finished. */
export type FlowPosition = { kind: 'step'; stepId: string } | { kind: 'review' } | { kind: 'complete' };

/** How `submitStep` ended: saved and moved on, refused with field errors, or failed. */
export type SubmitOutcome = 'saved' | 'invalid' | 'failed';

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
  /**
   * Validates the step, sends what the person changed on it (an emptied
   * optional value as `null`, which clears it), takes the document the
   * server answers with and moves on to the step that follows in it. Called
   * again while a submission is in flight, it returns that submission's
   * promise rather than send the same values twice.
   */
  submitStep: () => Promise<SubmitOutcome>;
  goBack: () => void;
  /** Shows the step `stepId`; an id not among `steps` is ignored. */
  goToStep: (stepId: string) => void;
  /** From the review: ends the flow and calls `onComplete`. */
  finish: () => void;
  /** The wire value of any field of the document, as the form holds it now. */
  wireValueOf: (spec: FieldSpec) => unknown;
}

/** A position, with the step ids in order as they were when it was taken (see `step-order.ts`). */
interface Place {
  position: FlowPosition;
  order: readonly string[];
}

/** Where `place` stands among `steps` now: its step, or the one now in its place when it is gone. */
function positionAmong(place: Place | undefined, steps: readonly Step[]): FlowPosition | undefined {
  if (place?.position.kind !== 'step') return place?.position;
  const { stepId } = place.position;
  const step = stepInPlaceOf(stepId, place.order, steps);
  if (!step) return { kind: 'review' };
  return step.id === stepId ? place.position : { kind: 'step', stepId: step.id };
}

function specsOf(document: RequirementsDocument | undefined): Map<string, FieldSpec> {
  return new Map(document?.steps.flatMap((step) => step.fields.map((spec) => [spec.key, spec] as const)));
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
  const [place, setPlace] = useState<Place>();
  const [submitProblem, setSubmitProblem] = useState<SubmitProblem>();
  const stepIds = useMemo(() => steps.map((step) => step.id), [steps]);
  // A newer document may lack the step in view: the flow stands on the step now in its place.
  const position = useMemo(() => positionAmong(place, steps), [place, steps]);
  useEffect(() => {
    if (place && position && position !== place.position) setPlace({ position, order: stepIds });
  }, [place, position, stepIds]);

  // Every field of the document, not only the narrowed steps': a field asked alone (the SSN a
  // banner sends the person to) may be visible only for a business type asked on another step.
  const allFields = useMemo(() => (document?.steps ?? []).flatMap((step) => step.fields), [document]);
  const stepIndex =
    position?.kind === 'step' ? steps.findIndex((step) => step.id === position.stepId) : steps.length;
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

  // Seed the form with what the server holds and resume where the account left off. Each
  // later document updates the fields the person has not changed, so what the form shows
  // and sends never brings back a value written elsewhere meanwhile (see `held-values.ts`).
  const held = useRef<HeldValues | null>(null);
  useEffect(() => {
    if (!document) return;
    if (held.current === null) {
      const values = defaultFormValues(document.steps);
      held.current = new Map(allFields.map((spec) => [spec.key, values[fieldName(spec.key)]]));
      // As values, not as the form's default values: react-hook-form shows a field's default
      // wherever its value is undefined, and a value cleared on the server since must show empty,
      // not as it was at first. `held` is what changes are judged against.
      form.reset(values, { keepDefaultValues: true });
      const wire = Object.fromEntries(allFields.map((spec) => [spec.key, spec.value]));
      const resume = resumeStepIndex(steps, requirements.query.collect, wire);
      const resumeStep = steps[resume];
      setPlace({
        position: resumeStep ? { kind: 'step', stepId: resumeStep.id } : { kind: 'review' },
        order: steps.map((step) => step.id),
      });
      return;
    }
    takeServerValues(allFields, held.current, form.getValues(), (name, value) => form.setValue(name, value));
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
    (next: FlowPosition, order: readonly string[] = stepIds) => {
      setSubmitProblem(undefined);
      // One form serves every step: each screen starts unsubmitted and without errors, or
      // react-hook-form, counting the form as submitted, would validate on every change there
      // (a person just added would show every one of their empty fields as required).
      // The values passed, though kept, tell react-hook-form the form is mounted with values:
      // a person list mounting next reads them rather than the (empty) default values.
      form.reset(form.getValues(), {
        keepValues: true,
        keepDefaultValues: true,
        keepDirty: true,
        keepTouched: true,
        keepErrors: false,
        keepIsSubmitted: false,
      });
      setPlace({ position: next, order });
    },
    [form, stepIds],
  );

  // Narrowing a document the save answered with as `useRequirements` narrows the one it reads.
  const selection = useRef(options.collectionOptions?.requirements);
  selection.current = options.collectionOptions?.requirements;
  const ownQuery = useRef(requirements.query);
  ownQuery.current = requirements.query;
  const ownKey = useRef(queryKeys.requirements(requirements.query));
  ownKey.current = queryKeys.requirements(requirements.query);

  const submitOnce = useCallback(async (): Promise<SubmitOutcome> => {
    const heldValues = held.current;
    if (!currentStep || !document || !heldValues) return 'invalid';
    setSubmitProblem(undefined);
    // Widened: TypeScript does not see the callback below assign them.
    let outcome = 'invalid' as SubmitOutcome;
    let saved = undefined as
      | { written: RequirementsDocument; own: RequirementsDocument | undefined }
      | undefined;
    await form.handleSubmit(async (checked) => {
      // Only what the person changed: a step revisited unchanged writes nothing, and a value
      // written elsewhere since the form took it is not written back.
      const formValues = form.getValues();
      const wire = toWireValues(allFields, formValues);
      const changed = changedStepValues(currentStep.fields, checked, formValues, wire, heldValues);
      try {
        if (Object.keys(changed).length > 0) {
          // Asked for this flow's own query, the answer replaces its document without a second read.
          const written = await api.submit(changed, document.version, ownQuery.current);
          saved = { written, own: await storeWrittenDocument(queryClient, written, ownKey.current) };
        }
      } catch (error) {
        if (error instanceof OnboardKitError && error.status === 422) {
          const unplaced = applyServerErrors(form.setError, currentStep.fields, fieldErrorsOf(error));
          if (unplaced.length > 0) setSubmitProblem({ kind: 'unplaced', error, fieldErrors: unplaced });
          outcome = 'invalid';
          return;
        }
        if (error instanceof OnboardKitError && error.status === 409) {
          // Someone else wrote first: show their values where nothing was changed here, keep the rest.
          await refetchAfterWrite(queryClient);
        }
        setSubmitProblem(problemOf(error));
        outcome = 'failed';
        return;
      }
      outcome = 'saved';
    })();
    if (outcome !== 'saved') return outcome;
    // Only once handleSubmit is done: it marks the form submitted after this callback returns,
    // and the next step must start unsubmitted. From here on nothing awaits, so the step's new
    // values and the next step show together.
    if (saved) {
      const { written, own } = saved;
      // The answer's values for the step, else (a field only another query asks) the refetched
      // document's; a refetch that failed brings nothing newer than the save.
      const upToDate = own && own.version >= written.version ? specsOf(own) : new Map<string, FieldSpec>();
      for (const [key, spec] of specsOf(written)) upToDate.set(key, spec);
      takeSavedValues(currentStep.fields, upToDate, heldValues, form.getValues(), (name, value) =>
        form.setValue(name, value),
      );
    }
    // The step after this one in the document as the save left it, which may have other steps.
    const after = saved?.own ? selectSteps(saved.own, selection.current) : steps;
    const next = stepAfter(currentStep.id, stepIds, after);
    moveTo(
      next ? { kind: 'step', stepId: next.id } : { kind: 'review' },
      after.map((step) => step.id),
    );
    return outcome;
  }, [currentStep, document, form, api, queryClient, allFields, steps, stepIds, moveTo]);

  // One submission at a time: a second call (a double click, a platform's own retry) would send
  // the same values with the same version, and its 409 would show as a conflict on the next step.
  const inFlight = useRef<Promise<SubmitOutcome> | undefined>(undefined);
  const submitStep = useCallback((): Promise<SubmitOutcome> => {
    if (inFlight.current) return inFlight.current;
    const submission = submitOnce().finally(() => {
      inFlight.current = undefined;
    });
    inFlight.current = submission;
    return submission;
  }, [submitOnce]);

  const goBack = useCallback(() => {
    if (position?.kind === 'review' || position?.kind === 'complete') {
      const last = steps.at(-1);
      if (last) moveTo({ kind: 'step', stepId: last.id });
      return;
    }
    const previous = steps[stepIndex - 1];
    if (previous) moveTo({ kind: 'step', stepId: previous.id });
  }, [position, steps, stepIndex, moveTo]);

  const goToStep = useCallback(
    (stepId: string) => {
      if (stepIds.includes(stepId)) moveTo({ kind: 'step', stepId });
    },
    [stepIds, moveTo],
  );

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
