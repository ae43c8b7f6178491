import { useQuery } from '@tanstack/react-query';
import type { AccountSession } from '../api/embedded-api.js';
import type { OnboardKitError } from '../api/onboard-kit-error.js';
import { useOnboardKitInternals, useOnboardKitState } from '../provider/onboard-kit-provider.js';
import { queryKeys } from '../provider/query-keys.js';

export interface AccountSessionResult {
  session: AccountSession | undefined;
  status: 'pending' | 'error' | 'success';
  error: OnboardKitError | null;
  refetch: () => void;
}

/**
 * The account session in hand: which account it is for, the components and
 * features it enables, and when it expires.
 *
 * @example const { session } = useAccountSession(); session?.account // 'acct_…'
 */
export function useAccountSession(): AccountSessionResult {
  const { api } = useOnboardKitInternals();
  const { loggedOut } = useOnboardKitState();
  const query = useQuery<AccountSession, OnboardKitError>({
    queryKey: queryKeys.session(),
    queryFn: ({ signal }) => api.getSession(signal),
    enabled: !loggedOut,
  });
  return {
    session: query.data,
    status: query.status,
    error: query.error,
    refetch: () => void query.refetch(),
  };
}
