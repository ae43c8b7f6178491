import { afterEach, describe, expect, it } from 'vitest';
import { usIndividualDocument } from '../test-support/documents.fixture.js';
import { expectNoAxeViolations } from '../test-support/expect-accessible.js';
import { renderOnboarding } from '../test-support/render-onboarding.js';

const hostReset = 'button,input,select{all:unset}h2{font-size:8px}p{margin:40px}';

function addHostStyles(css: string) {
  const style = document.createElement('style');
  style.dataset.host = '';
  style.textContent = css;
  document.head.append(style);
}

afterEach(() => {
  for (const element of document.querySelectorAll('style[data-host], [data-host-button]')) element.remove();
});

describe('StyledRoot', () => {
  describe('given a platform appearance and a CSP nonce', () => {
    it('sets the variables on the root and adds one style tag with the nonce', async () => {
      const { screen } = await renderOnboarding(usIndividualDocument(), {
        kit: {
          appearance: { variables: { colorPrimary: 'rgb(10, 37, 64)', borderRadius: '0px' } },
          styleNonce: 'n0nce',
        },
      });
      const button = screen.getByRole('button', { name: 'Continue' });
      await expect.element(button).toBeVisible();
      expect(getComputedStyle(button.element()).backgroundColor).toBe('rgb(10, 37, 64)');
      expect(getComputedStyle(button.element()).borderTopLeftRadius).toBe('0px');
      const styles = document.querySelectorAll<HTMLStyleElement>('style[data-okit-styles]');
      expect(styles).toHaveLength(1);
      expect(styles[0]?.nonce).toBe('n0nce');
    });
  });

  describe('given a host page that resets inputs and buttons', () => {
    it('keeps its own look, and leaves the host’s elements alone', async () => {
      addHostStyles(hostReset);
      const hostButton = document.createElement('button');
      hostButton.dataset.hostButton = '';
      hostButton.textContent = 'Host';
      document.body.append(hostButton);

      const { screen } = await renderOnboarding(usIndividualDocument(), {
        kit: { appearance: { theme: 'dark' } },
      });
      const button = screen.getByRole('button', { name: 'Continue' });
      await expect.element(button).toBeVisible();
      const ours = getComputedStyle(button.element());
      expect(ours.backgroundColor).toBe('rgb(165, 180, 252)');
      expect(ours.paddingTop).not.toBe('0px');
      expect(getComputedStyle(screen.getByLabelText('First name').element()).borderTopStyle).toBe('solid');
      expect(getComputedStyle(screen.getByRole('heading', { name: 'About you' }).element()).fontSize).toBe(
        '22px',
      );

      const host = getComputedStyle(hostButton);
      expect(host.backgroundColor).toBe('rgba(0, 0, 0, 0)');
      expect(host.paddingTop).toBe('0px');
      await expectNoAxeViolations(screen.container);
    });
  });
});
