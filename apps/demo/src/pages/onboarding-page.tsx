import { AccountOnboarding, type OnboardKit, OnboardKitProvider } from '@onboardkit/components';
import type { SellerState } from '../app.js';
import { type BusinessType, type CountryCode, countryCodes } from '../marketplace.js';
import { navigate } from '../navigation.js';
import { TestModePanel } from '../test-mode-panel.js';
import { SignedOutNotice } from './signed-out-notice.js';

export interface OnboardingPageProps {
  seller: SellerState;
  onboardKit: OnboardKit | null;
}

const isCountryCode = (value: string): value is CountryCode => (countryCodes as string[]).includes(value);

export function OnboardingPage({ seller, onboardKit }: OnboardingPageProps) {
  const account = seller.status === 'signed-in' ? seller.account : null;
  return (
    <div className="with-aside">
      <section className="main-column">
        <h1>Set up payouts</h1>
        {seller.status === 'loading' ? <p>Loading…</p> : null}
        {seller.status === 'signed-out' ? <SignedOutNotice /> : null}
        {account ? (
          <p className="muted">
            Tidewater pays you through your own account ({account.id}). Tell us about you and where to send
            payouts.
          </p>
        ) : null}
        {account && onboardKit ? (
          <OnboardKitProvider onboardKit={onboardKit}>
            <AccountOnboarding
              onExit={() => navigate('/dashboard')}
              onComplete={() => navigate('/dashboard')}
            />
          </OnboardKitProvider>
        ) : null}
      </section>
      {account && isCountryCode(account.country) ? (
        <TestModePanel
          country={account.country}
          businessType={account.business_type as BusinessType | null}
        />
      ) : null}
    </div>
  );
}
