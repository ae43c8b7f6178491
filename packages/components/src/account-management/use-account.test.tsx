import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { renderHook } from 'vitest-browser-react';
import { createOnboardKit } from '../provider/create-onboard-kit.js';
import { OnboardKitProvider } from '../provider/onboard-kit-provider.js';
import { deCompanyWithOwners } from '../test-support/test-accounts.js';
import { apiBaseUrl, type ComponentName, type TestAccount } from '../test-support/test-session.js';
import { useAccount } from './use-account.js';

function wrapperFor(account: TestAccount, components: ComponentName[]) {
  const session = account.startSession(components);
  const onboardKit = createOnboardKit({ apiBaseUrl, fetchClientSecret: session.fetchClientSecret });
  return ({ children }: { children: ReactNode }) => (
    <OnboardKitProvider onboardKit={onboardKit}>{children}</OnboardKitProvider>
  );
}

describe('useAccount', () => {
  it('reads what was provided, sensitive values only as masks', async () => {
    const account = await deCompanyWithOwners();
    const { result } = await renderHook(() => useAccount(), {
      wrapper: wrapperFor(account, ['account_management']),
    });
    await expect.poll(() => result.current.status).toBe('success');
    const { account: details } = result.current;
    expect(details?.account).toBe(account.id);
    expect(details?.values['company.name']).toBe('Beispiel GmbH');
    expect(details?.values).not.toHaveProperty('external_account');
    expect(details?.values).not.toHaveProperty('company.tax_id');
    expect(details?.masks.external_account).toEqual({ provided: true, last4: '3000' });
    // The representative and the two owners, each once.
    expect(details?.persons.map((person) => person.values.first_name).sort()).toEqual([
      'Anna',
      'Ben',
      'Clara',
    ]);
    expect(new Set(details?.persons.map((person) => person.id)).size).toBe(3);
  });

  it('fails with the server’s permission error for a session without account management', async () => {
    const account = await deCompanyWithOwners();
    const { result } = await renderHook(() => useAccount(), {
      wrapper: wrapperFor(account, ['notification_banner']),
    });
    await expect.poll(() => result.current.status).toBe('error');
    expect(result.current.error?.type).toBe('permission_error');
    expect(result.current.error?.code).toBe('component_not_enabled');
  });
});
