import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';

describe('the package entries', () => {
  it('import on a server, where there is no window or document', async () => {
    expect(typeof globalThis.window).toBe('undefined');
    const entry = await import('./index.js');
    const headless = await import('./headless.js');
    expect(Object.keys(entry).sort()).toEqual([
      'AccountManagement',
      'AccountOnboarding',
      'NotificationBanner',
      'OnboardKitError',
      'OnboardKitProvider',
      'createOnboardKit',
    ]);
    expect(Object.keys(headless)).toContain('useOnboardingFlow');
  });

  it('render the loading state to HTML without fetching', async () => {
    const { AccountOnboarding, OnboardKitProvider, createOnboardKit } = await import('./index.js');
    let asked = 0;
    const onboardKit = createOnboardKit({
      apiBaseUrl: 'https://onboard.example.com',
      fetchClientSecret: async () => {
        asked += 1;
        return 'okit_cs_test';
      },
    });
    const html = renderToString(
      createElement(OnboardKitProvider, { onboardKit }, createElement(AccountOnboarding)),
    );
    expect(html).toContain('class="okit-root"');
    expect(html).toContain('Loading…');
    expect(asked).toBe(0);
  });

  it('refuses options that cannot work, saying what to pass', async () => {
    const { createOnboardKit } = await import('./index.js');
    expect(() => createOnboardKit({ apiBaseUrl: '/relative', fetchClientSecret: async () => 'x' })).toThrow(
      /absolute URL of your OnboardKit session server/,
    );
  });
});
