import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { renderHook } from 'vitest-browser-react';
import { createOnboardKit } from '../provider/create-onboard-kit.js';
import { OnboardKitProvider } from '../provider/onboard-kit-provider.js';
import { useRequirements } from '../requirements/use-requirements.js';
import { deCompany } from '../test-support/test-accounts.js';
import { apiBaseUrl, watchRequests } from '../test-support/test-session.js';
import { useAccountSession } from './use-account-session.js';

async function providerFor() {
  const account = await deCompany();
  const session = account.startSession();
  const onboardKit = createOnboardKit({
    apiBaseUrl,
    fetchClientSecret: session.fetchClientSecret,
    locale: 'de-DE',
  });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <OnboardKitProvider onboardKit={onboardKit}>{children}</OnboardKitProvider>
  );
  return { account, wrapper };
}

describe('headless hooks', () => {
  it('useAccountSession tells which account the session is for', async () => {
    const { account, wrapper } = await providerFor();
    const { result } = await renderHook(() => useAccountSession(), { wrapper });
    await expect.poll(() => result.current.status).toBe('success');
    expect(result.current.session?.account).toBe(account.id);
    expect(result.current.session?.components?.account_onboarding?.enabled).toBe(true);
    expect(result.current.session?.components?.account_management?.enabled).toBe(false);
  });

  it('useRequirements asks in the kit’s locale and narrows the steps to the requirements asked', async () => {
    const { wrapper } = await providerFor();
    const sent = watchRequests();
    const { result } = await renderHook(
      () =>
        useRequirements({
          collectionOptions: { fields: 'eventually_due', requirements: { only: ['external_account'] } },
        }),
      { wrapper },
    );
    await expect.poll(() => result.current.status).toBe('success');
    expect(result.current.document?.collect).toBe('eventually_due');
    // The server answers in the closest language it has.
    expect(result.current.document?.locale).toBe('de');
    expect(result.current.steps.map((step) => [step.id, step.fields.map((field) => field.key)])).toEqual([
      ['payouts', ['external_account']],
    ]);
    const asked = sent().at(-1);
    expect(asked?.path).toBe('/v1/embedded/requirements');
    expect(asked?.query.get('locale')).toBe('de-DE');
    expect(asked?.query.get('collect')).toBe('eventually_due');
  });

  it('throws, saying how to fix it, outside a provider', async () => {
    await expect(renderHook(() => useAccountSession())).rejects.toThrow(
      /wrap the OnboardKit components in <OnboardKitProvider/,
    );
  });
});
