import { randomUUID } from 'node:crypto';
import { expect, type Locator, type Page } from '@playwright/test';
import { fillByLabel, group, type LabelledValues } from './fill-by-label.js';
import type { StepScreens } from './test.js';
import type { SellerAnswers, StepAnswers } from './test-values.js';

/** An email no other test uses: every spec creates its own seller. */
export function uniqueEmail(prefix: string): string {
  return `${prefix}-${randomUUID().slice(0, 8)}@example.com`;
}

/**
 * Signs a new seller up at /start, as a person would, and waits for the
 * onboarding page. Returns the connected account's id.
 */
export async function startSeller(
  page: Page,
  seller: Pick<SellerAnswers, 'country' | 'businessType'>,
  screens?: StepScreens,
): Promise<string> {
  await page.goto('/start');
  await page.getByLabel('Country').selectOption(seller.country);
  await page.getByRole('radio', { name: seller.businessType, exact: true }).check();
  await page.getByLabel('Email').fill(uniqueEmail(seller.country.toLowerCase()));
  await screens?.capture('start');
  const created = page.waitForResponse(
    (response) =>
      response.request().method() === 'POST' && new URL(response.url()).pathname === '/api/sellers',
  );
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  const response = await created;
  expect(response.ok(), `POST /api/sellers answered ${response.status()}`).toBe(true);
  const { account } = (await response.json()) as { account: { id: string } };
  await expect(page).toHaveURL(/\/onboarding$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Set up payouts' })).toBeVisible();
  return account.id;
}

/** The form of the onboarding step titled `title` (the form is named by its heading). */
export function onboardingStep(page: Page, title: string): Locator {
  return page.getByRole('form', { name: title, exact: true });
}

/** Adds a person to the list named `list` (Representative, Owners, …) and fills in their details. */
export async function addPerson(form: Locator, list: string, values: LabelledValues): Promise<void> {
  const people = group(form, list);
  const before = await people.getByRole('listitem').count();
  await people.getByRole('button', { name: 'Add person', exact: true }).click();
  await expect(people.getByRole('listitem')).toHaveCount(before + 1);
  await fillByLabel(people.getByRole('listitem').last(), values);
}

/** Fills a step as `answers` says, without moving on. */
export async function fillStep(page: Page, answers: StepAnswers): Promise<Locator> {
  const form = onboardingStep(page, answers.title);
  await expect(form).toBeVisible();
  for (const [list, persons] of Object.entries(answers.persons ?? {})) {
    for (const person of persons) await addPerson(form, list, person);
  }
  await fillByLabel(form, answers.values);
  return form;
}

/** Submits the step in view and waits for the next screen. */
export async function continueFrom(form: Locator): Promise<void> {
  await form.getByRole('button', { name: 'Continue', exact: true }).click();
  await expect(form).toBeHidden();
}

/** Fills and submits every step; ends on the review. */
export async function completeSteps(page: Page, answers: SellerAnswers, screens?: StepScreens) {
  for (const step of answers.steps) {
    const form = await fillStep(page, step);
    await screens?.capture(step.title);
    await continueFrom(form);
  }
  await expect(page.getByRole('heading', { level: 2, name: 'Review your details' })).toBeVisible();
}

/** Fills and submits every step, then finishes from the review; ends on the seller dashboard. */
export async function completeOnboarding(page: Page, answers: SellerAnswers, screens?: StepScreens) {
  await completeSteps(page, answers, screens);
  await finishFromReview(page, screens);
}

/** On the review: checks it shows, then Finish, which the demo follows to the dashboard. */
export async function finishFromReview(page: Page, screens?: StepScreens): Promise<void> {
  await expect(page.getByRole('heading', { level: 2, name: 'Review your details' })).toBeVisible();
  await screens?.capture('review');
  await page.getByRole('button', { name: 'Finish', exact: true }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Seller dashboard' })).toBeVisible();
  await screens?.capture('dashboard');
}
