import { useEffect, useRef, useState } from 'react';
import { useController } from 'react-hook-form';
import { formatMessage } from '../../i18n/format-message.js';
import type { FormValues } from '../../onboarding-flow/form-values.js';
import { FieldErrorText, FieldHelp, FieldLabel } from '../field-frame/field-frame.js';
import { describedBy } from '../field-frame/field-ids.js';
import { useFieldError } from '../field-frame/use-field-error.js';
import { useFieldIds } from '../field-frame/use-field-ids.js';
import type { FieldWidgetProps } from '../field-widget-props.js';
import { useFieldsContext } from '../fields-context.js';
import { useUploadTracker } from './upload-tracker.js';

type UploadState =
  | { kind: 'idle' }
  | { kind: 'uploading'; fileName: string; percent: number }
  | { kind: 'done'; fileName: string }
  | { kind: 'failed' };

/**
 * The session server's name for what an upload is for (Stripe's file
 * purposes), read off the field it goes in: it refuses any other.
 */
function filePurposeOf(key: string): 'identity_document' | 'additional_verification' | 'account_requirement' {
  if (key.endsWith('.additional_document')) return 'additional_verification';
  if (key.endsWith('.verification.document') && !key.startsWith('company.')) return 'identity_document';
  return 'account_requirement';
}

/**
 * A document (an id, a proof of address): uploaded as soon as it is chosen,
 * with progress; the form holds the `file_…` id the server returns. A failed
 * upload leaves the form holding the file it held before (the server's, or
 * one uploaded earlier), and the form waits for an upload in flight before it
 * saves.
 */
export function FileField({ spec, name }: FieldWidgetProps) {
  const { locale, uploadFile } = useFieldsContext();
  const { messages } = locale;
  const { field } = useController<FormValues>({ name });
  const tracker = useUploadTracker();
  const ids = useFieldIds(name);
  const error = useFieldError(name, spec);
  const [upload, setUpload] = useState<UploadState>({ kind: 'idle' });
  const abort = useRef<AbortController | null>(null);
  useEffect(() => () => abort.current?.abort(), []);
  const statusId = `${ids.id}-status`;

  /** Resolves with whether the field ended with this file (or a newer choice took over). */
  const send = async (file: File, controller: AbortController): Promise<boolean> => {
    setUpload({ kind: 'uploading', fileName: file.name, percent: 0 });
    try {
      const uploaded = await uploadFile(file, {
        purpose: filePurposeOf(spec.key),
        signal: controller.signal,
        onProgress: ({ percent }) => setUpload({ kind: 'uploading', fileName: file.name, percent }),
      });
      field.onChange(uploaded.id);
      setUpload({ kind: 'done', fileName: file.name });
      return true;
    } catch {
      if (controller.signal.aborted) return true;
      // The value stays: the file held before is still the field's, and still the server's.
      setUpload({ kind: 'failed' });
      return false;
    }
  };

  const choose = (file: File | undefined) => {
    // A picker closed without a choice leaves the upload under way alone.
    if (!file) return;
    abort.current?.abort();
    const controller = new AbortController();
    abort.current = controller;
    const sent = send(file, controller);
    tracker?.track(ids.id, sent);
  };

  const holdsFile = typeof field.value === 'string' && field.value !== '';
  // Said by screen readers as it changes: the start and the end of an upload, not each percent
  // (the bar shows those, and says them when someone reads it).
  const status =
    upload.kind === 'uploading'
      ? formatMessage(messages.uploadStarted, { name: upload.fileName })
      : upload.kind === 'done'
        ? formatMessage(messages.uploaded, { name: upload.fileName })
        : upload.kind === 'failed'
          ? holdsFile
            ? `${messages.uploadFailed} ${messages.previousFileKept}`
            : messages.uploadFailed
          : // A file the server already holds: the input cannot show it, so say so.
            holdsFile
            ? messages.provided
            : undefined;
  return (
    <div className="okit-field" data-field={spec.key}>
      <FieldLabel spec={spec} htmlFor={ids.id} />
      <FieldHelp spec={spec} ids={ids} />
      <input
        id={ids.id}
        ref={field.ref}
        name={field.name}
        className="okit-input"
        type="file"
        accept={spec.constraints?.fileTypes?.join(',')}
        onChange={(event) => choose(event.target.files?.[0])}
        onBlur={field.onBlur}
        required={spec.required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(spec.help && ids.helpId, status && statusId, error && ids.errorId)}
      />
      {upload.kind === 'uploading' ? (
        <progress
          max={100}
          value={upload.percent}
          aria-labelledby={statusId}
          aria-valuetext={formatMessage(messages.uploading, { percent: upload.percent })}
        />
      ) : null}
      <p className={upload.kind === 'failed' ? 'okit-error' : 'okit-help'} id={statusId} aria-live="polite">
        {status}
      </p>
      <FieldErrorText id={ids.errorId} message={error} />
    </div>
  );
}
