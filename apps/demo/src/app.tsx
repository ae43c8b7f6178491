import { type ReactNode, useCallback, useEffect, useState } from 'react';
import { callDemoApi, type SellerAccount } from './demo-api.js';
import { Link, navigate, usePathname } from './navigation.js';
import { AdminPage } from './pages/admin-page.js';
import { DashboardPage } from './pages/dashboard-page.js';
import { LandingPage } from './pages/landing-page.js';
import { OnboardingPage } from './pages/onboarding-page.js';
import { StartPage } from './pages/start-page.js';
import { loadPreferences, type Preferences, savePreferences } from './preferences.js';
import { SiteHeader } from './site-header.js';
import { useOnboardKit } from './use-onboard-kit.js';

/** Who the browser acts for: still asking the backend, nobody, or one seller. */
export type SellerState =
  | { status: 'loading' }
  | { status: 'signed-out' }
  | { status: 'signed-in'; account: SellerAccount; signIn: number };

export function App() {
  const pathname = usePathname();
  const [preferences, setPreferences] = useState<Preferences>(loadPreferences);
  const [sessionServerUrl, setSessionServerUrl] = useState<string | null>(null);
  const [configError, setConfigError] = useState<string | null>(null);
  const [seller, setSeller] = useState<SellerState>({ status: 'loading' });

  useEffect(() => {
    callDemoApi<{ session_server_url: string }>('/config')
      .then((config) => setSessionServerUrl(config.session_server_url))
      .catch((error: unknown) => setConfigError(error instanceof Error ? error.message : String(error)));
    callDemoApi<{ account: SellerAccount | null }>('/seller')
      .then(({ account }) =>
        setSeller(account ? { status: 'signed-in', account, signIn: 0 } : { status: 'signed-out' }),
      )
      .catch((error: unknown) => {
        console.error(error);
        setSeller({ status: 'signed-out' });
      });
  }, []);

  useEffect(() => {
    document.documentElement.dataset.theme = preferences.theme;
  }, [preferences.theme]);

  const changePreferences = useCallback((next: Preferences) => {
    setPreferences(next);
    savePreferences(next);
  }, []);
  // Every sign-in counts, even as the same seller: it gets a fresh OnboardKit, so nothing cached before shows.
  const signedIn = useCallback(
    (account: SellerAccount) =>
      setSeller((current) => ({
        status: 'signed-in',
        account,
        signIn: current.status === 'signed-in' ? current.signIn + 1 : 1,
      })),
    [],
  );

  const signOut = useCallback(async () => {
    await callDemoApi('/sign-out', { json: {} }).catch((error: unknown) => console.error(error));
    setSeller({ status: 'signed-out' });
    navigate('/');
  }, []);

  const signInKey = seller.status === 'signed-in' ? `${seller.account.id}#${seller.signIn}` : null;
  const onboardKit = useOnboardKit(sessionServerUrl, signInKey, preferences);

  let page: ReactNode;
  switch (pathname) {
    case '/':
      page = <LandingPage />;
      break;
    case '/start':
      page = <StartPage onSignedIn={signedIn} />;
      break;
    case '/onboarding':
      page = <OnboardingPage seller={seller} onboardKit={onboardKit} />;
      break;
    case '/dashboard':
      page = <DashboardPage seller={seller} onboardKit={onboardKit} />;
      break;
    case '/admin':
      page = <AdminPage onSignedIn={signedIn} />;
      break;
    default:
      page = (
        <>
          <h1>Page not found</h1>
          <p>
            <Link to="/">Back to Tidewater Market</Link>
          </p>
        </>
      );
  }

  return (
    <>
      <SiteHeader
        preferences={preferences}
        onPreferencesChange={changePreferences}
        onSignOut={seller.status === 'signed-in' ? () => void signOut() : undefined}
      />
      <main className={pathname === '/admin' ? 'page page-wide' : 'page'}>
        {configError ? (
          <p role="alert" className="notice notice-error">
            {configError}
          </p>
        ) : null}
        {page}
      </main>
      <footer className="site-footer">
        Tidewater Market is a fictional marketplace running OnboardKit in test mode. No real money or
        identities.
      </footer>
    </>
  );
}
