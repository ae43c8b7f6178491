import type { RequirementsDocument } from '@onboardkit/schema';
import {
  createStandIn,
  type EmbeddedAnswer,
  type ScriptedAnswer,
  type StandInSession,
} from '../packages/components/src/test-support/embedded-api-stand-in.js';
import type { StandInComponentName } from '../packages/components/src/test-support/stand-in-scope.js';

/**
 * Storybook's embedded API: requests from the stories' OnboardKits are
 * answered inside the page by the same stand-in the component tests run on
 * loopback, so the static build and the story tests need no server. `fetch`
 * carries the JSON routes; file uploads go through XMLHttpRequest (the only
 * API with upload progress), so that is answered here too. Requests to any
 * other origin pass through untouched (Vite's own, the addons').
 */

/** Where the stories' OnboardKits send requests: `.invalid` is reserved, so nothing real is ever reached. */
export const storyApiBaseUrl = 'https://embedded-api.onboardkit.invalid';

/** What a story's account session starts from. */
export interface StoryApiSetup {
  /** What the account owes, as the server would send it. */
  document: RequirementsDocument;
  /** Answers given instead of the stand-in's own, in order: a dropped connection, a load that never ends. */
  script?: ScriptedAnswer[];
  /** The components the account session enables (the routes they open); onboarding alone by default. */
  components?: readonly StandInComponentName[];
  /** The first client secret is already expired, as after a long pause: the components must fetch another. */
  expireFirstSecret?: boolean;
}

export interface StorySession {
  /** What a platform's `fetchClientSecret` does: mint a secret for this account session. */
  fetchClientSecret: () => Promise<string>;
  /** The session as the stand-in holds it (requests seen, secrets minted, the document now). */
  state: StandInSession;
}

const standIn = createStandIn();

/** Starts an account session on the in-page stand-in; every story render gets its own. */
export function startStorySession(setup: StoryApiSetup): StorySession {
  const id = standIn.startSession(setup.document, setup.components);
  const state = standIn.session(id);
  if (!state) throw new Error('The stand-in lost a session it just started.');
  state.script.push(...(setup.script ?? []));
  return {
    state,
    fetchClientSecret: async () => {
      const secret = standIn.mintSecret(id);
      if (setup.expireFirstSecret && state.mints === 1) state.liveSecrets.delete(secret);
      return secret;
    },
  };
}

function storyApiUrl(target: string | URL): URL | undefined {
  const url = new URL(String(target), globalThis.location?.href);
  return url.origin === storyApiBaseUrl ? url : undefined;
}

function parseJson(text: string): unknown {
  try {
    return text === '' ? undefined : JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Resolves when the signal aborts, with its reason: a hanging request ends only that way. */
function untilAborted(signal: AbortSignal | null | undefined): Promise<never> {
  return new Promise((_, reject) => {
    signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
  });
}

async function answerFetch(url: URL, request: Request): Promise<Response> {
  const isJson = request.headers.get('content-type')?.includes('json') === true;
  const text = request.method === 'GET' ? '' : await request.text();
  const answer = standIn.answer({
    method: request.method,
    url,
    authorization: request.headers.get('authorization') ?? undefined,
    body: isJson ? parseJson(text) : text,
    isJson,
  });
  // What the browser does when the connection closes without an answer.
  if (answer.kind === 'drop') throw new TypeError('Failed to fetch');
  if (answer.kind === 'hang') return untilAborted(request.signal);
  return new Response(answer.body === undefined ? null : JSON.stringify(answer.body), {
    status: answer.status,
    headers: { 'content-type': 'application/json' },
  });
}

const RealXMLHttpRequest = globalThis.XMLHttpRequest;

/**
 * XMLHttpRequest for the story API's origin only: the answer comes from the
 * stand-in, with the events a real upload fires (progress, then load, or
 * error when dropped). Any other URL is a plain XMLHttpRequest.
 */
class StoryXMLHttpRequest extends RealXMLHttpRequest {
  #url: URL | undefined;
  #method = 'GET';
  #headers = new Map<string, string>();
  #answer: { status: number; text: string } | undefined;
  #aborted = false;

  override get status(): number {
    return this.#url ? (this.#answer?.status ?? 0) : super.status;
  }

  override get responseText(): string {
    return this.#url ? (this.#answer?.text ?? '') : super.responseText;
  }

  override get readyState(): number {
    return this.#url
      ? this.#answer
        ? RealXMLHttpRequest.DONE
        : RealXMLHttpRequest.OPENED
      : super.readyState;
  }

  override open(
    method: string,
    url: string | URL,
    async = true,
    username?: string | null,
    password?: string | null,
  ): void {
    this.#url = storyApiUrl(url);
    this.#method = method.toUpperCase();
    if (!this.#url) super.open(method, url, async, username, password);
  }

  override setRequestHeader(name: string, value: string): void {
    if (this.#url) this.#headers.set(name.toLowerCase(), value);
    else super.setRequestHeader(name, value);
  }

  override abort(): void {
    if (!this.#url) {
      super.abort();
      return;
    }
    if (this.#answer || this.#aborted) return;
    this.#aborted = true;
    this.dispatchEvent(new ProgressEvent('abort'));
  }

  override send(body?: Document | XMLHttpRequestBodyInit | null): void {
    const url = this.#url;
    if (url) void this.#answerUpload(url, body ?? null);
    else super.send(body);
  }

  async #answerUpload(url: URL, body: Document | XMLHttpRequestBodyInit | null) {
    const size = body instanceof Document ? 0 : (await new Response(body).arrayBuffer()).byteLength;
    const answer: EmbeddedAnswer = standIn.answer({
      method: this.#method,
      url,
      authorization: this.#headers.get('authorization'),
      body: undefined,
      isJson: false,
    });
    if (this.#aborted || answer.kind === 'hang') return;
    if (answer.kind === 'drop') {
      this.dispatchEvent(new ProgressEvent('error'));
      return;
    }
    this.upload.dispatchEvent(
      new ProgressEvent('progress', { lengthComputable: true, loaded: size, total: size }),
    );
    this.#answer = {
      status: answer.status,
      text: answer.body === undefined ? '' : JSON.stringify(answer.body),
    };
    this.dispatchEvent(new ProgressEvent('load'));
    this.dispatchEvent(new ProgressEvent('loadend'));
  }
}

let installed = false;

/** Routes the story API's origin to the stand-in, once per page; other requests are untouched. */
export function installEmbeddedApiHandler(): void {
  if (installed) return;
  installed = true;
  const realFetch = globalThis.fetch.bind(globalThis);
  globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = storyApiUrl(input instanceof Request ? input.url : input);
    return url ? answerFetch(url, new Request(input, init)) : realFetch(input, init);
  };
  globalThis.XMLHttpRequest = StoryXMLHttpRequest;
}
