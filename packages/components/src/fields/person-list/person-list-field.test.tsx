import { describe, expect, it } from 'vitest';
import { type Locator, userEvent } from 'vitest/browser';
import { expectNoAxeViolations } from '../../test-support/expect-accessible.js';
import { renderOnboarding } from '../../test-support/render-onboarding.js';
import { deCompany, dePeopleBesideOwners } from '../../test-support/test-accounts.js';
import { watchRequests } from '../../test-support/test-session.js';

/** The German company with everything but its owners given: onboarding opens on People. */
const companyOwingItsOwners = () => deCompany(dePeopleBesideOwners);

interface Owner {
  first: string;
  last: string;
  percent?: string;
  skipEmail?: boolean;
}

/** Fills the `index`th person of the owners list with values the verifier accepts. */
async function fillOwner(owners: Locator, index: number, owner: Owner) {
  await userEvent.fill(owners.getByRole('textbox', { name: 'First name' }).nth(index), owner.first);
  await userEvent.fill(owners.getByRole('textbox', { name: 'Last name' }).nth(index), owner.last);
  if (!owner.skipEmail) {
    await userEvent.fill(
      owners.getByRole('textbox', { name: 'Email' }).nth(index),
      `${owner.first.toLowerCase()}@example.com`,
    );
  }
  await userEvent.fill(owners.getByLabelText('Date of birth').nth(index), '1901-01-01');
  await userEvent.fill(owners.getByLabelText('Address line 1').nth(index), 'address_full_match');
  await userEvent.fill(owners.getByLabelText('City').nth(index), 'Berlin');
  await userEvent.fill(owners.getByLabelText('Postal code').nth(index), '10117');
  if (owner.percent !== undefined) {
    await userEvent.fill(owners.getByRole('spinbutton', { name: /^Ownership/ }).nth(index), owner.percent);
  }
}

describe('PersonListField', () => {
  describe('given a company that owes its owners', () => {
    it('adds owners, totals their shares, refuses more than 100% and lets one be removed', async () => {
      const { screen } = await renderOnboarding(await companyOwingItsOwners());
      await expect.element(screen.getByRole('heading', { name: 'People' })).toBeVisible();
      const owners = screen.getByRole('group', { name: /^Owners/ });
      await expect.element(owners.getByText('No one added yet.')).toBeVisible();
      const addOwner = owners.getByRole('button', { name: 'Add person' });

      await userEvent.click(addOwner);
      await expect.element(owners.getByRole('textbox', { name: 'First name' })).toHaveFocus();
      await fillOwner(owners, 0, { first: 'Anna', last: 'Schmidt', percent: '60' });
      await userEvent.click(addOwner);
      await expect.element(owners.getByRole('group', { name: 'Person 2' })).toBeVisible();
      await fillOwner(owners, 1, { first: 'Ben', last: 'Weber', percent: '50' });
      await expect.element(owners.getByText('Total ownership: 110%')).toBeVisible();

      await userEvent.click(screen.getByRole('checkbox', { name: 'I confirm that every owner is listed.' }));
      await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
      await expect
        .element(owners.getByText('Ownership cannot add up to more than 100%.', { exact: true }))
        .toBeVisible();
      await expect.element(addOwner).toHaveFocus();
      await expectNoAxeViolations(screen.container);

      await userEvent.click(owners.getByRole('button', { name: 'Remove Ben Weber' }));
      await expect.element(owners.getByText('Total ownership: 60%')).toBeVisible();
      await expect.element(addOwner).toHaveFocus();
    });

    it('puts a missing detail on that person’s field and saves complete owners', async () => {
      const account = await companyOwingItsOwners();
      const sent = watchRequests();
      const { screen } = await renderOnboarding(account);
      const owners = screen.getByRole('group', { name: /^Owners/ });
      await userEvent.click(owners.getByRole('button', { name: 'Add person' }));
      await fillOwner(owners, 0, { first: 'Anna', last: 'Schmidt', percent: '100', skipEmail: true });
      await userEvent.click(screen.getByRole('checkbox', { name: 'I confirm that every owner is listed.' }));
      await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
      const email = owners.getByRole('textbox', { name: 'Email' });
      await expect.element(email).toHaveAttribute('aria-invalid', 'true');
      await expect.element(email).toHaveFocus();

      await userEvent.fill(email, 'anna@example.com');
      await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
      await expect.element(screen.getByRole('heading', { name: 'Payouts' })).toHaveFocus();
      const submissions = sent().filter((request) => request.path === '/v1/embedded/submissions');
      expect(submissions).toHaveLength(1);
      const { persons } = await account.details();
      const anna = persons.find((person) => person.values.first_name === 'Anna');
      expect(anna?.values).toMatchObject({
        first_name: 'Anna',
        last_name: 'Schmidt',
        email: 'anna@example.com',
      });
      expect(anna?.relationship).toMatchObject({ owner: true, percent_ownership: 100 });
    });
  });

  describe('given a form already submitted on an earlier step', () => {
    it('adds a person without calling their empty fields missing, and clears the address error once it is given', async () => {
      const { screen } = await renderOnboarding(await deCompany());
      await expect.element(screen.getByRole('heading', { name: 'People' })).toBeVisible();
      // Back and on again: the one form behind every step has now been submitted.
      await userEvent.click(screen.getByRole('button', { name: 'Back' }));
      await expect.element(screen.getByRole('heading', { name: 'Company details' })).toHaveFocus();
      await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
      await expect.element(screen.getByRole('heading', { name: 'People' })).toHaveFocus();

      const representative = screen.getByRole('group', { name: /^Representative/ });
      await userEvent.click(representative.getByRole('button', { name: 'Add person' }));
      const firstName = representative.getByRole('textbox', { name: 'First name' });
      await expect.element(firstName).toHaveFocus();
      // A change of its own, so any check the add set off has had its turn.
      await userEvent.fill(firstName, 'Clara');
      expect(representative.getByText('This field is required.').elements()).toHaveLength(0);
      expect(representative.getByRole('textbox', { name: 'Last name' }).element()).not.toHaveAttribute(
        'aria-invalid',
      );

      // Submitted with the address missing: the whole address is called required, until it is given.
      await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
      const address = representative.getByRole('group', { name: /^Home address/ });
      await expect.element(address.getByText('This field is required.').first()).toBeVisible();
      await userEvent.fill(address.getByLabelText('Address line 1'), 'address_full_match');
      await userEvent.fill(address.getByLabelText('City'), 'Berlin');
      await userEvent.fill(address.getByLabelText('Postal code'), '10117');
      await expect.element(address.getByText('This field is required.').first()).not.toBeInTheDocument();
      expect(address.getByLabelText('Address line 1').element()).not.toHaveAttribute('aria-invalid');
    });
  });
});
