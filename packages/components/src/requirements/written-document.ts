import type { RequirementsDocument } from '@onboardkit/schema';
import type { Query, QueryClient, QueryKey } from '@tanstack/react-query';
import { queryKeys } from '../provider/query-keys.js';

/**
 * The kit's cache after a write. A submission answers with the account's
 * new document, but for one query only (the writer's own), while the kit's components read the account through
 * several: onboarding and the banner `currently_due`, management
 * `eventually_due`, `useAccount` the account details. Every one of them is
 * out of date once the account is written.
 */

const [kitScope, sessionScope] = queryKeys.session();

/** The kit's queries a write outdates: all but the session's, which no write changes. */
function isOutdatedByWrite(query: Query): boolean {
  return query.queryKey[0] === kitScope && query.queryKey[1] !== sessionScope;
}

function isRequirementsDocument(data: unknown): data is RequirementsDocument {
  return (
    typeof data === 'object' &&
    data !== null &&
    (data as { object?: unknown }).object === 'requirements_document'
  );
}

/**
 * Whether `written` is what `cached`'s query would now read: the same
 * account, collect mode, locale and future requirements, no older. Judged
 * from the documents themselves, which say what they were asked for.
 */
function answersSameQuery(written: RequirementsDocument, cached: RequirementsDocument): boolean {
  return (
    cached.account === written.account &&
    cached.collect === written.collect &&
    cached.locale === written.locale &&
    (cached.future_requirements == null) === (written.future_requirements == null) &&
    cached.version <= written.version
  );
}

/**
 * Puts a submission's answer in the cache for every requirements query it
 * answers, and refetches (invalidates) every other query of the kit a write
 * outdates, so no component shows the account as it was. Resolves with the
 * document of `ownKey`, the query of the component that wrote: the answer
 * itself when it answers that query, without a request; else as refetched,
 * or as it was when the refetch failed (the write stands either way).
 */
export async function storeWrittenDocument(
  queryClient: QueryClient,
  written: RequirementsDocument,
  ownKey: QueryKey,
): Promise<RequirementsDocument | undefined> {
  const answered = new Set<string>();
  for (const query of queryClient.getQueryCache().findAll({ predicate: isOutdatedByWrite })) {
    const cached = query.state.data;
    if (!isRequirementsDocument(cached) || !answersSameQuery(written, cached)) continue;
    queryClient.setQueryData(query.queryKey, written);
    answered.add(query.queryHash);
  }
  const refetched = queryClient.invalidateQueries({
    predicate: (query) => isOutdatedByWrite(query) && !answered.has(query.queryHash),
  });
  const own = queryClient.getQueryCache().find({ queryKey: ownKey, exact: true });
  if (own === undefined || !answered.has(own.queryHash)) await refetched;
  return queryClient.getQueryData<RequirementsDocument>(ownKey);
}

/** Refetches every query of the kit a write outdates: after a 409, another writer's changes. */
export function refetchAfterWrite(queryClient: QueryClient): Promise<void> {
  return queryClient.invalidateQueries({ predicate: isOutdatedByWrite });
}
