import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { expectNoAxeViolations } from '../../test-support/expect-accessible.js';
import { renderOnboarding } from '../../test-support/render-onboarding.js';
import { deCompany, deOwners, dePeopleBesideOwners } from '../../test-support/test-accounts.js';
import { watchRequests } from '../../test-support/test-session.js';

/** The German company whose tax id failed its check (`111111111`): the server now asks for a document. */
async function companyOwingADocument() {
  const account = await deCompany({
    ...dePeopleBesideOwners,
    owners: deOwners,
    'company.owners_provided': true,
    'company.tax_id': '111111111',
  });
  await account.settleVerifications();
  return account;
}

describe('FileField', () => {
  describe('given a document the server asks for after a failed check', () => {
    it('uploads it with progress and sends its file id, which the server takes', async () => {
      const account = await companyOwingADocument();
      const sent = watchRequests();
      const { screen } = await renderOnboarding(account);
      await expect.element(screen.getByRole('heading', { name: 'Company details' })).toBeVisible();
      const pdf = new File(['%PDF-1.4 test'], 'register.pdf', { type: 'application/pdf' });
      await userEvent.upload(screen.getByLabelText('Company verification document'), pdf);
      await expect.element(screen.getByText('Uploaded: register.pdf')).toBeVisible();
      await expectNoAxeViolations(screen.container);
      await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
      await expect.element(screen.getByRole('heading', { name: 'People' })).toHaveFocus();
      const submission = sent().find((request) => request.path === '/v1/embedded/submissions');
      const fileId = submission?.body?.values?.['company.verification.document'];
      expect(fileId).toEqual(expect.any(String));
      // The server took the upload as this account's: the document is now under review.
      const { requirements } = await account.retrieve();
      expect(requirements.currently_due).not.toContain('company.verification.document');
    });
  });
});
