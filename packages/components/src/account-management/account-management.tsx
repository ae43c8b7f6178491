import { useId, useMemo } from 'react';
import { FormProvider } from 'react-hook-form';
import { StyledRoot } from '../appearance/styled-root.js';
import { FieldsContext, type FieldsContextValue } from '../fields/fields-context.js';
import { formatMessage } from '../i18n/format-message.js';
import { useOnboardKitInternals, useOnboardKitState } from '../provider/onboard-kit-provider.js';
import type { CollectionOptions } from '../requirements/collection-options.js';
import { LoadStatus } from './load-status.js';
import { ManagementSection } from './management-section.js';
import { useAccountManagement } from './use-account-management.js';
import { type OnLoadError, useLoadErrorReport } from './use-load-error-report.js';

const elementTagName = 'account-management';

export interface AccountManagementProps {
  /** Which requirements to show and edit; `fields` defaults to `eventually_due`, so everything held shows. */
  collectionOptions?: CollectionOptions;
  /** Called when the account's details cannot be loaded, after the retries. */
  onLoadError?: OnLoadError;
}

/**
 * The connected account's details as the server holds them, grouped as the
 * requirements document's steps, each section editable: sensitive values
 * show only as "•••• 6789" and are replaced, never revealed; the bank
 * account is replaced; owners and directors are added, edited and removed.
 * Saves go through the same submission and validation as onboarding.
 *
 * @example
 * <AccountManagement onLoadError={({ error }) => report(error)} />
 * @see useAccountManagement for the same with your own components
 */
export function AccountManagement(props: AccountManagementProps) {
  const { loggedOut } = useOnboardKitState();
  return loggedOut ? null : <AccountManagementView {...props} />;
}

function AccountManagementView({ collectionOptions, onLoadError }: AccountManagementProps) {
  const { api } = useOnboardKitInternals();
  const { locale } = useOnboardKitState();
  const { messages } = locale;
  const management = useAccountManagement({ collectionOptions });
  useLoadErrorReport(elementTagName, management.status === 'error' ? management.error : null, onLoadError);
  const idPrefix = `okit${useId().replace(/[^A-Za-z0-9_-]/g, '')}`;
  const country = management.document?.country ?? '';
  const fields = useMemo<FieldsContextValue>(
    () => ({ locale, idPrefix, country, uploadFile: api.uploadFile }),
    [locale, idPrefix, country, api],
  );
  const heldValues = useMemo(
    () =>
      Object.fromEntries(
        management.sections.flatMap((section) => section.fields.map((spec) => [spec.key, spec.value])),
      ),
    [management.sections],
  );
  const savedTitle = management.sections.find((section) => section.id === management.saved)?.title;

  return (
    <StyledRoot>
      <LoadStatus status={management.status} messages={messages} onRetry={management.retry} />
      {management.status === 'ready' ? (
        <FieldsContext.Provider value={fields}>
          <FormProvider {...management.form}>
            <div className="okit-review">
              {management.sections.map((section) => (
                <ManagementSection
                  key={section.id}
                  management={management}
                  section={section}
                  heldValues={heldValues}
                />
              ))}
            </div>
            {/* Always in the page, so screen readers announce the message when it appears. */}
            <p className="okit-muted" role="status">
              {savedTitle === undefined
                ? null
                : formatMessage(messages.sectionSaved, { section: savedTitle })}
            </p>
          </FormProvider>
        </FieldsContext.Provider>
      ) : null}
    </StyledRoot>
  );
}
