import { describe, expect, it } from 'vitest';
import type { Locator } from 'vitest/browser';
import { AccountManagement } from '../account-management/account-management.js';
import { renderOnboarding } from '../test-support/render-onboarding.js';
import { renderWithKit } from '../test-support/render-with-kit.js';
import { completedUsIndividual } from '../test-support/test-accounts.js';

/** Where the `index`th character of an element's text lands on screen, from the left. */
function leftOf(element: Element, index: number): number {
  const text = element.firstChild;
  if (!(text instanceof Text)) throw new Error(`expected text in ${element.outerHTML}`);
  const range = document.createRange();
  range.setStart(text, index);
  range.setEnd(text, index + 1);
  return range.getBoundingClientRect().left;
}

/**
 * Asserts that `value` shows as written, left to right, inside the right-to-left
 * page: its element runs left to right and its first character is drawn left
 * of its last (mirrored, "+14155552671" would show as "14155552671+").
 */
async function expectShownLeftToRight(value: Locator, text: string) {
  await expect.element(value).toBeVisible();
  const element = value.element();
  expect(element.textContent).toBe(text);
  expect(getComputedStyle(element).direction).toBe('ltr');
  expect(getComputedStyle(element).unicodeBidi).toBe('isolate');
  expect(leftOf(element, 0)).toBeLessThan(leftOf(element, text.length - 1));
}

describe('review values in a right-to-left locale', () => {
  describe('given the review step of a US individual who gave everything', () => {
    it('shows the phone number, the bank account’s mask and the address as written', async () => {
      const { screen } = await renderOnboarding(await completedUsIndividual(), { kit: { locale: 'ar' } });
      await expect.element(screen.getByRole('heading', { name: 'راجع بياناتك' })).toBeVisible();
      expect(screen.container.querySelector('.okit-root')?.getAttribute('dir')).toBe('rtl');

      await expectShownLeftToRight(screen.getByText('+14155552671', { exact: true }), '+14155552671');
      await expectShownLeftToRight(screen.getByText('•••• 6789', { exact: true }), '•••• 6789');
      // Not forced left to right: set apart, it takes the direction of its own first letters.
      const address = screen.getByText('1 Market St, San Francisco, CA, 94107', { exact: true });
      await expectShownLeftToRight(address, '1 Market St, San Francisco, CA, 94107');
    });
  });

  describe('given account management of the same individual', () => {
    it('shows the phone number and the bank account’s mask as written', async () => {
      const { screen } = await renderWithKit(await completedUsIndividual(), <AccountManagement />, {
        components: ['account_management'],
        kit: { locale: 'ar' },
      });
      await expectShownLeftToRight(screen.getByText('+14155552671', { exact: true }), '+14155552671');
      await expectShownLeftToRight(screen.getByText('•••• 6789', { exact: true }), '•••• 6789');
      await expect
        .element(screen.getByText('jenny@example.com', { exact: true }))
        .toHaveAttribute('dir', 'ltr');
    });
  });
});
