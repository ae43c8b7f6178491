import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { deCompanyDocument } from '../../test-support/documents.fixture.js';
import { expectNoAxeViolations } from '../../test-support/expect-accessible.js';
import { renderOnboarding } from '../../test-support/render-onboarding.js';

/** The DE company with its owners already given, so it resumes at payouts. */
function companyAtPayouts() {
  const document = deCompanyDocument();
  for (const field of document.steps[1]?.fields ?? []) {
    field.status = 'provided';
    field.value = field.type === 'person_list' ? [{ id: 'person_9', values: { first_name: 'Anna' } }] : true;
  }
  return document;
}

describe('BankAccountField', () => {
  describe('given an IBAN country', () => {
    it('asks for an IBAN and puts a bad one’s error on it', async () => {
      const { screen } = await renderOnboarding(companyAtPayouts());
      const iban = screen.getByRole('textbox', { name: 'IBAN' });
      await expect.element(iban).toBeVisible();
      await expect.element(screen.getByLabelText('Routing number')).not.toBeInTheDocument();
      await userEvent.fill(iban, 'DE89 3704 0044 0532 0130 01');
      await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
      await expect.element(iban).toHaveAttribute('aria-invalid', 'true');
      await expect.element(iban).toHaveFocus();
      await expectNoAxeViolations(screen.container);
    });

    it('uploads a document with progress and sends its file id with the IBAN', async () => {
      const { screen, session } = await renderOnboarding(companyAtPayouts());
      await userEvent.fill(screen.getByRole('textbox', { name: 'IBAN' }), 'DE89 3704 0044 0532 0130 00');
      const pdf = new File(['%PDF-1.4 test'], 'register.pdf', { type: 'application/pdf' });
      await userEvent.upload(screen.getByLabelText('Commercial register extract'), pdf);
      await expect.element(screen.getByText('Uploaded: register.pdf')).toBeVisible();
      await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
      await expect.element(screen.getByRole('heading', { name: 'Review your details' })).toHaveFocus();
      const { requests } = await session.inspect();
      const values = requests.find((request) => request.path === '/v1/embedded/submissions')?.body?.values;
      expect(values?.external_account).toEqual({
        country: 'DE',
        currency: 'eur',
        iban: 'DE89 3704 0044 0532 0130 00',
      });
      expect(values?.['company.verification.document']).toMatch(/^file_test_/);
      await expect.element(screen.getByText('Provided •••• 3000')).toBeVisible();
      await expectNoAxeViolations(screen.container);
    });
  });
});
