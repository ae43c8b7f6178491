import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { expectNoAxeViolations } from '../test-support/expect-accessible.js';
import { type RenderWithKitOptions, renderWithKit } from '../test-support/render-with-kit.js';
import {
  completedUsIndividual,
  returningUsIndividual,
  usBankAccount,
  usIndividualNeedingAttention,
  usIndividualWithDeadline,
  usPersonalValues,
} from '../test-support/test-accounts.js';
import { dropConnections, type TestAccount, watchRequests } from '../test-support/test-session.js';
import { NotificationBanner, type NotificationBannerProps } from './notification-banner.js';

function renderBanner(
  account: TestAccount,
  options: RenderWithKitOptions & { props?: NotificationBannerProps } = {},
) {
  return renderWithKit(account, <NotificationBanner {...options.props} />, options);
}

/** The account's deadline as the banner words it in `locale`. */
async function deadlineOf(account: TestAccount, locale: string) {
  const { requirements } = await account.retrieve();
  if (requirements.current_deadline === null) throw new Error('The account has no deadline.');
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(
    new Date(requirements.current_deadline * 1000),
  );
}

const failedSsnReason =
  "The person's keyed-in identity information could not be verified. Correct any errors or upload a document that matches the identity fields.";

describe('NotificationBanner', () => {
  describe('given an account with a refused value, past-due details and a check under way', () => {
    it('says what is refused, past due and being verified, and reports the counts', async () => {
      const onNotificationsChange = vi.fn();
      const { screen } = await renderBanner(await usIndividualNeedingAttention(), {
        props: { onNotificationsChange },
      });
      await expect
        .element(screen.getByRole('heading', { name: 'Your account needs more information' }))
        .toBeVisible();
      const items = screen.getByRole('listitem');
      await expect
        .element(items.nth(0))
        .toHaveTextContent(`Needs correcting: Social Security number (SSN) (${failedSsnReason})`);
      await expect
        .element(items.nth(1))
        .toHaveTextContent('Past due: Bank account and I accept the services agreement.');
      await expect.element(items.nth(2)).toHaveTextContent('Being verified: Home address');
      expect(onNotificationsChange).toHaveBeenCalledExactlyOnceWith({ total: 3, actionRequired: 2 });
      await expectNoAxeViolations(screen.container);
    });

    it('opens onboarding for exactly the fields to act on, saves them, and closes it on exit', async () => {
      const account = await usIndividualNeedingAttention();
      const { screen } = await renderBanner(account);
      const action = screen.getByRole('button', { name: 'Provide information' });
      await userEvent.click(action);
      await expect.element(action).toHaveAttribute('aria-expanded', 'true');
      await expect.element(screen.getByRole('heading', { name: 'Personal details' })).toBeVisible();
      await expect.element(screen.getByLabelText('Social Security number (SSN)')).toBeVisible();
      await expect.element(screen.getByLabelText('Email')).not.toBeInTheDocument();
      await expect.element(screen.getByLabelText('Postal code')).not.toBeInTheDocument();
      await expectNoAxeViolations(screen.container);
      await userEvent.fill(screen.getByLabelText('Social Security number (SSN)'), '000000000');
      await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
      await expect.element(screen.getByRole('heading', { name: 'Payouts' })).toHaveFocus();
      const { requirements } = await account.retrieve();
      expect(requirements.errors).toEqual([]);
      expect(requirements.currently_due).not.toContain('individual.id_number');
      await userEvent.click(screen.getByRole('button', { name: 'Save and exit' }));
      await expect.element(screen.getByRole('heading', { name: 'Payouts' })).not.toBeInTheDocument();
      await expect.element(action).toHaveFocus();
    });
    it('finishing in place, leaves focus on the banner, which now says only what is being verified', async () => {
      const account = await usIndividualNeedingAttention();
      // The SSN and the bank account given on another visit: only the terms are left to act on.
      await account.submit({ 'individual.id_number': '000000000', external_account: usBankAccount });
      const { screen } = await renderBanner(account);
      await userEvent.click(screen.getByRole('button', { name: 'Provide information' }));
      await userEvent.click(screen.getByRole('checkbox', { name: 'I accept the services agreement.' }));
      await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
      await expect.element(screen.getByRole('heading', { name: 'Review your details' })).toHaveFocus();
      await userEvent.click(screen.getByRole('button', { name: 'Finish' }));

      const heading = screen.getByRole('heading', { name: 'We are verifying your details' });
      await expect.element(heading).toHaveFocus();
      await expect
        .element(screen.getByRole('button', { name: 'Provide information' }))
        .not.toBeInTheDocument();
      await expectNoAxeViolations(screen.container);
    });
  });

  describe('given only the terms left to accept, everything else verified', () => {
    it('finishing in place, says all is done and keeps focus there', async () => {
      const account = await returningUsIndividual(usPersonalValues);
      await account.submit({ external_account: usBankAccount });
      await account.settleVerifications();
      const onNotificationsChange = vi.fn();
      const { screen } = await renderBanner(account, { props: { onNotificationsChange } });
      await userEvent.click(screen.getByRole('button', { name: 'Provide information' }));
      await userEvent.click(screen.getByRole('checkbox', { name: 'I accept the services agreement.' }));
      await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
      await userEvent.click(screen.getByRole('button', { name: 'Finish' }));

      await expect.element(screen.getByRole('heading', { name: 'All done' })).toHaveFocus();
      await vi.waitFor(() =>
        expect(onNotificationsChange).toHaveBeenLastCalledWith({ total: 0, actionRequired: 0 }),
      );
      await expect.element(screen.getByRole('heading', { name: 'All done' })).toHaveFocus();
      await expect
        .element(screen.getByText('Your details were sent. We will let you know if we need anything else.'))
        .toBeVisible();
      await expectNoAxeViolations(screen.container);
    });
  });

  describe('given an account with a deadline', () => {
    it('says by when, in the locale', async () => {
      const account = await usIndividualWithDeadline();
      const { screen } = await renderBanner(account);
      await expect
        .element(
          screen.getByText(`Provide it by ${await deadlineOf(account, 'en')} to keep your account active.`),
        )
        .toBeVisible();
      await expect
        .element(screen.getByRole('listitem').first())
        .toHaveTextContent('Due now: Social Security number (SSN)');
      await expectNoAxeViolations(screen.container);
    });
  });

  describe('given a notification_banner-only session', () => {
    it('reads what is due and hands the fields to onAction, never writing', async () => {
      const onAction = vi.fn();
      const sent = watchRequests();
      const { screen } = await renderBanner(await usIndividualNeedingAttention(), {
        components: ['notification_banner'],
        props: { onAction },
      });
      await userEvent.click(screen.getByRole('button', { name: 'Provide information' }));
      expect(onAction).toHaveBeenCalledExactlyOnceWith({
        requirements: ['individual.id_number', 'external_account', 'tos_acceptance'],
      });
      expect(sent().filter((request) => request.method !== 'GET')).toEqual([]);
      await expectNoAxeViolations(screen.container);
    });

    it('shows no action it cannot take', async () => {
      const { screen } = await renderBanner(await usIndividualNeedingAttention(), {
        components: ['notification_banner'],
      });
      await expect.element(screen.getByText('Past due:')).toBeVisible();
      expect(screen.container.querySelector('button')).toBeNull();
      await expectNoAxeViolations(screen.container);
    });
  });

  describe('given nothing is due', () => {
    it('renders nothing and reports zero', async () => {
      const account = await completedUsIndividual();
      await account.settleVerifications();
      const onNotificationsChange = vi.fn();
      const { screen } = await renderBanner(account, { props: { onNotificationsChange } });
      await vi.waitFor(() =>
        expect(onNotificationsChange).toHaveBeenCalledExactlyOnceWith({ total: 0, actionRequired: 0 }),
      );
      expect(screen.container.innerHTML).toBe('');
    });
  });

  describe('given the requirements cannot be loaded', () => {
    it('renders nothing and calls onLoadError once', async () => {
      const onLoadError = vi.fn();
      const onNotificationsChange = vi.fn();
      const account = await usIndividualNeedingAttention();
      const restore = await dropConnections('/v1/embedded/requirements');
      try {
        const { screen } = await renderBanner(account, { props: { onLoadError, onNotificationsChange } });
        await vi.waitFor(
          () =>
            expect(onLoadError).toHaveBeenCalledExactlyOnceWith({
              error: {
                type: 'api_connection_error',
                message: 'Could not reach the session server. Check your connection and try again.',
              },
              elementTagName: 'notification-banner',
            }),
          { timeout: 10_000 },
        );
        expect(screen.container.innerHTML).toBe('');
        expect(onNotificationsChange).not.toHaveBeenCalled();
      } finally {
        await restore();
      }
    });
  });

  describe('given a right-to-left locale', () => {
    it('mirrors the layout, speaks the locale and formats the deadline in it', async () => {
      const account = await usIndividualWithDeadline();
      const { screen } = await renderBanner(account, { kit: { locale: 'ar' } });
      await expect
        .element(screen.getByRole('heading', { name: 'يحتاج حسابك إلى مزيد من المعلومات' }))
        .toBeVisible();
      const deadline = await deadlineOf(account, 'ar');
      await expect.element(screen.getByText(`قدّمها قبل ${deadline} ليبقى حسابك نشطًا.`)).toBeVisible();
      const root = screen.container.querySelector('.okit-root');
      expect(root?.getAttribute('dir')).toBe('rtl');
      expect(root?.getAttribute('lang')).toBe('ar');
      await expectNoAxeViolations(screen.container);
    });
  });
});
