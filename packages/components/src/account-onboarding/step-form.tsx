import type { Step } from '@onboardkit/schema';
import { type Ref, startTransition, useEffect, useMemo, useState } from 'react';
import { FieldControl } from '../fields/field-control.js';
import { useFieldsContext } from '../fields/fields-context.js';
import { UploadTrackerContext } from '../fields/file/upload-tracker.js';
import { fieldName } from '../onboarding-flow/field-names.js';
import { problemMessages } from '../onboarding-flow/submit-problem.js';
import type { OnboardingFlow } from '../onboarding-flow/use-onboarding-flow.js';
import { ErrorSummary } from './error-summary.js';
import { groupFields } from './field-groups.js';
import { SaveButton } from './save-button.js';
import { useFormSave } from './use-form-save.js';

interface StepFormProps {
  flow: OnboardingFlow;
  step: Step;
  headingRef: Ref<HTMLHeadingElement>;
  onExit: (() => void) | undefined;
}

/** How many fields of a step render at once; the rest follow in a transition. */
const firstFields = 40;

/**
 * A long step shows its first fields at once and the rest in a transition
 * right after, so its first input is usable sooner and typing is not held up
 * while the rest arrive. Only when the step first shows: fields revealed
 * later by their conditions render at once.
 */
function useFieldsShown(count: number): number {
  const [deferring, setDeferring] = useState(() => count > firstFields);
  useEffect(() => {
    if (deferring) startTransition(() => setDeferring(false));
  }, [deferring]);
  return deferring ? Math.min(count, firstFields) : count;
}

/** One step: its fields, the error summary after a failed submit, and the way on. */
export function StepForm({ flow, step, headingRef, onExit }: StepFormProps) {
  const { locale, idPrefix } = useFieldsContext();
  const { messages } = locale;
  const { formRef, summaryRef, tracker, failedAttempts, waitingForUpload, busy, onSubmit } = useFormSave(
    flow.submitStep,
    flow.isSubmitting,
  );
  const shown = useFieldsShown(flow.visibleFields.length);
  const groups = useMemo(
    () => groupFields(step.fields, flow.visibleFields.slice(0, shown)),
    [step.fields, flow.visibleFields, shown],
  );

  const problem = flow.submitProblem;
  const extra = problemMessages(problem, messages);
  const headingId = `${idPrefix}-heading`;

  return (
    <form ref={formRef} className="okit-form" noValidate aria-labelledby={headingId} onSubmit={onSubmit}>
      <div>
        <h2 className="okit-heading" id={headingId} ref={headingRef} tabIndex={-1}>
          {step.title}
        </h2>
        {step.description ? <p className="okit-description">{step.description}</p> : null}
      </div>
      {failedAttempts > 0 || problem ? (
        <ErrorSummary
          fields={flow.visibleFields}
          form={formRef.current}
          extra={extra}
          summaryRef={summaryRef}
        />
      ) : null}
      <UploadTrackerContext.Provider value={tracker}>
        {groups.map((group) => (
          <div key={group.key} className="okit-field-group">
            {group.fields.map((spec) => (
              <FieldControl key={spec.key} spec={spec} name={fieldName(spec.key)} />
            ))}
          </div>
        ))}
      </UploadTrackerContext.Provider>
      <div className="okit-actions">
        {onExit ? (
          <button type="button" className="okit-button okit-start" onClick={onExit}>
            {messages.exit}
          </button>
        ) : null}
        {flow.stepIndex > 0 ? (
          <button type="button" className="okit-button" onClick={flow.goBack}>
            {messages.back}
          </button>
        ) : null}
        <SaveButton
          label={flow.isSubmitting ? messages.saving : messages.continue}
          busy={busy}
          waitStatus={waitingForUpload ? messages.waitingForUpload : null}
        />
      </div>
    </form>
  );
}
