import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { renderHook } from 'vitest-browser-react';
import { createOnboardKit } from '../provider/create-onboard-kit.js';
import { OnboardKitProvider } from '../provider/onboard-kit-provider.js';
import { providedDeCompanyDocument } from '../test-support/account-documents.fixture.js';
import type { StandInComponentName } from '../test-support/stand-in-scope.js';
import { apiBaseUrl, startTestSession } from '../test-support/test-session.js';
import { useAccount } from './use-account.js';

async function wrapperFor(components: StandInComponentName[]) {
  const session = await startTestSession(providedDeCompanyDocument(), components);
  const onboardKit = createOnboardKit({ apiBaseUrl, fetchClientSecret: session.fetchClientSecret });
  return ({ children }: { children: ReactNode }) => (
    <OnboardKitProvider onboardKit={onboardKit}>{children}</OnboardKitProvider>
  );
}

describe('useAccount', () => {
  it('reads what was provided, sensitive values only as masks', async () => {
    const wrapper = await wrapperFor(['account_management']);
    const { result } = await renderHook(() => useAccount(), { wrapper });
    await expect.poll(() => result.current.status).toBe('success');
    const { account } = result.current;
    expect(account?.account).toBe('acct_2Test');
    expect(account?.values['company.name']).toBe('Beispiel GmbH');
    expect(account?.values).not.toHaveProperty('external_account');
    expect(account?.masks.external_account).toEqual({ provided: true, last4: '3000' });
    expect(account?.persons.map((person) => person.id)).toEqual(['person_1', 'person_2']);
  });

  it('fails with the server’s permission error for a session without account management', async () => {
    const wrapper = await wrapperFor(['notification_banner']);
    const { result } = await renderHook(() => useAccount(), { wrapper });
    await expect.poll(() => result.current.status).toBe('error');
    expect(result.current.error?.type).toBe('permission_error');
    expect(result.current.error?.code).toBe('component_not_enabled');
  });
});
