import { createContext, useContext } from 'react';
import type { UploadProgress } from '../api/upload-with-progress.js';
import type { ResolvedLocale } from '../i18n/locale-choice.js';

/** What the field widgets need beyond their spec: text, ids, links, and the upload route. */
export interface FieldsContextValue {
  locale: ResolvedLocale;
  /** Prefix of every element id in this form, unique on the page. */
  idPrefix: string;
  /** The account's country: the default for phone numbers. */
  country: string;
  uploadFile: (
    file: File,
    options: { purpose?: string; onProgress?: (progress: UploadProgress) => void; signal?: AbortSignal },
  ) => Promise<{ id: string }>;
  privacyPolicyUrl?: string | undefined;
  fullTermsOfServiceUrl?: string | undefined;
}

export const FieldsContext = createContext<FieldsContextValue | null>(null);

export function useFieldsContext(): FieldsContextValue {
  const context = useContext(FieldsContext);
  if (!context) throw new Error('OnboardKit field widgets render inside a form of AccountOnboarding.');
  return context;
}
