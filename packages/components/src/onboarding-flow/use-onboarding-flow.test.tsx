import { StrictMode, useState } from 'react';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import {
  fieldName,
  OnboardKitProvider,
  type SubmitOutcome,
  useAccount,
  useOnboardingFlow,
} from '../headless.js';
import { createOnboardKit } from '../provider/create-onboard-kit.js';
import { renderWithKit } from '../test-support/render-with-kit.js';
import { deCompany } from '../test-support/test-accounts.js';
import { apiBaseUrl, dropConnections, watchRequests } from '../test-support/test-session.js';

/** A platform's own form on the headless flow: plain inputs for text fields, nothing else. */
function PlatformForm() {
  const flow = useOnboardingFlow();
  const [outcomes, setOutcomes] = useState<SubmitOutcome[]>([]);
  if (flow.status !== 'ready') return <p>Loading</p>;
  if (!flow.currentStep) return <h1>{flow.position?.kind}</h1>;
  const { register, formState } = flow.form;
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void flow.submitStep();
      }}
    >
      <h1>{flow.currentStep.title}</h1>
      {flow.visibleFields
        .filter((field) => field.type === 'text')
        .map((field) => {
          const name = fieldName(field.key);
          const error = formState.errors[name];
          return (
            <label key={field.key}>
              {field.label}
              <input {...register(name)} />
              {error ? <em>{String(error.type)}</em> : null}
            </label>
          );
        })}
      <button type="submit">Next</button>
      <button type="button" onClick={flow.goBack}>
        Previous
      </button>
      <button type="button" onClick={() => flow.goToStep('no_such_step')}>
        Go to a step the document lacks
      </button>
      {/* A double click a platform's button does not guard: both calls made before either settles. */}
      <button
        type="button"
        onClick={() => void Promise.all([flow.submitStep(), flow.submitStep()]).then(setOutcomes)}
      >
        Double-click submit
      </button>
      <output aria-label="Outcomes">{outcomes.join(' ')}</output>
      <output aria-label="Problem">{flow.submitProblem?.kind ?? 'none'}</output>
    </form>
  );
}

/** What another component of the kit shows from `GET /v1/embedded/account`. */
function HeldCompanyName() {
  const { account } = useAccount();
  const name = account?.values['company.name'];
  return <p>Held company name: {typeof name === 'string' ? name : 'unknown'}</p>;
}

