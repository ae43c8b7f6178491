import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { expectNoAxeViolations } from '../../test-support/expect-accessible.js';
import { renderOnboarding } from '../../test-support/render-onboarding.js';
import { deCompanyOwingADocument as companyOwingADocument } from '../../test-support/test-accounts.js';
import {
  dropNextConnections,
  holdConnections,
  type TestAccount,
  watchRequests,
} from '../../test-support/test-session.js';

type Screen = Awaited<ReturnType<typeof renderOnboarding>>['screen'];

const filesPath = '/v1/embedded/files';
const documentKey = 'company.verification.document';

function pdf(name: string) {
  return new File([`%PDF-1.4 ${name}`], name, { type: 'application/pdf' });
}

/** Uploads `register.pdf` and saves the step: the server then holds its file id. Ends back on the step. */
async function provideDocument(screen: Screen, account: TestAccount) {
  await expect.element(screen.getByRole('heading', { name: 'Company details' })).toBeVisible();
  await userEvent.upload(screen.getByLabelText('Company verification document'), pdf('register.pdf'));
  await expect.element(screen.getByText('Uploaded: register.pdf')).toBeVisible();
  await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
  await expect.element(screen.getByRole('heading', { name: 'People' })).toHaveFocus();
  await userEvent.click(screen.getByRole('button', { name: 'Back' }));
  await expect.element(screen.getByRole('heading', { name: 'Company details' })).toHaveFocus();
  const held = (await account.details()).values[documentKey];
  expect(held).toEqual(expect.stringMatching(/^file_/));
  return held as string;
}

function submissionsOf(sent: ReturnType<typeof watchRequests>) {
  return sent()
    .filter((request) => request.path === '/v1/embedded/submissions')
    .map((request) => request.body?.values ?? {});
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

  describe('given a document the server already holds', () => {
    it('waits for a replacement still uploading before it saves the step, then sends the new file', async () => {
      const account = await companyOwingADocument();
      const { screen } = await renderOnboarding(account);
      const held = await provideDocument(screen, account);
      const sent = watchRequests();
      const upload = await holdConnections(filesPath);
      await userEvent.upload(
        screen.getByLabelText('Company verification document'),
        pdf('register-2025.pdf'),
      );
      await expect.element(screen.getByRole('progressbar')).toBeInTheDocument();
      await userEvent.click(screen.getByRole('button', { name: 'Continue' }));

      // Nothing is saved while the replacement is on its way; the person is told why.
      await expect
        .element(screen.getByRole('status').filter({ hasText: 'Waiting for the upload to finish…' }))
        .toBeVisible();
      await expect.element(screen.getByRole('button', { name: 'Continue' })).toHaveFocus();
      expect(submissionsOf(sent)).toEqual([]);
      await expectNoAxeViolations(screen.container);

      await upload.release();
      await expect.element(screen.getByRole('heading', { name: 'People' })).toHaveFocus();
      const [submission] = submissionsOf(sent);
      expect(submission?.[documentKey]).toEqual(expect.stringMatching(/^file_/));
      expect(submission?.[documentKey]).not.toBe(held);
      expect((await account.details()).values[documentKey]).toBe(submission?.[documentKey]);
    });

    it('keeps the held file when a replacement fails to upload', async () => {
      const account = await companyOwingADocument();
      const { screen } = await renderOnboarding(account);
      const held = await provideDocument(screen, account);
      const sent = watchRequests();
      await dropNextConnections(filesPath);
      const input = screen.getByLabelText('Company verification document');
      await userEvent.upload(input, pdf('register-2025.pdf'));
      await expect.element(input).toHaveAccessibleDescription(/The upload failed\. Try again\./);
      await expectNoAxeViolations(screen.container);

      // Saving the step keeps what the server holds: nothing of the document is sent, nothing is asked again.
      await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
      await expect.element(screen.getByRole('heading', { name: 'People' })).toHaveFocus();
      expect(submissionsOf(sent).filter((values) => documentKey in values)).toEqual([]);
      expect((await account.details()).values[documentKey]).toBe(held);
    });

    it('stops waiting when the replacement fails, saving nothing and taking focus to the field', async () => {
      const account = await companyOwingADocument();
      const { screen } = await renderOnboarding(account);
      await provideDocument(screen, account);
      const sent = watchRequests();
      const upload = await holdConnections(filesPath);
      const input = screen.getByLabelText('Company verification document');
      await userEvent.upload(input, pdf('register-2025.pdf'));
      await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
      await expect
        .element(screen.getByRole('status').filter({ hasText: 'Waiting for the upload to finish…' }))
        .toBeVisible();

      await upload.release({ drop: true });
      await expect.element(input).toHaveFocus();
      await expect
        .element(input)
        .toHaveAccessibleDescription(/The upload failed\. Try again\. Your previous file is kept\./);
      await expect.element(screen.getByRole('heading', { name: 'Company details' })).toBeVisible();
      expect(submissionsOf(sent)).toEqual([]);
    });
  });

  describe('while a document uploads', () => {
    it('announces the start and the end of the upload, not every percent', async () => {
      const account = await companyOwingADocument();
      const { screen } = await renderOnboarding(account);
      const input = screen.getByLabelText('Company verification document');
      await expect.element(input).toBeVisible();
      const field = input.element().closest('[data-field]');
      const announced: string[] = [];
      const observer = new MutationObserver(() => {
        const live = field?.querySelector('[aria-live]')?.textContent ?? '';
        if (live !== '' && live !== announced.at(-1)) announced.push(live);
      });
      if (field) observer.observe(field, { subtree: true, childList: true, characterData: true });
      // Big enough to take several progress events on the way up.
      const big = new File(['%PDF-1.4 ', new Uint8Array(1024 * 1024)], 'scan.pdf', {
        type: 'application/pdf',
      });
      const upload = await holdConnections(filesPath);
      await userEvent.upload(input, big);
      await expect.element(screen.getByRole('progressbar')).toBeVisible();
      await upload.release();
      await expect.element(screen.getByText('Uploaded: scan.pdf')).toBeVisible();
      observer.disconnect();
      expect(announced[0]).toBe('Uploading scan.pdf…');
      expect(announced).toHaveLength(2);
    });
  });
});
