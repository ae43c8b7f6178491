import { z } from 'zod';

/** The embeddable components a session can enable, as Stripe names them. */
export const componentNames = ['account_onboarding', 'account_management', 'notification_banner'] as const;
export type ComponentName = (typeof componentNames)[number];

const featuresSchema = z.strictObject({
  external_account_collection: z
    .boolean()
    .optional()
    .describe('Whether the component collects the payout bank account (default true).'),
});

const componentInputSchema = z.strictObject({
  enabled: z.boolean(),
  features: featuresSchema.optional(),
});

/** `components` as `POST /v1/account_sessions` accepts it; at least one must be enabled. */
export const componentsInputSchema = z
  .strictObject({
    account_onboarding: componentInputSchema.optional(),
    account_management: componentInputSchema.optional(),
    notification_banner: componentInputSchema.optional(),
  })
  .refine(
    (components) => Object.values(components).some((component) => component?.enabled),
    'must enable at least one component',
  );

export type ComponentsInput = z.infer<typeof componentsInputSchema>;

const componentSchema = z.object({
  enabled: z.boolean(),
  features: z.object({ external_account_collection: z.boolean() }),
});

/** A session's components, every one listed with its features filled in, as Stripe returns them. */
export const componentsSchema = z
  .object({
    account_onboarding: componentSchema,
    account_management: componentSchema,
    notification_banner: componentSchema,
  })
  .meta({ id: 'AccountSessionComponents' });

export type Components = z.infer<typeof componentsSchema>;

/** Fills in what the platform left out: disabled components, default features. */
export function resolveComponents(input: ComponentsInput): Components {
  const resolve = (component: z.infer<typeof componentInputSchema> | undefined) => ({
    enabled: component?.enabled ?? false,
    features: { external_account_collection: component?.features?.external_account_collection ?? true },
  });
  return {
    account_onboarding: resolve(input.account_onboarding),
    account_management: resolve(input.account_management),
    notification_banner: resolve(input.notification_banner),
  };
}

/**
 * Whether a session may change the account: onboarding and management
 * collect details; the notification banner only shows what is due.
 */
export function canWrite(components: Components): boolean {
  return components.account_onboarding.enabled || components.account_management.enabled;
}

/**
 * Whether a writing session may collect the payout bank account: some
 * enabled writing component must allow it.
 */
export function collectsExternalAccount(components: Components): boolean {
  return (['account_onboarding', 'account_management'] as const).some(
    (name) => components[name].enabled && components[name].features.external_account_collection,
  );
}

/**
 * A session's components as read back from the store, in the order the API
 * writes them: `jsonb` keeps keys shortest first, so without this a session
 * read again listed them in another order than the one its mint answered.
 */
export function inComponentOrder(stored: Components): Components {
  return {
    account_onboarding: stored.account_onboarding,
    account_management: stored.account_management,
    notification_banner: stored.notification_banner,
  };
}
