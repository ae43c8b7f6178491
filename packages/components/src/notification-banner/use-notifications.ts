import { type FieldSpec, isFieldVisible, type RequirementsDocument, type Step } from '@onboardkit/schema';
import { useMemo } from 'react';
import type { OnboardKitError } from '../api/onboard-kit-error.js';
import { selectSteps } from '../requirements/collection-options.js';
import { type UseRequirementsOptions, useRequirements } from '../requirements/use-requirements.js';

/** Why a field is in a notification, most urgent first. */
const notificationKinds = [
  'errors',
  'past_due',
  'currently_due',
  'eventually_due',
  'pending_verification',
] as const;

export type NotificationKind = (typeof notificationKinds)[number];

/** The fields of the account that are in one state, such as past due. */
export interface AccountNotification {
  kind: NotificationKind;
  /** False only for `pending_verification`: the server is checking, nothing to do. */
  actionRequired: boolean;
  fields: FieldSpec[];
}

export type UseNotificationsOptions = UseRequirementsOptions;

export interface NotificationsResult {
  status: 'pending' | 'error' | 'success';
  error: OnboardKitError | null;
  refetch: () => Promise<unknown>;
  /** One per kind that has fields, most urgent first; each field is in one only. */
  notifications: AccountNotification[];
  /** `notifications.length`, as `onNotificationsChange` reports it. */
  total: number;
  /** How many notifications ask the account holder to act. */
  actionRequired: number;
  /** The keys of the fields to act on: `collectionOptions.requirements.only` for an onboarding of exactly those. */
  actionFieldKeys: string[];
  /** The requirements' `current_deadline`, in Unix seconds. */
  deadline: number | null;
}

/** The keys of the fields a list of requirements names (`individual.dob.day` names `individual.dob`). */
function keysNamedBy(steps: readonly Step[], requirements: readonly string[]): Set<string> {
  return new Set(
    selectSteps({ steps: [...steps] }, { only: [...requirements] }).flatMap((step) =>
      step.fields.map((spec) => spec.key),
    ),
  );
}

/**
 * Sorts the visible fields of the document into notifications. A field's own
 * `status` and `errors` count, and so does the requirements hash, which a
 * server may fill without field statuses.
 */
function notificationsOf(document: RequirementsDocument, steps: readonly Step[]): AccountNotification[] {
  const { requirements } = document;
  const named: Record<NotificationKind, Set<string>> = {
    errors: keysNamedBy(
      steps,
      requirements.errors.map((error) => error.requirement),
    ),
    past_due: keysNamedBy(steps, requirements.past_due),
    currently_due: keysNamedBy(steps, requirements.currently_due),
    eventually_due:
      document.collect === 'eventually_due' ? keysNamedBy(steps, requirements.eventually_due) : new Set(),
    pending_verification: keysNamedBy(steps, requirements.pending_verification),
  };
  const fields = steps.flatMap((step) => step.fields);
  const held = Object.fromEntries(fields.map((spec) => [spec.key, spec.value]));
  const kindOf = (spec: FieldSpec): NotificationKind | undefined => {
    if ((spec.errors?.length ?? 0) > 0) return 'errors';
    if (spec.status === 'eventually_due' && document.collect !== 'eventually_due') return undefined;
    return notificationKinds.find((kind) => spec.status === kind || named[kind].has(spec.key));
  };
  const byKind = new Map<NotificationKind, FieldSpec[]>();
  for (const spec of fields) {
    if (!isFieldVisible(spec, held)) continue;
    const kind = kindOf(spec);
    if (kind !== undefined) byKind.set(kind, [...(byKind.get(kind) ?? []), spec]);
  }
  return notificationKinds.flatMap((kind) => {
    const inKind = byKind.get(kind);
    return inKind ? [{ kind, actionRequired: kind !== 'pending_verification', fields: inKind }] : [];
  });
}

/**
 * What the account owes, as a notification banner shows it: what is due,
 * past due or refused, and by when. Reads only, so a session with just
 * `notification_banner` enabled can use it.
 *
 * @example
 * const { actionRequired, actionFieldKeys, deadline } = useNotifications();
 * // <AccountOnboarding collectionOptions={{ requirements: { only: actionFieldKeys } }} />
 */
export function useNotifications(options: UseNotificationsOptions = {}): NotificationsResult {
  const requirements = useRequirements(options);
  const { document, steps } = requirements;
  const notifications = useMemo(() => (document ? notificationsOf(document, steps) : []), [document, steps]);
  const acting = notifications.filter((notification) => notification.actionRequired);
  return {
    status: requirements.status,
    error: requirements.error,
    refetch: requirements.refetch,
    notifications,
    total: notifications.length,
    actionRequired: acting.length,
    actionFieldKeys: acting.flatMap((notification) => notification.fields.map((spec) => spec.key)),
    deadline: document?.requirements.current_deadline ?? null,
  };
}
