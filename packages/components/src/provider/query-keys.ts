import type { RequirementsQuery } from '../api/embedded-api.js';

/** The one factory of TanStack Query keys for the embedded API's data. */
export const queryKeys = {
  session: () => ['onboardkit', 'session'] as const,
  account: () => ['onboardkit', 'account'] as const,
  requirements: (query: RequirementsQuery) => ['onboardkit', 'requirements', query] as const,
};
