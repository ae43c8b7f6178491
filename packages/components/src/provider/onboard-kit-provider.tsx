import { QueryClientProvider } from '@tanstack/react-query';
import { createContext, type ReactNode, useContext, useSyncExternalStore } from 'react';
import {
  internalsOf,
  type OnboardKit,
  type OnboardKitInternals,
  type OnboardKitState,
} from './create-onboard-kit.js';

const OnboardKitContext = createContext<OnboardKitInternals | null>(null);

export interface OnboardKitProviderProps {
  onboardKit: OnboardKit;
  children?: ReactNode;
}

/**
 * Makes an OnboardKit available to the components and hooks below it.
 *
 * @example
 * <OnboardKitProvider onboardKit={onboardKit}>
 *   <AccountOnboarding onExit={() => navigate('/')} />
 * </OnboardKitProvider>
 * @see createOnboardKit
 */
export function OnboardKitProvider({ onboardKit, children }: OnboardKitProviderProps) {
  const kit = internalsOf(onboardKit);
  return (
    <OnboardKitContext.Provider value={kit}>
      <QueryClientProvider client={kit.queryClient}>{children}</QueryClientProvider>
    </OnboardKitContext.Provider>
  );
}

/** The OnboardKit of the nearest provider; throws, saying how to fix it, without one. */
export function useOnboardKitInternals(): OnboardKitInternals {
  const kit = useContext(OnboardKitContext);
  if (!kit) {
    throw new Error(
      'No OnboardKit set: wrap the OnboardKit components in <OnboardKitProvider onboardKit={createOnboardKit({ … })}>.',
    );
  }
  return kit;
}

/** Appearance, locale and session state of the nearest OnboardKit, re-rendering when `update` changes them. */
export function useOnboardKitState(): OnboardKitState {
  const kit = useOnboardKitInternals();
  return useSyncExternalStore(kit.subscribe, kit.getState, kit.getState);
}
