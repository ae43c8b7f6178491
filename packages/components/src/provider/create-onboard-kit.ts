import { QueryClient } from '@tanstack/react-query';
import { createApiClient } from '../api/api-client.js';
import { createEmbeddedApi, type EmbeddedApi } from '../api/embedded-api.js';
import type { Appearance } from '../appearance/appearance.js';
import { loadLocale, resolveLocaleNow } from '../i18n/load-locale.js';
import type { BundledLanguage, ResolvedLocale } from '../i18n/locale-choice.js';
import type { MessageOverrides } from '../i18n/messages.js';

export interface OnboardKitOptions {
  /**
   * Asks the platform's backend to create an account session and returns its
   * `client_secret`. Called on the first request and again when the session
   * expires.
   */
  fetchClientSecret: () => Promise<string>;
  /** Where the session server's embedded API lives, e.g. `https://onboard.example.com`. */
  apiBaseUrl: string;
  appearance?: Appearance | undefined;
  /** A BCP 47 tag; the components' own text falls back to English, the server localizes the rest. */
  locale?: string;
  /** The platform's wording for some of the components' own text, per language. */
  messages?: Partial<Record<BundledLanguage, MessageOverrides>>;
  /** The CSP nonce for the one `<style>` tag the components add to the page. */
  styleNonce?: string;
}

export type OnboardKitUpdate = Pick<OnboardKitOptions, 'appearance' | 'locale' | 'messages'>;

/** A configured OnboardKit: hand it to `<OnboardKitProvider onboardKit={…}>`. */
export interface OnboardKit {
  /**
   * Changes the appearance, locale or wording of every mounted component,
   * keeping what was typed. What is left out stays; `appearance: undefined`
   * goes back to the default look.
   */
  update(options: OnboardKitUpdate): void;
  /**
   * Forgets the session and its data, for good: requests in flight are
   * aborted, `fetchClientSecret` is not called again, every later request
   * rejects with an `OnboardKitError` of type `logged_out`, and mounted
   * components render nothing. To start over, create a new OnboardKit.
   */
  logout(): Promise<void>;
}

/** What the components read from an OnboardKit as it changes. */
export interface OnboardKitState {
  appearance: Appearance | undefined;
  locale: ResolvedLocale;
  loggedOut: boolean;
}

/** The parts of an OnboardKit the components use and platforms do not see. */
export interface OnboardKitInternals {
  api: EmbeddedApi;
  queryClient: QueryClient;
  styleNonce: string | undefined;
  getState(): OnboardKitState;
  subscribe(listener: () => void): () => void;
  /** Settles once the text of the locale first asked for is in the state (loaded on demand). */
  localeReady: Promise<void>;
}

const internals = new WeakMap<OnboardKit, OnboardKitInternals>();

/** The internals of an OnboardKit made by `createOnboardKit`; throws, saying how to fix it, for anything else. */
export function internalsOf(onboardKit: OnboardKit): OnboardKitInternals {
  const found = internals.get(onboardKit);
  if (!found) {
    throw new Error(
      'OnboardKitProvider needs the object createOnboardKit returns: <OnboardKitProvider onboardKit={createOnboardKit({ … })}>.',
    );
  }
  return found;
}

// Not URL.canParse: Safari has it only from 17.
function isAbsoluteUrl(text: string) {
  try {
    new URL(text);
    return true;
  } catch {
    return false;
  }
}

function assertOptions(options: OnboardKitOptions) {
  if (typeof options?.fetchClientSecret !== 'function') {
    throw new TypeError(
      'createOnboardKit needs fetchClientSecret: an async function that asks your backend for an account session and returns its client_secret.',
    );
  }
  if (typeof options.apiBaseUrl !== 'string' || !isAbsoluteUrl(options.apiBaseUrl)) {
    throw new TypeError(
      `createOnboardKit needs apiBaseUrl: the absolute URL of your OnboardKit session server, e.g. "https://onboard.example.com" (got ${JSON.stringify(options.apiBaseUrl)}).`,
    );
  }
}

/**
 * Configures the components for one connected account. Nothing is fetched
 * until a component mounts; the client secret is then fetched once and
 * shared by every component of this instance.
 *
 * @example
 * const onboardKit = createOnboardKit({
 *   apiBaseUrl: 'https://onboard.example.com',
 *   fetchClientSecret: async () => (await fetch('/account_session', { method: 'POST' }).then((r) => r.json())).client_secret,
 *   appearance: { variables: { colorPrimary: '#0a2540' } },
 * });
 * @see OnboardKitProvider
 */
export function createOnboardKit(options: OnboardKitOptions): OnboardKit {
  assertOptions(options);
  const client = createApiClient({
    apiBaseUrl: options.apiBaseUrl,
    fetchClientSecret: options.fetchClientSecret,
  });
  const queryClient = new QueryClient({
    defaultOptions: {
      // The API client is the one place that retries, with backoff and a session refresh.
      queries: { retry: false, refetchOnWindowFocus: false, staleTime: 30_000 },
      mutations: { retry: false },
    },
  });
  const listeners = new Set<() => void>();
  let messages = options.messages;
  // Until a language's text arrives the state holds English text under the asked tag,
  // so the document is fetched in the right language meanwhile.
  const initial = resolveLocaleNow(options.locale, messages);
  let state: OnboardKitState = {
    appearance: options.appearance,
    locale: initial.locale,
    loggedOut: false,
  };
  const setState = (next: OnboardKitState) => {
    state = next;
    for (const listener of listeners) listener();
  };
  // Only the latest locale asked for may land, however the loads finish.
  let localeRequest = 0;
  const changeLocale = (tag: string | undefined): Promise<void> => {
    const request = ++localeRequest;
    return loadLocale(tag, messages).then((locale) => {
      if (request === localeRequest) setState({ ...state, locale });
    });
  };
  const localeReady = initial.loaded ? Promise.resolve() : changeLocale(options.locale);

  const onboardKit: OnboardKit = {
    update(changes) {
      if (changes.messages !== undefined) messages = changes.messages;
      // `appearance: undefined` given is the default look; left out, the current one stays.
      const appearance = 'appearance' in changes ? changes.appearance : state.appearance;
      if (changes.locale === undefined && changes.messages === undefined) {
        setState({ ...state, appearance });
        return;
      }
      const tag = changes.locale ?? state.locale.tag;
      const now = resolveLocaleNow(tag, messages);
      if (now.loaded) {
        localeRequest += 1;
        setState({ ...state, appearance, locale: now.locale });
        return;
      }
      // A language not loaded yet: keep the current text on screen until its text arrives.
      setState({ ...state, appearance });
      void changeLocale(tag);
    },
    async logout() {
      // Queries are cancelled before the client ends their requests, so none of them fails (and
      // reports a load error): the client's own logout ends the rest, writes included.
      const cancelled = queryClient.cancelQueries();
      client.logout();
      await cancelled;
      queryClient.clear();
      setState({ ...state, loggedOut: true });
    },
  };
  internals.set(onboardKit, {
    api: createEmbeddedApi(client),
    queryClient,
    styleNonce: options.styleNonce,
    getState: () => state,
    localeReady,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  });
  return onboardKit;
}
