import { AccountOnboarding, createOnboardKit, OnboardKitProvider } from '@onboardkit/components';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

// `?fields=600` asks the bench server for its synthetic step of 600 fields (see synthetic-document.ts).
const fields = new URLSearchParams(location.search).get('fields') ?? '60';

const onboardKit = createOnboardKit({
  fetchClientSecret: async () => (await fetch('/bench/session', { method: 'POST' })).text(),
  apiBaseUrl: `${location.origin}/synthetic/${fields}`,
});

const root = document.getElementById('root');
if (!root) throw new Error('The bench page needs <div id="root">.');
createRoot(root).render(
  <StrictMode>
    <OnboardKitProvider onboardKit={onboardKit}>
      <AccountOnboarding />
    </OnboardKitProvider>
  </StrictMode>,
);
