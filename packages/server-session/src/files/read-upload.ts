import type { Context } from 'hono';
import { z } from 'zod';
import { ApiError } from '../api-error.js';
import { maxFileBytes } from '../body-limit.js';
import { type AcceptedMediaType, acceptedMediaTypes, sniffMediaType } from './sniff-media-type.js';

/** What an upload is for, as Stripe's file purposes name them. */
export const filePurposes = ['identity_document', 'additional_verification', 'account_requirement'] as const;

/** The multipart form `POST /v1/embedded/files` reads. */
export const uploadParamsSchema = z
  .object({
    file: z.file().describe('The document: PDF, JPEG or PNG, judged by its content, at most 10 MB.'),
    purpose: z.enum(filePurposes).default('identity_document'),
  })
  .meta({ id: 'UploadParams' });

/** The uploaded file as the API describes it; its id is what a file field's value holds. */
export const uploadedFileSchema = z
  .object({
    id: z.string().describe('`file_…`, to submit as the value of a file field.'),
    object: z.literal('file'),
    purpose: z.enum(filePurposes),
    type: z.enum(acceptedMediaTypes).describe('Sniffed from the content; the declared type is ignored.'),
    size: z.number().int().describe('Bytes.'),
    created: z.number().int(),
  })
  .meta({ id: 'File' });

function invalid(code: string, message: string, param?: string): ApiError {
  return new ApiError({ status: 400, type: 'invalid_request_error', code, message, param });
}

/**
 * Reads and checks an upload: a `multipart/form-data` body with a `file`
 * part and an optional `purpose`.
 *
 * @throws {ApiError} 400 for a body that is not a well-formed form, a missing
 * or empty file, an unknown purpose, or content that is not PDF, JPEG or
 * PNG; 413 `file_too_large` past 10 MB.
 */
export async function readUpload(
  c: Context,
): Promise<{ purpose: (typeof filePurposes)[number]; mediaType: AcceptedMediaType; content: Uint8Array }> {
  if (!/^multipart\/form-data\s*;/i.test(c.req.header('Content-Type') ?? '')) {
    throw invalid(
      'invalid_multipart',
      'Send the file as multipart/form-data with a `file` part (and optionally `purpose`).',
    );
  }
  let form: FormData;
  try {
    form = await c.req.raw.formData();
  } catch {
    throw invalid('invalid_multipart', 'The multipart body could not be read: check its boundary and parts.');
  }
  const file = form.get('file');
  if (!(file instanceof File))
    throw invalid('parameter_missing', 'Missing required parameter: file.', 'file');
  const purpose = z
    .enum(filePurposes)
    .default('identity_document')
    .safeParse(form.get('purpose') ?? undefined);
  if (!purpose.success) {
    throw invalid(
      'parameter_invalid',
      `Invalid purpose: must be one of ${filePurposes.join(', ')}.`,
      'purpose',
    );
  }
  if (file.size > maxFileBytes) {
    throw new ApiError({
      status: 413,
      type: 'invalid_request_error',
      code: 'file_too_large',
      message: `The file is larger than ${maxFileBytes / 1024 / 1024} MB.`,
      param: 'file',
    });
  }
  if (file.size === 0) throw invalid('parameter_invalid', 'The file is empty.', 'file');
  const content = new Uint8Array(await file.arrayBuffer());
  const mediaType = sniffMediaType(content);
  if (mediaType === null) {
    throw invalid(
      'unsupported_file_type',
      'The file is not a PDF, JPEG or PNG (judged by its content, not its name).',
      'file',
    );
  }
  return { purpose: purpose.data, mediaType, content };
}
