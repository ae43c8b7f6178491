import { type APIRequestContext, expect, type Locator, type Page } from '@playwright/test';

/** An account as the demo's admin API lists it (GET /api/admin/accounts). */
export interface AdminAccount {
  id: string;
  country: string;
  business_type: string | null;
  charges_enabled: boolean;
  payouts_enabled: boolean;
  details_submitted: boolean;
  requirements: {
    currently_due: string[];
    eventually_due: string[];
    past_due: string[];
    pending_verification: string[];
    disabled_reason: string | null;
    current_deadline: number | null;
  };
}

/** The account `id` as the platform sees it, through the demo backend's admin API. */
export async function adminAccount(request: APIRequestContext, id: string): Promise<AdminAccount> {
  const response = await request.get('/api/admin/accounts');
  expect(response.status()).toBe(200);
  const { data } = (await response.json()) as { data: AdminAccount[] };
  const account = data.find((candidate) => candidate.id === id);
  if (!account) throw new Error(`The admin API does not list ${id}.`);
  return account;
}

export async function openAdmin(page: Page): Promise<void> {
  await page.goto('/admin');
  await expect(page.getByRole('heading', { level: 1, name: 'Connected accounts' })).toBeVisible();
}

/** The admin table's row of the account `id`. */
export function adminRow(page: Page, id: string): Locator {
  return page
    .getByRole('table', { name: 'Connected accounts with their requirements' })
    .getByRole('row')
    .filter({ hasText: id });
}

/** The rows of the admin page's "Webhooks received" table that tell of the account `id`. */
export function webhookRows(page: Page, id: string): Locator {
  return page
    .getByRole('table', { name: 'Webhooks received, newest first' })
    .getByRole('row')
    .filter({ hasText: id });
}

/** Presses one of a row's test-mode controls and waits for the demo backend to answer it. */
async function pressRowControl(page: Page, id: string, button: string, path: string): Promise<void> {
  const answered = page.waitForResponse(
    (response) =>
      response.request().method() === 'POST' &&
      new URL(response.url()).pathname === `/api/admin/accounts/${id}/${path}`,
  );
  await adminRow(page, id).getByRole('button', { name: button, exact: true }).click();
  expect((await answered).status()).toBe(200);
}

/** "Settle verifications": every pending check of the account decided now. */
export function settleVerifications(page: Page, id: string): Promise<void> {
  return pressRowControl(page, id, 'Settle verifications', 'settle-verifications');
}

/** The same as "Settle verifications", through the demo backend's admin API, from any page. */
export async function settleVerificationsOf(page: Page, id: string): Promise<void> {
  const settled = await page.request.post(`/api/admin/accounts/${id}/settle-verifications`, { data: {} });
  expect(settled.status(), await settled.text()).toBe(200);
}

/** "Advance deadlines 30 days": the account's deadlines come 30 days closer. */
export function advanceDeadlines(page: Page, id: string): Promise<void> {
  return pressRowControl(page, id, 'Advance deadlines 30 days', 'advance-deadlines');
}

/** "Open dashboard": signs in as that seller and shows their dashboard. */
export async function openDashboardOf(page: Page, id: string): Promise<void> {
  await adminRow(page, id).getByRole('button', { name: 'Open dashboard', exact: true }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Seller dashboard' })).toBeVisible();
}
