import {
  AccountManagement,
  NotificationBanner,
  type OnboardKit,
  OnboardKitProvider,
} from '@onboardkit/components';
import type { SellerState } from '../app.js';
import { businessTypeLabel, countryName } from '../marketplace.js';
import { Link } from '../navigation.js';
import { SignedOutNotice } from './signed-out-notice.js';

export interface DashboardPageProps {
  seller: SellerState;
  onboardKit: OnboardKit | null;
}

export function DashboardPage({ seller, onboardKit }: DashboardPageProps) {
  const account = seller.status === 'signed-in' ? seller.account : null;
  return (
    <section>
      <h1>Seller dashboard</h1>
      {seller.status === 'loading' ? <p>Loading…</p> : null}
      {seller.status === 'signed-out' ? <SignedOutNotice /> : null}
      {account ? (
        <p className="muted">
          {account.id} · {countryName(account.country)} · {businessTypeLabel(account.business_type)} ·{' '}
          <Link to="/onboarding">Continue onboarding</Link>
        </p>
      ) : null}
      {account && onboardKit ? (
        <OnboardKitProvider onboardKit={onboardKit}>
          <div className="stack">
            <NotificationBanner />
            <AccountManagement />
          </div>
        </OnboardKitProvider>
      ) : null}
    </section>
  );
}
