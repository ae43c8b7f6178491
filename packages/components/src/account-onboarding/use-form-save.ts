import { type FormEvent, type RefObject, useEffect, useRef, useState } from 'react';
import { type UploadTracker, useUploadsBeforeSave } from '../fields/file/upload-tracker.js';
import type { SubmitOutcome } from '../onboarding-flow/use-onboarding-flow.js';
import { focusFirstInvalid } from './focus-field.js';

export interface FormSave {
  formRef: RefObject<HTMLFormElement | null>;
  summaryRef: RefObject<HTMLDivElement | null>;
  /** The file fields of the form report their uploads here (`UploadTrackerContext`). */
  tracker: UploadTracker;
  /** How many saves did not go through: the error summary shows from the first. */
  failedAttempts: number;
  /** Waiting for an upload before saving: say so beside the button. */
  waitingForUpload: boolean;
  /** Saving or waiting to: the button takes no second press. */
  busy: boolean;
  onSubmit: (event: FormEvent<HTMLFormElement>) => Promise<void>;
}

/**
 * The submit of a step or of a section: waits for the uploads under way
 * (saving before them would send the old file, then abort the new one), then
 * saves. Focus goes where the person needs it next: to the first invalid
 * field, or to the error summary when no field is to blame (the connection
 * failed, someone else saved first), as WAI's form tutorials suggest; to an
 * upload that failed while the form waited. The button stays focusable while
 * busy (`aria-disabled`), so focus never drops to the page.
 */
export function useFormSave(save: () => Promise<SubmitOutcome>, isSaving: boolean): FormSave {
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const [failedAttempts, setFailedAttempts] = useState(0);
  const uploads = useUploadsBeforeSave();
  // Set at once, not on the next render: a second Enter in the same frame must not save twice.
  const submitting = useRef(false);

  useEffect(() => {
    if (failedAttempts > 0 && !focusFirstInvalid(formRef.current)) summaryRef.current?.focus();
  }, [failedAttempts]);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (submitting.current) return;
    submitting.current = true;
    try {
      const failedUploads = await uploads.waitForUploads();
      const failedInput = failedUploads[0];
      if (failedInput !== undefined) {
        formRef.current?.querySelector<HTMLElement>(`#${CSS.escape(failedInput)}`)?.focus();
        return;
      }
      const outcome = await save();
      if (outcome !== 'saved') setFailedAttempts((count) => count + 1);
    } finally {
      submitting.current = false;
    }
  };

  return {
    formRef,
    summaryRef,
    tracker: uploads.tracker,
    failedAttempts,
    waitingForUpload: uploads.waiting,
    busy: uploads.waiting || isSaving,
    onSubmit,
  };
}
