import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { pastDueDocument, providedUsIndividualDocument } from '../test-support/account-documents.fixture.js';
import { expectNoAxeViolations } from '../test-support/expect-accessible.js';
import { type RenderWithKitOptions, renderWithKit } from '../test-support/render-with-kit.js';
import { NotificationBanner, type NotificationBannerProps } from './notification-banner.js';

function renderBanner(
  document = pastDueDocument(),
  options: RenderWithKitOptions & { props?: NotificationBannerProps } = {},
) {
  return renderWithKit(document, <NotificationBanner {...options.props} />, options);
}

describe('NotificationBanner', () => {
  describe('given an account with past-due details and a deadline', () => {
    it('says what is refused, past due and due, by when, and reports the counts', async () => {
      const onNotificationsChange = vi.fn();
      const { screen } = await renderBanner(undefined, { props: { onNotificationsChange } });
      await expect
        .element(screen.getByRole('heading', { name: 'Your account needs more information' }))
        .toBeVisible();
      await expect
        .element(screen.getByText('Provide it by December 1, 2026 to keep your account active.'))
        .toBeVisible();
      const items = screen.getByRole('listitem');
      await expect
        .element(items.nth(0))
        .toHaveTextContent(
          'Needs correcting: Social Security number (The number does not match our records.)',
        );
      await expect.element(items.nth(1)).toHaveTextContent('Past due: Date of birth');
      await expect
        .element(items.nth(2))
        .toHaveTextContent('Due now: First name, Bank account, and I agree to the services agreement');
      await expect.element(items.nth(3)).toHaveTextContent('Being verified: Home address');
      expect(onNotificationsChange).toHaveBeenCalledExactlyOnceWith({ total: 4, actionRequired: 3 });
      await expectNoAxeViolations(screen.container);
    });

    it('opens onboarding for exactly the fields to act on, and closes it on exit', async () => {
      const { screen } = await renderBanner();
      const action = screen.getByRole('button', { name: 'Provide information' });
      await userEvent.click(action);
      await expect.element(action).toHaveAttribute('aria-expanded', 'true');
      await expect.element(screen.getByRole('heading', { name: 'About you' })).toBeVisible();
      await expect.element(screen.getByLabelText('First name')).toBeVisible();
      await expect.element(screen.getByLabelText('Social Security number')).toBeVisible();
      await expect.element(screen.getByLabelText('Email')).not.toBeInTheDocument();
      await expect.element(screen.getByLabelText('Postal code')).not.toBeInTheDocument();
      await expectNoAxeViolations(screen.container);
      await userEvent.click(screen.getByRole('button', { name: 'Save and exit' }));
      await expect.element(screen.getByRole('heading', { name: 'About you' })).not.toBeInTheDocument();
      await expect.element(action).toHaveFocus();
    });
  });

  describe('given a notification_banner-only session', () => {
    it('reads what is due and hands the fields to onAction, never writing', async () => {
      const onAction = vi.fn();
      const { screen, session } = await renderBanner(undefined, {
        components: ['notification_banner'],
        props: { onAction },
      });
      await userEvent.click(screen.getByRole('button', { name: 'Provide information' }));
      expect(onAction).toHaveBeenCalledExactlyOnceWith({
        requirements: [
          'individual.id_number',
          'individual.dob',
          'individual.first_name',
          'external_account',
          'tos_acceptance',
        ],
      });
      const { requests } = await session.inspect();
      expect(requests.filter((request) => request.method !== 'GET')).toEqual([]);
      await expectNoAxeViolations(screen.container);
    });

    it('shows no action it cannot take', async () => {
      const { screen } = await renderBanner(undefined, { components: ['notification_banner'] });
      await expect.element(screen.getByText('Past due:')).toBeVisible();
      expect(screen.container.querySelector('button')).toBeNull();
      await expectNoAxeViolations(screen.container);
    });
  });

  describe('given nothing is due', () => {
    it('renders nothing and reports zero', async () => {
      const onNotificationsChange = vi.fn();
      const { screen } = await renderBanner(providedUsIndividualDocument(), {
        props: { onNotificationsChange },
      });
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
      const refused = {
        path: '/v1/embedded/requirements',
        status: 403,
        body: { error: { type: 'permission_error', code: 'component_not_enabled', message: 'Not enabled.' } },
      };
      const { screen } = await renderBanner(undefined, {
        props: { onLoadError, onNotificationsChange },
        before: (session) => session.script(refused),
      });
      await vi.waitFor(() =>
        expect(onLoadError).toHaveBeenCalledExactlyOnceWith({
          error: { type: 'permission_error', message: 'Not enabled.' },
          elementTagName: 'notification-banner',
        }),
      );
      expect(screen.container.innerHTML).toBe('');
      expect(onNotificationsChange).not.toHaveBeenCalled();
    });
  });

  describe('given a right-to-left locale', () => {
    it('mirrors the layout, speaks the locale and formats the deadline in it', async () => {
      const { screen } = await renderBanner(undefined, { kit: { locale: 'ar' } });
      await expect
        .element(screen.getByRole('heading', { name: 'يحتاج حسابك إلى مزيد من المعلومات' }))
        .toBeVisible();
      const deadline = new Intl.DateTimeFormat('ar', { dateStyle: 'long' }).format(
        new Date(Date.UTC(2026, 11, 1, 12)),
      );
      await expect.element(screen.getByText(`قدّمها قبل ${deadline} ليبقى حسابك نشطًا.`)).toBeVisible();
      const root = screen.container.querySelector('.okit-root');
      expect(root?.getAttribute('dir')).toBe('rtl');
      expect(root?.getAttribute('lang')).toBe('ar');
      await expectNoAxeViolations(screen.container);
    });
  });
});
