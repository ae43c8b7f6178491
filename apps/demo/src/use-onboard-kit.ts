import { createOnboardKit, type OnboardKit } from '@onboardkit/components';
import { useEffect, useMemo, useRef } from 'react';
import { callDemoApi } from './demo-api.js';
import { appearanceFor, type Preferences } from './preferences.js';

/** Asks the marketplace backend to mint an account session for the signed-in seller. */
async function fetchClientSecret(): Promise<string> {
  const { client_secret } = await callDemoApi<{ client_secret: string }>('/account-session', { json: {} });
  return client_secret;
}

/**
 * One OnboardKit per sign-in: a new seller (sign-up, or the admin opening a
 * dashboard) gets a fresh instance and the previous one is
 * logged out, so no client secret or cached data crosses accounts. Theme and
 * language changes go through `update()`, keeping what was typed.
 */
export function useOnboardKit(
  sessionServerUrl: string | null,
  /** Changes with each sign-in (the account id and a counter); `null` when nobody is signed in. */
  signInKey: string | null,
  preferences: Preferences,
): OnboardKit | null {
  const latest = useRef(preferences);
  latest.current = preferences;
  const onboardKit = useMemo(
    () =>
      sessionServerUrl && signInKey
        ? createOnboardKit({
            apiBaseUrl: sessionServerUrl,
            fetchClientSecret,
            appearance: appearanceFor(latest.current.theme),
            locale: latest.current.language,
          })
        : null,
    [sessionServerUrl, signInKey],
  );

  // Logged out when replaced, not on unmount: StrictMode's trial unmount would end a live instance.
  const previous = useRef<OnboardKit | null>(null);
  useEffect(() => {
    if (previous.current && previous.current !== onboardKit) void previous.current.logout();
    previous.current = onboardKit;
  }, [onboardKit]);

  useEffect(() => {
    onboardKit?.update({ appearance: appearanceFor(preferences.theme), locale: preferences.language });
  }, [onboardKit, preferences.theme, preferences.language]);

  return onboardKit;
}
