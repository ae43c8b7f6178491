import type { RequirementsDocument, Step } from '@onboardkit/schema';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { RequirementsQuery } from '../api/embedded-api.js';
import type { OnboardKitError } from '../api/onboard-kit-error.js';
import { useOnboardKitInternals, useOnboardKitState } from '../provider/onboard-kit-provider.js';
import { queryKeys } from '../provider/query-keys.js';
import { type CollectionOptions, selectSteps } from './collection-options.js';

export interface UseRequirementsOptions {
  collectionOptions?: CollectionOptions;
}

export interface RequirementsResult {
  /** The document as the server sent it. */
  document: RequirementsDocument | undefined;
  /** Its steps, narrowed by `collectionOptions.requirements`. */
  steps: Step[];
  /** The query the document came from, to refetch or invalidate it. */
  query: RequirementsQuery;
  status: 'pending' | 'error' | 'success';
  error: OnboardKitError | null;
  isFetching: boolean;
  refetch: () => Promise<unknown>;
}

/**
 * The account's requirements document, in the OnboardKit's locale, as
 * `collectionOptions` asks.
 *
 * @example
 * const { steps, status } = useRequirements({ collectionOptions: { fields: 'eventually_due' } });
 */
export function useRequirements({ collectionOptions }: UseRequirementsOptions = {}): RequirementsResult {
  const { api, localeReady } = useOnboardKitInternals();
  const { locale, loggedOut } = useOnboardKitState();
  const query: RequirementsQuery = {
    collect: collectionOptions?.fields ?? 'currently_due',
    futureRequirements: collectionOptions?.futureRequirements ?? 'omit',
    locale: locale.tag,
  };
  const result = useQuery<RequirementsDocument, OnboardKitError>({
    queryKey: queryKeys.requirements(query),
    // The first document waits for the components' own text too (loaded beside it), so a form never
    // shows in English before its language arrives.
    queryFn: async ({ signal }) => {
      const [document] = await Promise.all([api.getRequirements(query, signal), localeReady]);
      return document;
    },
    enabled: !loggedOut,
    // A new locale refetches the labels; keep the old ones on screen meanwhile.
    placeholderData: (previous) => previous,
  });
  const only = collectionOptions?.requirements;
  const selectionKey = JSON.stringify(only ?? null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `selectionKey` stands for `only`, which platforms often pass as a fresh literal.
  const steps = useMemo(
    () => (result.data ? selectSteps(result.data, only) : []),
    [result.data, selectionKey],
  );
  return {
    document: result.data,
    steps,
    query,
    status: result.status,
    error: result.error,
    isFetching: result.isFetching,
    refetch: result.refetch,
  };
}
