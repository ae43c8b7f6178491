import { StrictMode } from 'react';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { fieldName, OnboardKitProvider, useOnboardingFlow } from '../headless.js';
import { createOnboardKit } from '../provider/create-onboard-kit.js';
import { deCompany } from '../test-support/test-accounts.js';
import { apiBaseUrl } from '../test-support/test-session.js';

/** A platform's own form on the headless flow: plain inputs for text fields, nothing else. */
function PlatformForm() {
  const flow = useOnboardingFlow();
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
    </form>
  );
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
  });
});
