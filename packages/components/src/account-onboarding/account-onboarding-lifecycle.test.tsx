import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { expectNoAxeViolations } from '../test-support/expect-accessible.js';
import { renderOnboarding } from '../test-support/render-onboarding.js';
import { completedUsIndividual, returningUsIndividual } from '../test-support/test-accounts.js';
import { dropConnections } from '../test-support/test-session.js';

describe('AccountOnboarding lifecycle', () => {
  describe('given the requirements cannot be loaded', () => {
    it('retries, then shows a retry button and calls onLoadError; the retry loads', async () => {
      const onLoadError = vi.fn();
      const onLoaderStart = vi.fn();
      const account = await returningUsIndividual();
      // Every request for the requirements loses its connection, retries included.
      const restore = await dropConnections('/v1/embedded/requirements');
      const { screen } = await renderOnboarding(account, { props: { onLoadError, onLoaderStart } });
      expect(onLoaderStart).toHaveBeenCalledExactlyOnceWith({ elementTagName: 'account-onboarding' });
      await expect.element(screen.getByRole('button', { name: 'Try again' })).toBeVisible();
      expect(onLoadError).toHaveBeenCalledExactlyOnceWith({
        error: {
          type: 'api_connection_error',
          message: 'Could not reach the session server. Check your connection and try again.',
        },
        elementTagName: 'account-onboarding',
      });
      await expectNoAxeViolations(screen.container);
      await restore();
      await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
      await expect.element(screen.getByRole('heading', { name: 'Personal details' })).toBeVisible();
    });
  });

  describe('given an account with nothing left to give', () => {
    it('opens on the review, shows held values masked, and completes', async () => {
      const onComplete = vi.fn();
      const onStepChange = vi.fn();
      const { screen } = await renderOnboarding(await completedUsIndividual(), {
        props: { onComplete, onStepChange },
      });
      await expect.element(screen.getByRole('heading', { name: 'Review your details' })).toBeVisible();
      await expect.element(screen.getByText('Individual or sole proprietor', { exact: true })).toBeVisible();
      await expect.element(screen.getByText('Provided •••• 6789')).toBeVisible();
      await expect.element(screen.getByText('0000')).not.toBeInTheDocument();
      await expect.element(screen.getByText('1 Market St, San Francisco, CA, 94107')).toBeVisible();
      await expect.element(screen.getByText('January 1, 1901')).toBeVisible();
      await expectNoAxeViolations(screen.container);
      await userEvent.click(screen.getByRole('button', { name: 'Finish' }));
      await expect.element(screen.getByRole('heading', { name: 'All done' })).toHaveFocus();
      expect(onComplete).toHaveBeenCalledTimes(1);
      expect(onStepChange.mock.calls.map(([event]) => event.step)).toEqual(['review', 'complete']);
    });

    it('goes from the review to a step to edit it', async () => {
      const { screen } = await renderOnboarding(await completedUsIndividual());
      await userEvent.click(screen.getByRole('button', { name: 'Edit Personal details' }));
      await expect.element(screen.getByRole('heading', { name: 'Personal details' })).toHaveFocus();
      await expect.element(screen.getByLabelText('First name')).toHaveValue('Jenny');
    });
  });

  describe('given the platform changes the locale mid-step', () => {
    it('switches the text and keeps what was typed', async () => {
      const { screen, onboardKit } = await renderOnboarding(await returningUsIndividual());
      await userEvent.fill(screen.getByLabelText('First name'), 'Jenny');
      onboardKit.update({ locale: 'fr' });
      await expect.element(screen.getByRole('button', { name: 'Continuer' })).toBeVisible();
      // The labels come from the server, which now answers in French too.
      await expect.element(screen.getByLabelText('Prénom')).toHaveValue('Jenny');
    });

    it('lays the platform’s wording over the bundled text', async () => {
      const { screen } = await renderOnboarding(await returningUsIndividual(), {
        kit: { messages: { en: { continue: 'Save and continue' } } },
      });
      await expect.element(screen.getByRole('button', { name: 'Save and continue' })).toBeVisible();
    });
  });

  describe('given the platform logs out', () => {
    it('renders nothing and calls onExit only from its button before', async () => {
      const onExit = vi.fn();
      const { screen, onboardKit } = await renderOnboarding(await returningUsIndividual(), {
        props: { onExit },
      });
      await userEvent.click(screen.getByRole('button', { name: 'Save and exit' }));
      expect(onExit).toHaveBeenCalledTimes(1);
      await onboardKit.logout();
      await expect.element(screen.getByRole('heading', { name: 'Personal details' })).not.toBeInTheDocument();
      expect(screen.container.querySelector('.okit-root')).toBeNull();
    });
  });
});
