import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { type OnLoadError, useLoadErrorReport } from '../account-management/use-load-error-report.js';
import { AccountOnboarding } from '../account-onboarding/account-onboarding.js';
import { StyledRoot } from '../appearance/styled-root.js';
import { formatMessage } from '../i18n/format-message.js';
import type { Messages } from '../i18n/messages.js';
import { useOnboardKitState } from '../provider/onboard-kit-provider.js';
import type { CollectionOptions } from '../requirements/collection-options.js';
import { useAccountSession } from '../session/use-account-session.js';
import { type AccountNotification, type NotificationKind, useNotifications } from './use-notifications.js';

const elementTagName = 'notification-banner';

/** What `onNotificationsChange` reports, as Stripe's banner does. */
export interface NotificationsChange {
  /** Notifications shown; 0 when nothing is due (the banner then renders nothing, or "All done" after a finish in it). */
  total: number;
  /** Notifications that ask the account holder to act. */
  actionRequired: number;
}

export interface NotificationBannerProps {
  /** Which requirements count: `fields` defaults to `currently_due`. */
  collectionOptions?: CollectionOptions;
  /** Called once loaded, and whenever the counts change. */
  onNotificationsChange?: (change: NotificationsChange) => void;
  /**
   * Called by the banner's action with the field keys to collect. Without it
   * the banner opens `AccountOnboarding` for exactly those fields in place,
   * when the session may write; a `notification_banner`-only session shows no
   * action unless this is given.
   */
  onAction?: (event: { requirements: string[] }) => void;
  onLoadError?: OnLoadError;
}

const kindLabel = {
  errors: 'notificationErrors',
  past_due: 'notificationPastDue',
  currently_due: 'notificationCurrentlyDue',
  eventually_due: 'notificationEventuallyDue',
  pending_verification: 'notificationPendingVerification',
} as const satisfies Record<NotificationKind, keyof Messages>;

/**
 * What the connected account owes — fields due, past due or refused, and the
 * deadline — with a way into onboarding for exactly those fields. Renders
 * nothing when nothing is due, unless the person just finished in it: it then
 * says so, where focus went.
 *
 * @example
 * <NotificationBanner onNotificationsChange={({ total }) => setBadge(total)} />
 * @see useNotifications for the same with your own components
 */
export function NotificationBanner(props: NotificationBannerProps) {
  const { loggedOut } = useOnboardKitState();
  return loggedOut ? null : <Banner {...props} />;
}

function useNotificationsChange(
  ready: boolean,
  change: NotificationsChange,
  onChange: NotificationBannerProps['onNotificationsChange'],
) {
  const callback = useRef(onChange);
  callback.current = onChange;
  const reported = useRef<string>(undefined);
  const { total, actionRequired } = change;
  useEffect(() => {
    const key = `${total}/${actionRequired}`;
    if (!ready || reported.current === key) return;
    reported.current = key;
    callback.current?.({ total, actionRequired });
  }, [ready, total, actionRequired]);
}

function NotificationItem({
  notification,
  messages,
  list,
}: {
  notification: AccountNotification;
  messages: Messages;
  list: Intl.ListFormat;
}) {
  const labels = notification.fields.map((spec) => {
    const reason = spec.errors?.[0]?.reason;
    return reason ? `${spec.label} (${reason})` : spec.label;
  });
  return (
    <li>
      <strong>{messages[kindLabel[notification.kind]]}</strong> {list.format(labels)}
    </li>
  );
}

