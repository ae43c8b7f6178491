import {
  type CollectMode,
  maskSchema,
  type RequirementsDocument,
  requirementsDocumentSchema,
  type StepValues,
} from '@onboardkit/schema';
import * as z from 'zod/mini';
import type { ApiClient } from './api-client.js';
import { OnboardKitError } from './onboard-kit-error.js';
import type { UploadProgress } from './upload-with-progress.js';

/** What `GET /v1/embedded/session` says about the session in hand. */
const accountSessionSchema = z.looseObject({
  account: z.string(),
  expires_at: z.optional(z.number()),
  components: z.optional(
    z.record(
      z.string(),
      z.looseObject({ enabled: z.boolean(), features: z.optional(z.record(z.string(), z.unknown())) }),
    ),
  ),
});

export type AccountSession = z.infer<typeof accountSessionSchema>;

const valuesSchema = z.record(z.string(), z.unknown());
const masksSchema = z.record(z.string(), maskSchema);

/**
 * What `GET /v1/embedded/account` says has been provided: values by field
 * key, sensitive ones only as masks, and the account's persons. Loose, so
 * the server may send more (`version`, `tos_acceptance`, a person's
 * `relationship`) without breaking an older release.
 */
const accountDetailsSchema = z.looseObject({
  account: z.string(),
  country: z.string(),
  business_type: z.optional(z.nullable(z.string())),
  values: valuesSchema,
  masks: masksSchema,
  persons: z.array(z.looseObject({ id: z.string(), values: valuesSchema, masks: z.optional(masksSchema) })),
});

export type AccountDetails = z.infer<typeof accountDetailsSchema>;

const uploadedFileSchema = z.looseObject({ id: z.string().check(z.regex(/^file_/)) });

export type UploadedFile = z.infer<typeof uploadedFileSchema>;

export interface RequirementsQuery {
  collect: CollectMode;
  futureRequirements: 'omit' | 'include';
  locale: string;
}

/** The query string of a requirements document, on a read and on the submission that answers with one. */
function documentQuery(query: RequirementsQuery): Record<string, string> {
  return { collect: query.collect, future_requirements: query.futureRequirements, locale: query.locale };
}

function parseResponse<T>(schema: z.ZodMiniType<T>, body: unknown, what: string): T {
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  // A server newer or older than this release: say so rather than render garbage.
  throw new OnboardKitError({
    type: 'api_error',
    message: `The session server sent ${what} this version of the components cannot read.`,
    cause: parsed.error,
  });
}

/**
 * The embedded API's routes, each parsed against the contract of
 * `@onboardkit/schema` at the edge.
 */
export function createEmbeddedApi(client: ApiClient) {
  return {
    async getSession(signal?: AbortSignal): Promise<AccountSession> {
      const body = await client.request('/v1/embedded/session', { signal });
      return parseResponse(accountSessionSchema, body, 'a session');
    },

    async getAccount(signal?: AbortSignal): Promise<AccountDetails> {
      const body = await client.request('/v1/embedded/account', { signal });
      return parseResponse(accountDetailsSchema, body, 'account details');
    },

    async getRequirements(query: RequirementsQuery, signal?: AbortSignal): Promise<RequirementsDocument> {
      const body = await client.request('/v1/embedded/requirements', {
        query: documentQuery(query),
        signal,
      });
      return parseResponse(requirementsDocumentSchema, body, 'a requirements document');
    },

    /**
     * Resolves with the updated document, for `query` when given (else the
     * server's default query and the browser's language); rejects with
     * status 422 and `errors` per invalid field.
     */
    async submit(
      values: StepValues,
      version: number | undefined,
      query?: RequirementsQuery,
    ): Promise<RequirementsDocument> {
      const body = await client.request('/v1/embedded/submissions', {
        method: 'POST',
        body: version === undefined ? { values } : { values, version },
        ...(query === undefined ? {} : { query: documentQuery(query) }),
      });
      return parseResponse(requirementsDocumentSchema, body, 'a requirements document');
    },

    async uploadFile(
      file: File,
      options: { purpose?: string; onProgress?: (progress: UploadProgress) => void; signal?: AbortSignal },
    ): Promise<UploadedFile> {
      const form = new FormData();
      form.append('file', file, file.name);
      if (options.purpose !== undefined) form.append('purpose', options.purpose);
      const body = await client.upload('/v1/embedded/files', form, {
        onProgress: options.onProgress,
        signal: options.signal,
      });
      return parseResponse(uploadedFileSchema, body, 'a file');
    },
  };
}

export type EmbeddedApi = ReturnType<typeof createEmbeddedApi>;
