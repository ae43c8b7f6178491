import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { renderHook } from 'vitest-browser-react';
import { createOnboardKit } from '../provider/create-onboard-kit.js';
import { OnboardKitProvider } from '../provider/onboard-kit-provider.js';
import { useRequirements } from '../requirements/use-requirements.js';
import { deCompanyDocument } from '../test-support/documents.fixture.js';
import { apiBaseUrl, startTestSession } from '../test-support/test-session.js';
import { useAccountSession } from './use-account-session.js';

async function providerFor() {
  const session = await startTestSession(deCompanyDocument());
  const onboardKit = createOnboardKit({
    apiBaseUrl,
    fetchClientSecret: session.fetchClientSecret,
    locale: 'de-DE',
  });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <OnboardKitProvider onboardKit={onboardKit}>{children}</OnboardKitProvider>
  );
  return { session, wrapper };
}

describe('headless hooks', () => {
  it('useAccountSession tells which account the session is for', async () => {
    const { wrapper } = await providerFor();
    const { result } = await renderHook(() => useAccountSession(), { wrapper });
    await expect.poll(() => result.current.status).toBe('success');
    expect(result.current.session?.account).toBe('acct_2Test');
    expect(result.current.session?.components?.account_onboarding?.enabled).toBe(true);
  });

  it('useRequirements asks in the kit’s locale and narrows the steps to the requirements asked', async () => {
    const { wrapper, session } = await providerFor();
    const { result } = await renderHook(
      () =>
        useRequirements({
          collectionOptions: { fields: 'eventually_due', requirements: { only: ['external_account'] } },
        }),
      { wrapper },
    );
    await expect.poll(() => result.current.status).toBe('success');
    expect(result.current.document?.collect).toBe('eventually_due');
    expect(result.current.document?.locale).toBe('de-DE');
    expect(result.current.steps.map((step) => [step.id, step.fields.map((field) => field.key)])).toEqual([
      ['payouts', ['external_account']],
    ]);
    const { requests } = await session.inspect();
    expect(requests.at(-1)?.path).toBe('/v1/embedded/requirements');
  });

  it('throws, saying how to fix it, outside a provider', async () => {
    await expect(renderHook(() => useAccountSession())).rejects.toThrow(
      /wrap the OnboardKit components in <OnboardKitProvider/,
    );
  });
});