function Banner({
  collectionOptions,
  onNotificationsChange,
  onAction,
  onLoadError,
}: NotificationBannerProps) {
  const { locale } = useOnboardKitState();
  const { messages } = locale;
  const notifications = useNotifications({ collectionOptions });
  const { session } = useAccountSession();
  useLoadErrorReport(
    elementTagName,
    notifications.status === 'error' ? notifications.error : null,
    onLoadError,
  );
  useNotificationsChange(notifications.status === 'success', notifications, onNotificationsChange);
  // The fields asked when the onboarding opened: it keeps them while they are answered one by one.
  const [collecting, setCollecting] = useState<string[]>();
  const actionButton = useRef<HTMLButtonElement>(null);
  const id = `okit${useId().replace(/[^A-Za-z0-9_-]/g, '')}`;

  const components = session?.components;
  const canWrite =
    components?.account_onboarding?.enabled === true || components?.account_management?.enabled === true;
  const hasAction = notifications.actionRequired > 0 && (onAction !== undefined || canWrite);
  const heading = useRef<HTMLHeadingElement>(null);
  // Finished in place: the banner stays, if only to say so, so focus has somewhere to be.
  const [finished, setFinished] = useState(false);
  // Where focus goes once the onboarding (and its focused button) is gone: back to the action
  // after an exit; after finishing, to the heading, which says what is left (or that all is
  // done), as the action goes away once nothing is left to act on.
  const returnFocus = useRef<'action' | 'heading'>(undefined);
  useLayoutEffect(() => {
    if (collecting !== undefined || returnFocus.current === undefined) return;
    const target = returnFocus.current === 'action' ? actionButton.current : null;
    returnFocus.current = undefined;
    (target ?? heading.current)?.focus();
  });
  const exit = () => {
    returnFocus.current = 'action';
    setCollecting(undefined);
  };
  const complete = () => {
    returnFocus.current = 'heading';
    setFinished(true);
    setCollecting(undefined);
  };

  const shown = notifications.total > 0 || finished;
  if (!shown && collecting === undefined) return null;
  const list = new Intl.ListFormat(locale.tag, { type: 'conjunction' });
  const deadline =
    notifications.deadline !== null && notifications.actionRequired > 0
      ? new Intl.DateTimeFormat(locale.tag, { dateStyle: 'long' }).format(notifications.deadline * 1000)
      : undefined;

  return (
    <>
      {shown ? (
        <StyledRoot>
          <section
            className={notifications.actionRequired > 0 ? 'okit-alert' : 'okit-review-section'}
            aria-labelledby={`${id}-title`}
          >
            <h2 className="okit-summary-title" id={`${id}-title`} ref={heading} tabIndex={-1}>
              {notifications.total === 0
                ? messages.completeTitle
                : notifications.actionRequired > 0
                  ? messages.notificationsTitle
                  : messages.notificationsVerifyingTitle}
            </h2>
            {notifications.total === 0 ? <p>{messages.completeDescription}</p> : null}
            {deadline ? <p>{formatMessage(messages.notificationsDeadline, { date: deadline })}</p> : null}
            {notifications.total > 0 ? (
              <ul>
                {notifications.notifications.map((notification) => (
                  <NotificationItem
                    key={notification.kind}
                    notification={notification}
                    messages={messages}
                    list={list}
                  />
                ))}
              </ul>
            ) : null}
            {hasAction ? (
              <div className="okit-actions">
                <button
                  ref={actionButton}
                  type="button"
                  className="okit-button okit-button-primary"
                  aria-expanded={onAction ? undefined : collecting !== undefined}
                  aria-controls={onAction || collecting === undefined ? undefined : `${id}-onboarding`}
                  onClick={() => {
                    if (onAction) onAction({ requirements: notifications.actionFieldKeys });
                    else setCollecting(collecting ? undefined : notifications.actionFieldKeys);
                  }}
                >
                  {messages.notificationsAction}
                </button>
              </div>
            ) : null}
          </section>
        </StyledRoot>
      ) : null}
      {collecting ? (
        <div id={`${id}-onboarding`}>
          <AccountOnboarding
            collectionOptions={{ ...collectionOptions, requirements: { only: collecting } }}
            onExit={exit}
            onComplete={complete}
          />
        </div>
      ) : null}
    </>
  );
}
