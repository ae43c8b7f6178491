import { isFieldVisible, type Step } from '@onboardkit/schema';
import { useEffect, useRef } from 'react';
import { ErrorSummary } from '../account-onboarding/error-summary.js';
import { ReviewValue } from '../account-onboarding/review-value.js';
import { SaveButton } from '../account-onboarding/save-button.js';
import { useFormSave } from '../account-onboarding/use-form-save.js';
import { FieldControl } from '../fields/field-control.js';
import { useFieldsContext } from '../fields/fields-context.js';
import { UploadTrackerContext } from '../fields/file/upload-tracker.js';
import { fieldName } from '../onboarding-flow/field-names.js';
import { problemMessages } from '../onboarding-flow/submit-problem.js';
import type { AccountManagementState } from './use-account-management.js';

interface SectionProps {
  management: AccountManagementState;
  section: Step;
  /** The wire values of the whole document, as the server holds them: visibility reads them. */
  heldValues: Readonly<Record<string, unknown>>;
}

const firstControl = 'input:not([type=hidden]),select,textarea,button';

function SectionForm({
  management,
  section,
  titleId,
}: Omit<SectionProps, 'heldValues'> & { titleId: string }) {
  const { messages } = useFieldsContext().locale;
  const { formRef, summaryRef, tracker, failedAttempts, waitingForUpload, busy, onSubmit } = useFormSave(
    management.save,
    management.isSaving,
  );
  // The person asked to edit: take them to the section's first control.
  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>(firstControl)?.focus();
  }, [formRef]);

  const problem = management.saveProblem;
  const extra = problemMessages(problem, messages);

  return (
    <form ref={formRef} className="okit-form" noValidate aria-labelledby={titleId} onSubmit={onSubmit}>
      {section.description ? <p className="okit-description">{section.description}</p> : null}
      {failedAttempts > 0 || problem ? (
        <ErrorSummary
          fields={management.visibleFields}
          form={formRef.current}
          extra={extra}
          summaryRef={summaryRef}
        />
      ) : null}
      <UploadTrackerContext.Provider value={tracker}>
        {management.visibleFields.map((spec) => (
          <FieldControl key={spec.key} spec={spec} name={fieldName(spec.key)} />
        ))}
      </UploadTrackerContext.Provider>
      <div className="okit-actions">
        <button type="button" className="okit-button" onClick={management.cancel}>
          {messages.cancel}
        </button>
        <SaveButton
          label={management.isSaving ? messages.saving : messages.save}
          busy={busy}
          waitStatus={waitingForUpload ? messages.waitingForUpload : null}
        />
      </div>
    </form>
  );
}

/**
 * One step of the document as a section of account details: what the server
 * holds (sensitive values as their mask), or, while edited, its fields.
 */
export function ManagementSection({ management, section, heldValues }: SectionProps) {
  const { locale, idPrefix } = useFieldsContext();
  const { messages } = locale;
  const editing = management.editing === section.id;
  const titleId = `${idPrefix}-section-${section.id}`;
  const editButton = useRef<HTMLButtonElement>(null);
  // Back from editing (saved or cancelled): focus returns to where it started. Not when the
  // person went on to edit another section: that section's form takes focus, and this effect,
  // running after it (children first, then siblings in order), must not take it back.
  const wasEditing = useRef(false);
  const nothingEdited = management.editing === undefined;
  useEffect(() => {
    if (wasEditing.current && !editing && nothingEdited) editButton.current?.focus();
    wasEditing.current = editing;
  }, [editing, nothingEdited]);

  return (
    <section className="okit-review-section" aria-labelledby={titleId}>
      <div className="okit-review-header">
        <h2 className="okit-review-title" id={titleId}>
          {section.title}
        </h2>
        {editing ? null : (
          <button
            ref={editButton}
            type="button"
            className="okit-button okit-button-link"
            onClick={() => management.edit(section.id)}
          >
            {messages.edit}
            <span className="okit-visually-hidden"> {section.title}</span>
          </button>
        )}
      </div>
      {editing ? (
        <SectionForm management={management} section={section} titleId={titleId} />
      ) : (
        <dl>
          {section.fields
            .filter((spec) => isFieldVisible(spec, heldValues))
            .map((spec) => (
              <div key={spec.key} className="okit-review-row">
                <dt>{spec.label}</dt>
                <dd>
                  <ReviewValue spec={spec} value={spec.value} />
                </dd>
              </div>
            ))}
        </dl>
      )}
    </section>
  );
}
