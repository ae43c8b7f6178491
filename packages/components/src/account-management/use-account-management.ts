import type { FieldSpec, RequirementsDocument, Step, StepValues } from '@onboardkit/schema';
import { useCallback, useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { OnboardKitError } from '../api/onboard-kit-error.js';
import { fieldName } from '../onboarding-flow/field-names.js';
import { type FormValues, toFormValue } from '../onboarding-flow/form-values.js';
import type { SubmitProblem } from '../onboarding-flow/submit-problem.js';
import { type SubmitOutcome, useOnboardingFlow } from '../onboarding-flow/use-onboarding-flow.js';
import type { UseRequirementsOptions } from '../requirements/use-requirements.js';

export type UseAccountManagementOptions = UseRequirementsOptions;

export interface AccountManagementState {
  status: 'loading' | 'error' | 'ready';
  error: OnboardKitError | null;
  /** Loads the document again after a load error. */
  retry: () => void;
  document: RequirementsDocument | undefined;
  /** The document's steps, each shown as one section of details. */
  sections: Step[];
  /** The id of the section being edited, if any. */
  editing: string | undefined;
  /** Opens a section for editing; another section being edited is put back as the server holds it. */
  edit: (sectionId: string) => void;
  /** Closes the section being edited and puts its fields back as the server holds them. */
  cancel: () => void;
  /** The fields of the section being edited whose visibility conditions hold now. */
  visibleFields: FieldSpec[];
  /** The react-hook-form instance of the section being edited; names come from `fieldName(key)`. */
  form: UseFormReturn<FormValues, unknown, StepValues>;
  isSaving: boolean;
  saveProblem: SubmitProblem | undefined;
  /** Validates the section, sends what changed and closes it; the server's 422 lands on its fields. */
  save: () => Promise<SubmitOutcome>;
  /** The id of the section saved last, until another is edited: for a "saved" message. */
  saved: string | undefined;
}

/**
 * Account management without its look: what the account provided, in the
 * requirements document's steps, one section at a time editable. A save is
 * an onboarding step's submission (`useOnboardingFlow`): the same compiled
 * validation, only what changed is sent, sensitive values are replaced and
 * never read back.
 *
 * @example
 * const management = useAccountManagement();
 * management.edit('payouts'); // then render management.visibleFields and call management.save()
 * @see useAccount for the provided values as plain data
 */
export function useAccountManagement(options: UseAccountManagementOptions = {}): AccountManagementState {
  // Management shows everything held, not only what is due now.
  const flow = useOnboardingFlow({
    collectionOptions: {
      ...options.collectionOptions,
      fields: options.collectionOptions?.fields ?? 'eventually_due',
    },
  });
  const [editing, setEditing] = useState<string>();
  const [saved, setSaved] = useState<string>();
  const { form, steps, goToStep, submitStep } = flow;

  const restore = useCallback(
    (sectionId: string | undefined) => {
      const section = steps.find((step) => step.id === sectionId);
      if (!section) return;
      for (const spec of section.fields) form.setValue(fieldName(spec.key), toFormValue(spec, spec.value));
      form.clearErrors();
    },
    [steps, form],
  );

  const edit = useCallback(
    (sectionId: string) => {
      restore(editing);
      setSaved(undefined);
      setEditing(sectionId);
      // The flow validates and submits the step it stands on.
      goToStep(sectionId);
    },
    [editing, restore, goToStep],
  );

  const cancel = useCallback(() => {
    restore(editing);
    setEditing(undefined);
  }, [editing, restore]);

  const save = useCallback(async () => {
    const outcome = await submitStep();
    // The flow's save already refreshed every query of the kit the write outdates, the account's too.
    if (outcome === 'saved') {
      setSaved(editing);
      setEditing(undefined);
    }
    return outcome;
  }, [submitStep, editing]);

  const current = editing !== undefined && flow.currentStep?.id === editing;
  return {
    status: flow.status,
    error: flow.error,
    retry: flow.retry,
    document: flow.document,
    sections: steps,
    editing,
    edit,
    cancel,
    visibleFields: current ? flow.visibleFields : [],
    form,
    isSaving: flow.isSubmitting,
    saveProblem: current ? flow.submitProblem : undefined,
    save,
    saved,
  };
}