describe('useOnboardingFlow', () => {
  describe('given a platform’s own components', () => {
    it('drives the steps, validates with the compiled schema, and keeps values across steps', async () => {
      const account = await deCompany();
      const session = account.startSession();
      const onboardKit = createOnboardKit({ apiBaseUrl, fetchClientSecret: session.fetchClientSecret });
      const screen = await render(
        <StrictMode>
          <OnboardKitProvider onboardKit={onboardKit}>
            <PlatformForm />
          </OnboardKitProvider>
        </StrictMode>,
      );
      await expect.element(screen.getByRole('heading', { name: 'People' })).toBeVisible();
      await userEvent.click(screen.getByRole('button', { name: 'Previous' }));
      const name = screen.getByRole('textbox', { name: 'Legal business name' });
      await expect.element(name).toHaveValue('Beispiel GmbH');
      await userEvent.clear(name);
      await userEvent.click(screen.getByRole('button', { name: 'Next' }));
      await expect.element(screen.getByText('required', { exact: true })).toBeVisible();
      await userEvent.fill(name, 'Neu GmbH');
      await userEvent.click(screen.getByRole('button', { name: 'Next' }));
      await expect.element(screen.getByRole('heading', { name: 'People' })).toBeVisible();
      expect((await account.details()).values['company.name']).toBe('Neu GmbH');
    });

    it('stays on the step in view when asked to go to a step the document does not have', async () => {
      const { screen } = await renderWithKit(await deCompany(), <PlatformForm />);
      await expect.element(screen.getByRole('heading', { name: 'People' })).toBeVisible();
      await userEvent.click(screen.getByRole('button', { name: 'Go to a step the document lacks' }));
      await expect.element(screen.getByRole('heading', { name: 'People' })).toBeVisible();
      await expect.element(screen.getByRole('heading', { name: 'Your business' })).not.toBeInTheDocument();
    });

    it('sends one submission when submitStep is called again before the first settles', async () => {
      const account = await deCompany();
      const sent = watchRequests();
      const { screen } = await renderWithKit(account, <PlatformForm />);
      await userEvent.click(screen.getByRole('button', { name: 'Previous' }));
      await userEvent.fill(screen.getByRole('textbox', { name: 'Legal business name' }), 'Neu GmbH');
      await userEvent.click(screen.getByRole('button', { name: 'Double-click submit' }));

      await expect.element(screen.getByRole('status', { name: 'Outcomes' })).toHaveTextContent('saved saved');
      await expect.element(screen.getByRole('heading', { name: 'People' })).toBeVisible();
      await expect.element(screen.getByRole('status', { name: 'Problem' })).toHaveTextContent('none');
      const submissions = sent().filter((request) => request.path === '/v1/embedded/submissions');
      expect(submissions.map((request) => request.body?.values)).toEqual([{ 'company.name': 'Neu GmbH' }]);
    });

    it('takes the saved document from the submission’s answer, even when the document cannot be read again', async () => {
      const account = await deCompany();
      const sent = watchRequests();
      const { screen } = await renderWithKit(account, <PlatformForm />);
      await userEvent.click(screen.getByRole('button', { name: 'Previous' }));
      await userEvent.fill(screen.getByRole('textbox', { name: 'Legal business name' }), 'Neu GmbH');
      const readsBefore = sent().filter((request) => request.path === '/v1/embedded/requirements').length;
      const restore = await dropConnections('/v1/embedded/requirements');
      try {
        await userEvent.click(screen.getByRole('button', { name: 'Next' }));
        await expect.element(screen.getByRole('heading', { name: 'People' })).toBeVisible();
        await expect.element(screen.getByRole('status', { name: 'Problem' })).toHaveTextContent('none');
      } finally {
        await restore();
      }
      const reads = sent().filter((request) => request.path === '/v1/embedded/requirements');
      expect(reads).toHaveLength(readsBefore);

      // The step shows what was saved, and the next save carries the saved document's version.
      await userEvent.click(screen.getByRole('button', { name: 'Previous' }));
      const name = screen.getByRole('textbox', { name: 'Legal business name' });
      await expect.element(name).toHaveValue('Neu GmbH');
      await userEvent.fill(name, 'Dritte GmbH');
      await userEvent.click(screen.getByRole('button', { name: 'Next' }));
      await expect.element(screen.getByRole('heading', { name: 'People' })).toBeVisible();
      await expect.element(screen.getByRole('status', { name: 'Problem' })).toHaveTextContent('none');
      expect((await account.details()).values['company.name']).toBe('Dritte GmbH');
    });

    it('refreshes what the kit’s other components read after a save', async () => {
      const account = await deCompany();
      const { screen } = await renderWithKit(
        account,
        <>
          <HeldCompanyName />
          <PlatformForm />
        </>,
        { components: ['account_onboarding', 'account_management'] },
      );
      await expect.element(screen.getByText('Held company name: Beispiel GmbH')).toBeVisible();
      await userEvent.click(screen.getByRole('button', { name: 'Previous' }));
      await userEvent.fill(screen.getByRole('textbox', { name: 'Legal business name' }), 'Neu GmbH');
      await userEvent.click(screen.getByRole('button', { name: 'Next' }));
      await expect.element(screen.getByRole('heading', { name: 'People' })).toBeVisible();
      await expect.element(screen.getByText('Held company name: Neu GmbH')).toBeVisible();
    });
  });
});
