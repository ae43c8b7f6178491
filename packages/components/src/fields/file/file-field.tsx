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

type UploadState =
  | { kind: 'idle' }
  | { kind: 'uploading'; percent: number }
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
 * with progress; the form holds the `file_…` id the server returns.
 */
export function FileField({ spec, name }: FieldWidgetProps) {
  const { locale, uploadFile } = useFieldsContext();
  const { messages } = locale;
  const { field } = useController<FormValues>({ name });
  const ids = useFieldIds(name);
  const error = useFieldError(name, spec);
  const [upload, setUpload] = useState<UploadState>({ kind: 'idle' });
  const abort = useRef<AbortController | null>(null);
  useEffect(() => () => abort.current?.abort(), []);
  const statusId = `${ids.id}-status`;

  const choose = async (file: File | undefined) => {
    abort.current?.abort();
    if (!file) return;
    const controller = new AbortController();
    abort.current = controller;
    setUpload({ kind: 'uploading', percent: 0 });
    try {
      const uploaded = await uploadFile(file, {
        purpose: filePurposeOf(spec.key),
        signal: controller.signal,
        onProgress: ({ percent }) => setUpload({ kind: 'uploading', percent }),
      });
      field.onChange(uploaded.id);
      setUpload({ kind: 'done', fileName: file.name });
    } catch {
      if (controller.signal.aborted) return;
      field.onChange(undefined);
      setUpload({ kind: 'failed' });
    }
  };

  const status =
    upload.kind === 'uploading'
      ? formatMessage(messages.uploading, { percent: upload.percent })
      : upload.kind === 'done'
        ? formatMessage(messages.uploaded, { name: upload.fileName })
        : upload.kind === 'failed'
          ? messages.uploadFailed
          : // A file the server already holds: the input cannot show it, so say so.
            typeof field.value === 'string' && field.value !== ''
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
        onChange={(event) => void choose(event.target.files?.[0])}
        onBlur={field.onBlur}
        required={spec.required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(spec.help && ids.helpId, status && statusId, error && ids.errorId)}
      />
      {upload.kind === 'uploading' ? (
        <progress max={100} value={upload.percent} aria-labelledby={statusId} />
      ) : null}
      <p className={upload.kind === 'failed' ? 'okit-error' : 'okit-help'} id={statusId} aria-live="polite">
        {status}
      </p>
      <FieldErrorText id={ids.errorId} message={error} />
    </div>
  );
}
