import type { RequirementsDocument } from '@onboardkit/schema';

/**
 * What the stand-in adds for account management and the notification
 * banner, as the session server does: the components a session enables and
 * the routes they open, and `GET /v1/embedded/account` read off the document.
 */

export type StandInComponentName = 'account_onboarding' | 'account_management' | 'notification_banner';

/** Components as `GET /v1/embedded/session` lists them. */
export type StandInComponents = Record<StandInComponentName, { enabled: boolean; features: object }>;

/** A session enabling exactly `names`; onboarding alone unless a test says otherwise. */
export function componentsOf(
  names: readonly StandInComponentName[] = ['account_onboarding'],
): StandInComponents {
  const entry = (name: StandInComponentName) => ({ enabled: names.includes(name), features: {} });
  return {
    account_onboarding: entry('account_onboarding'),
    account_management: entry('account_management'),
    notification_banner: entry('notification_banner'),
  };
}

interface ScopeRefusal {
  status: 403;
  body: { error: { type: 'permission_error'; code: 'component_not_enabled'; message: string } };
}

function refusal(message: string): ScopeRefusal {
  return {
    status: 403,
    body: { error: { type: 'permission_error', code: 'component_not_enabled', message } },
  };
}

/** The server's 403 for a route the session's components do not open: writes need onboarding or management. */
export function refuseOutOfScope(
  components: StandInComponents,
  method: string,
  path: string,
): ScopeRefusal | undefined {
  const writes = components.account_onboarding.enabled || components.account_management.enabled;
  if (method === 'POST' && !writes) return refusal('This account session cannot change the account.');
  if (path === '/v1/embedded/account' && !components.account_management.enabled) {
    return refusal('This route needs an account session with account_management enabled.');
  }
  return undefined;
}

/** `GET /v1/embedded/account` of the account that owes `document`: values, masks and persons held. */
export function accountDetailsOf(document: RequirementsDocument) {
  const values: Record<string, unknown> = {};
  const masks: Record<string, unknown> = {};
  const persons: unknown[] = [];
  for (const spec of document.steps.flatMap((step) => step.fields)) {
    if (spec.type === 'person_list' && Array.isArray(spec.value)) {
      persons.push(...spec.value.map((person) => ({ masks: {}, ...(person as object) })));
    } else if (spec.mask?.provided) masks[spec.key] = spec.mask;
    else if (spec.value !== undefined) values[spec.key] = spec.value;
  }
  return {
    object: 'account_details',
    account: document.account,
    country: document.country,
    business_type: document.business_type ?? null,
    version: document.version,
    values,
    masks,
    persons,
  };
}
