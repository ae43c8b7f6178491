import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { deCompanyDocument } from '../../test-support/documents.fixture.js';
import { expectNoAxeViolations } from '../../test-support/expect-accessible.js';
import { renderOnboarding } from '../../test-support/render-onboarding.js';

describe('PersonListField', () => {
  describe('given a company that owes its owners', () => {
    it('adds owners, totals their shares, refuses more than 100% and lets one be removed', async () => {
      const { screen } = await renderOnboarding(deCompanyDocument());
      await expect.element(screen.getByRole('heading', { name: 'Owners' })).toBeVisible();
      await expect.element(screen.getByText('No one added yet.')).toBeVisible();

      await userEvent.click(screen.getByRole('button', { name: 'Add person' }));
      await expect.element(screen.getByRole('textbox', { name: 'First name' })).toHaveFocus();
      await userEvent.fill(screen.getByRole('textbox', { name: 'First name' }), 'Anna');
      await userEvent.fill(screen.getByRole('textbox', { name: 'Last name' }), 'Schmidt');
      await userEvent.fill(screen.getByRole('spinbutton', { name: 'Ownership' }), '60');

      await userEvent.click(screen.getByRole('button', { name: 'Add person' }));
      await expect.element(screen.getByRole('group', { name: 'Person 2' })).toBeVisible();
      await userEvent.fill(screen.getByRole('textbox', { name: 'First name' }).nth(1), 'Ben');
      await userEvent.fill(screen.getByRole('textbox', { name: 'Last name' }).nth(1), 'Weber');
      await userEvent.fill(screen.getByRole('spinbutton', { name: 'Ownership' }).nth(1), '50');
      await expect.element(screen.getByText('Total ownership: 110%')).toBeVisible();

      await userEvent.click(screen.getByRole('checkbox', { name: 'I confirm these are all the owners' }));
      await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
      await expect
        .element(screen.getByText('Ownership cannot add up to more than 100%.', { exact: true }))
        .toBeVisible();
      await expect.element(screen.getByRole('button', { name: 'Add person' })).toHaveFocus();
      await expectNoAxeViolations(screen.container);

      await userEvent.click(screen.getByRole('button', { name: 'Remove Ben Weber' }));
      await expect.element(screen.getByText('Total ownership: 60%')).toBeVisible();
      await expect.element(screen.getByRole('button', { name: 'Add person' })).toHaveFocus();
    });

    it('puts a missing share on that person’s field and saves complete owners', async () => {
      const { screen, session } = await renderOnboarding(deCompanyDocument());
      await userEvent.click(screen.getByRole('button', { name: 'Add person' }));
      await userEvent.fill(screen.getByRole('textbox', { name: 'First name' }), 'Anna');
      await userEvent.fill(screen.getByRole('textbox', { name: 'Last name' }), 'Schmidt');
      await userEvent.click(screen.getByRole('checkbox', { name: 'I confirm these are all the owners' }));
      await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
      const share = screen.getByRole('spinbutton', { name: 'Ownership' });
      await expect.element(share).toHaveAttribute('aria-invalid', 'true');
      await expect.element(share).toHaveFocus();

      await userEvent.fill(share, '100');
      await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
      await expect.element(screen.getByRole('heading', { name: 'Payouts' })).toHaveFocus();
      const { document } = await session.inspect();
      const owners = document.steps[1]?.fields.find((field) => field.key === 'owners');
      expect(owners?.value).toEqual([
        {
          id: 'person_1',
          values: { first_name: 'Anna', last_name: 'Schmidt', 'relationship.percent_ownership': 100 },
        },
      ]);
    });
  });
});
