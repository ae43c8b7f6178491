import { usIndividualDocument as schemaUsIndividual } from '@onboardkit/schema/fixtures';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn } from 'storybook/test';
import type { OnboardKit } from '../provider/create-onboard-kit.js';
import { OnboardKitProvider } from '../provider/onboard-kit-provider.js';
import { providedUsIndividualDocument } from '../test-support/account-documents.fixture.js';
import { usIndividualDocument } from '../test-support/documents.fixture.js';
import {
  deCompanyWithOwners,
  usIndividualPendingVerification,
  usIndividualWithFieldErrors,
} from '../test-support/onboarding-states.fixture.js';
import { AccountOnboarding } from './account-onboarding.js';

/**
 * AccountOnboarding in each state a reviewer signs off, one story per state.
 * The account's document and the server's scripted answers are set in
 * `parameters.onboardkit` (see `.storybook/onboardkit-story.tsx`); every
 * request is answered inside the page. Each play function waits for its
 * state, so the accessibility check that follows runs on that state.
 */

/** Four failed loads: the first try and the API client's three retries. */
const droppedLoads = Array.from({ length: 4 }, () => ({
  path: '/v1/embedded/requirements',
  drop: true,
}));

/** The retries back off for up to ~2 s before the error shows. */
const retriesTimeout = { timeout: 5000 };

/** Each state's account session: its document and what the server answers first. */
const setups = {
  Loading: {
    document: usIndividualDocument(),
    script: [{ path: '/v1/embedded/requirements', hang: true }],
  },
  FirstStep: { document: schemaUsIndividual },
  FieldErrorsFromServer: { document: usIndividualWithFieldErrors() },
  SessionExpiredRefetches: { document: usIndividualDocument(), expireFirstSecret: true },
  NetworkErrorRetry: { document: usIndividualDocument(), script: droppedLoads },
  PendingVerification: { document: usIndividualPendingVerification() },
  SensitiveMasked: { document: usIndividualDocument() },
  Complete: { document: providedUsIndividualDocument() },
  RightToLeft: { document: usIndividualDocument(), locale: 'ar' },
  DarkTheme: { document: usIndividualDocument(), appearance: { theme: 'dark' } },
  LocalizedFrench: { document: usIndividualDocument(), locale: 'fr-FR' },
  LocalizedJapanese: { document: usIndividualDocument(), locale: 'ja' },
  PersonListOwners: { document: deCompanyWithOwners() },
} as const;

const meta = {
  title: 'Components/AccountOnboarding',
  component: AccountOnboarding,
  args: {
    onExit: fn(),
    onStepChange: fn(),
    onComplete: fn(),
    onLoadError: fn(),
    privacyPolicyUrl: 'https://example.com/privacy',
  },
} satisfies Meta<typeof AccountOnboarding>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The requirements have not arrived yet. */
export const Loading: Story = {
  parameters: { onboardkit: setups.Loading },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('status')).toHaveTextContent('Loading…');
  },
};

/** A returning US individual (the schema's fixture as is) resumes at the first step with something due. */
export const FirstStep: Story = {
  parameters: { onboardkit: setups.FirstStep },
  play: async ({ canvas, args }) => {
    await expect(await canvas.findByRole('heading', { name: 'About you' })).toBeVisible();
    await expect(canvas.getByText('Step 2 of 4')).toBeVisible();
    await expect(args.onStepChange).toHaveBeenLastCalledWith({ step: 'personal' });
  },
};

/** The verifier refused two answers: the server's reasons show on their fields. */
export const FieldErrorsFromServer: Story = {
  parameters: { onboardkit: setups.FieldErrorsFromServer },
  play: async ({ canvas }) => {
    const dob = await canvas.findByLabelText('Date of birth');
    await expect(dob).toHaveAttribute('aria-invalid', 'true');
    await expect(dob).toHaveAccessibleDescription('The date of birth does not match our records.');
    await expect(canvas.getByText('We could not verify this address. Check it and try again.')).toBeVisible();
  },
};

/** The first client secret was already expired: the components fetch another and carry on. */
export const SessionExpiredRefetches: Story = {
  parameters: { onboardkit: setups.SessionExpiredRefetches },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('heading', { name: 'About you' })).toBeVisible();
  },
};

/** The connection dropped on every try: the error, with a way to try again. */
export const NetworkErrorRetry: Story = {
  parameters: { onboardkit: setups.NetworkErrorRetry },
  play: async ({ canvas, args }) => {
    await expect(await canvas.findByRole('alert', {}, retriesTimeout)).toHaveTextContent(
      'This form could not load.',
    );
    await expect(canvas.getByRole('button', { name: 'Try again' })).toBeEnabled();
    await expect(args.onLoadError).toHaveBeenCalledTimes(1);
  },
};

