import { expect, type Page } from '@playwright/test';
import { type DemoInstance, primaryDemo, sessionServerUrl } from './demo-instances.js';
import { testUsIndividualValues } from './test-mode-values.js';

/**
 * Answers the signed-in seller's requirements straight through the embedded
 * API, with a client secret the demo backend mints for them, as the
 * components would. For specs about what comes after onboarding (account
 * management, deadlines), so each does not walk the whole form first.
 */
export async function submitForSignedInSeller(
  page: Page,
  values: Record<string, unknown>,
  instance: DemoInstance = primaryDemo,
): Promise<void> {
  // page.request shares the browser context's cookies: the seller signed in at /start.
  const minted = await page.request.post('/api/account-session', { data: {} });
  expect(minted.status()).toBe(200);
  const { client_secret: clientSecret } = (await minted.json()) as { client_secret: string };
  const submitted = await page.request.post(`${sessionServerUrl(instance)}/v1/embedded/submissions`, {
    headers: { Authorization: `Bearer ${clientSecret}` },
    data: { values },
  });
  expect(submitted.status(), await submitted.text()).toBe(200);
}

/** A complete US individual onboarding in wire form, with test values that verify. */
export const usIndividualWireValues = testUsIndividualValues;
