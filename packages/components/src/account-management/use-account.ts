import { useQuery } from '@tanstack/react-query';
import type { AccountDetails } from '../api/embedded-api.js';
import type { OnboardKitError } from '../api/onboard-kit-error.js';
import { useOnboardKitInternals, useOnboardKitState } from '../provider/onboard-kit-provider.js';
import { queryKeys } from '../provider/query-keys.js';

export interface AccountResult {
  /** What has been provided: `values` by field key, `masks` for sensitive ones, `persons`. */
  account: AccountDetails | undefined;
  status: 'pending' | 'error' | 'success';
  error: OnboardKitError | null;
  refetch: () => void;
}

/**
 * What the account holder has provided, sensitive values only as masks
 * (`GET /v1/embedded/account`; the session needs `account_management`).
 * Refetched after every save of `useAccountManagement`.
 *
 * @example
 * const { account } = useAccount();
 * account?.masks.external_account?.last4 // '6789'
 * @see useAccountManagement for the same details grouped into editable sections
 */
export function useAccount(): AccountResult {
  const { api } = useOnboardKitInternals();
  const { loggedOut } = useOnboardKitState();
  const query = useQuery<AccountDetails, OnboardKitError>({
    queryKey: queryKeys.account(),
    queryFn: ({ signal }) => api.getAccount(signal),
    enabled: !loggedOut,
  });
  return {
    account: query.data,
    status: query.status,
    error: query.error,
    refetch: () => void query.refetch(),
  };
}
