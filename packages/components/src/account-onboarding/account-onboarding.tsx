import { useEffect, useId, useMemo, useRef } from 'react';
import { FormProvider } from 'react-hook-form';
import { LoadStatus } from '../account-management/load-status.js';
import { type OnLoadError, useLoadErrorReport } from '../account-management/use-load-error-report.js';
import { StyledRoot } from '../appearance/styled-root.js';
import { preloadFieldWidgets } from '../fields/field-control.js';
import { FieldsContext, type FieldsContextValue } from '../fields/fields-context.js';
import { useOnboardingFlow } from '../onboarding-flow/use-onboarding-flow.js';
import { useOnboardKitInternals, useOnboardKitState } from '../provider/onboard-kit-provider.js';
import type { CollectionOptions } from '../requirements/collection-options.js';
import { ProgressIndicator } from './progress-indicator.js';
import { ReviewStep } from './review-step.js';
import { StepForm } from './step-form.js';

const elementTagName = 'account-onboarding';

export interface AccountOnboardingProps {
  /** Called when the person leaves the flow with "Save and exit"; the button shows only with it. */
  onExit?: () => void;
  /** Called with the step id (or `review`, `complete`) each time another screen shows. */
  onStepChange?: (event: { step: string }) => void;
  /** Called when the person finishes after the review. */
  onComplete?: () => void;
  /** Called when the requirements cannot be loaded, after the retries. */
  onLoadError?: OnLoadError;
  /** Called once when the component starts loading. */
  onLoaderStart?: (event: { elementTagName: string }) => void;
  collectionOptions?: CollectionOptions;
  /** Shown beside the terms of service when set. */
  privacyPolicyUrl?: string;
  /** The platform's full terms, when the spec names none. */
  fullTermsOfServiceUrl?: string;
}

/**
 * The onboarding flow for a connected account, rendered from the session
 * server's requirements document: steps, review, and resume where the
 * account left off.
 *
 * @example
 * <AccountOnboarding onExit={() => setShowOnboarding(false)} onStepChange={({ step }) => track(step)} />
 * @see useOnboardingFlow for the same flow with your own components
 */
export function AccountOnboarding(props: AccountOnboardingProps) {
  const { loggedOut } = useOnboardKitState();
  return loggedOut ? null : <AccountOnboardingFlow {...props} />;
}

function AccountOnboardingFlow({
  onExit,
  onStepChange,
  onComplete,
  onLoadError,
  onLoaderStart,
  collectionOptions,
  privacyPolicyUrl,
  fullTermsOfServiceUrl,
}: AccountOnboardingProps) {
  const { api } = useOnboardKitInternals();
  const { locale } = useOnboardKitState();
  const { messages } = locale;
  const flow = useOnboardingFlow({ collectionOptions, onStepChange, onComplete });
  const idPrefix = `okit${useId().replace(/[^A-Za-z0-9_-]/g, '')}`;
  const documentCountry = flow.document?.country;

  // Fires once: the refs survive StrictMode's second run of effects.
  const loaderStart = useRef(onLoaderStart);
  loaderStart.current = onLoaderStart;
  const loaderStarted = useRef(false);
  useEffect(() => {
    if (loaderStarted.current) return;
    loaderStarted.current = true;
    loaderStart.current?.({ elementTagName });
  }, []);

  useLoadErrorReport(elementTagName, flow.status === 'error' ? flow.error : null, onLoadError);

  // Widgets that load on demand (phone numbers) are fetched while idle, so a later step does not wait.
  useEffect(() => {
    if (!flow.document) return;
    preloadFieldWidgets(
      flow.document.steps.flatMap((step) =>
        step.fields.flatMap((spec) => [
          spec.type,
          ...(spec.personList?.fields ?? []).map((field) => field.type),
        ]),
      ),
    );
  }, [flow.document]);

  // Focus follows the screen, but the first screen does not take focus from the host page.
  const heading = useRef<HTMLHeadingElement>(null);
  const screen = flow.position?.kind === 'step' ? flow.position.stepId : flow.position?.kind;
  const shownScreen = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (screen === undefined) return;
    if (shownScreen.current !== undefined && shownScreen.current !== screen) heading.current?.focus();
    shownScreen.current = screen;
  }, [screen]);

  const fields = useMemo<FieldsContextValue>(
    () => ({
      locale,
      idPrefix,
      country: documentCountry ?? '',
      uploadFile: api.uploadFile,
      privacyPolicyUrl,
      fullTermsOfServiceUrl,
    }),
    [locale, idPrefix, documentCountry, api, privacyPolicyUrl, fullTermsOfServiceUrl],
  );

  return (
    <StyledRoot>
      <LoadStatus status={flow.status} messages={messages} onRetry={flow.retry} />
      {flow.status === 'ready' ? (
        <FieldsContext.Provider value={fields}>
          <FormProvider {...flow.form}>
            {flow.position?.kind === 'complete' ? (
              <section aria-labelledby={`${idPrefix}-heading`}>
                <h2 className="okit-heading" id={`${idPrefix}-heading`} ref={heading} tabIndex={-1}>
                  {messages.completeTitle}
                </h2>
                <p className="okit-description">{messages.completeDescription}</p>
              </section>
            ) : (
              <ProgressIndicator steps={flow.steps} current={flow.stepIndex} messages={messages} />
            )}
            {flow.currentStep ? (
              <StepForm
                key={flow.currentStep.id}
                flow={flow}
                step={flow.currentStep}
                headingRef={heading}
                onExit={onExit}
              />
            ) : null}
            {flow.position?.kind === 'review' ? (
              <ReviewStep flow={flow} headingRef={heading} onExit={onExit} />
            ) : null}
          </FormProvider>
        </FieldsContext.Provider>
      ) : null}
    </StyledRoot>
  );
}