/**
 * Everything answered and the identity with the verifier: nothing is due, so
 * the flow opens on the review. (The component shows no mark of its own for
 * a field awaiting verification.)
 */
export const PendingVerification: Story = {
  parameters: { onboardkit: setups.PendingVerification },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('heading', { name: 'Review your details' })).toBeVisible();
  },
};

/** A held SSN shows only as its mask, with a way to replace it. */
export const SensitiveMasked: Story = {
  parameters: { onboardkit: setups.SensitiveMasked },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('•••• 6789')).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Replace Last 4 digits of SSN' })).toBeVisible();
  },
};

/** Finished after the review. */
export const Complete: Story = {
  parameters: { onboardkit: setups.Complete },
  play: async ({ canvas, userEvent, args }) => {
    await userEvent.click(await canvas.findByRole('button', { name: 'Finish' }));
    await expect(await canvas.findByRole('heading', { name: 'All done' })).toBeVisible();
    await expect(args.onComplete).toHaveBeenCalledTimes(1);
  },
};

/** Arabic: the layout mirrors and the components' own text is Arabic. */
export const RightToLeft: Story = {
  parameters: { onboardkit: setups.RightToLeft },
  play: async ({ canvas, canvasElement }) => {
    await expect(await canvas.findByRole('button', { name: 'متابعة' })).toBeVisible();
    await expect(canvasElement.querySelector('.okit-root')).toHaveAttribute('dir', 'rtl');
  },
};

/** The dark base theme. */
export const DarkTheme: Story = {
  parameters: { onboardkit: setups.DarkTheme },
  play: async ({ canvas, canvasElement }) => {
    await expect(await canvas.findByRole('heading', { name: 'About you' })).toBeVisible();
    await expect(canvasElement.querySelector('.okit-root')).toHaveAttribute('data-okit-theme', 'dark');
  },
};

/**
 * French. The components' own text is French; labels come from the server,
 * which here is a stand-in serving the English fixture.
 */
export const LocalizedFrench: Story = {
  parameters: { onboardkit: setups.LocalizedFrench },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('button', { name: 'Continuer' })).toBeVisible();
  },
};

/** Japanese, with the same English labels from the stand-in server. */
export const LocalizedJapanese: Story = {
  parameters: { onboardkit: setups.LocalizedJapanese },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('button', { name: '次へ' })).toBeVisible();
  },
};

/** A German company's owners step, with two owners entered and their shares totalled. */
export const PersonListOwners: Story = {
  parameters: { onboardkit: setups.PersonListOwners },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('heading', { name: 'Owners' })).toBeVisible();
    await expect(canvas.getByText('Total ownership: 100%')).toBeVisible();
  },
};

/** Every state side by side, for visual review. */
export const AllStates: Story = {
  parameters: {
    layout: 'fullscreen',
    a11y: {
      // Several cells show the same step, so their forms share a name; a real page embeds one flow.
      config: {
        rules: [
          { id: 'region', enabled: false },
          { id: 'landmark-unique', enabled: false },
        ],
      },
    },
    onboardkitCells: {
      Loading: setups.Loading,
      FirstStep: setups.FirstStep,
      FieldErrorsFromServer: setups.FieldErrorsFromServer,
      NetworkErrorRetry: setups.NetworkErrorRetry,
      PendingVerification: setups.PendingVerification,
      PersonListOwners: setups.PersonListOwners,
      RightToLeft: setups.RightToLeft,
      DarkTheme: setups.DarkTheme,
      LocalizedJapanese: setups.LocalizedJapanese,
    },
  },
  render: (args, { loaded }) => {
    const kits = (loaded as { onboardKits?: Record<string, OnboardKit> }).onboardKits ?? {};
    return (
      <div
        style={{
          display: 'grid',
          gridTemplateColumns: 'repeat(auto-fill, minmax(420px, 1fr))',
          gap: '24px',
          padding: '24px',
        }}
      >
        {Object.entries(kits).map(([name, onboardKit]) => (
          <figure key={name} style={{ margin: 0 }}>
            <figcaption style={{ font: '600 14px system-ui', marginBlockEnd: '8px' }}>{name}</figcaption>
            <OnboardKitProvider onboardKit={onboardKit}>
              <AccountOnboarding {...args} />
            </OnboardKitProvider>
          </figure>
        ))}
      </div>
    );
  },
  play: async ({ canvas }) => {
    // The slowest cell gives up after its retries; by then every other one has loaded.
    await expect(await canvas.findByRole('button', { name: 'Try again' }, retriesTimeout)).toBeVisible();
    await expect(await canvas.findByRole('heading', { name: 'Owners' })).toBeVisible();
  },
};
