import type { FieldStatus, RequirementError, Requirements } from '@onboardkit/schema';

/** What the status of a field is judged from, as sets: a document looks them up for every field. */
export interface StatusSources {
  pastDue: ReadonlySet<string>;
  currentlyDue: ReadonlySet<string>;
  eventuallyDue: ReadonlySet<string>;
  pending: ReadonlySet<string>;
  /** Subjects (field keys) the verifier passed. */
  verified: ReadonlySet<string>;
}

/** The status sources of a requirements hash and the verified subjects. */
export function statusSourcesOf(requirements: Requirements, verified: ReadonlySet<string>): StatusSources {
  return {
    pastDue: new Set(requirements.past_due),
    currentlyDue: new Set(requirements.currently_due),
    eventuallyDue: new Set(requirements.eventually_due),
    pending: new Set(requirements.pending_verification),
    verified,
  };
}

/**
 * Where a field stands, from the requirement keys it covers: the most urgent
 * of past due, currently due, eventually due and pending; else verified when
 * every checked subject passed, provided when it has an answer, and no status
 * for an optional field left empty.
 */
export function fieldStatus(
  keys: readonly string[],
  subjects: readonly string[],
  provided: boolean,
  { pastDue, currentlyDue, eventuallyDue, pending, verified }: StatusSources,
): FieldStatus | undefined {
  const any = (set: ReadonlySet<string>) => keys.some((key) => set.has(key));
  if (any(pastDue)) return 'past_due';
  if (any(currentlyDue)) return 'currently_due';
  if (any(eventuallyDue)) return 'eventually_due';
  if (any(pending)) return 'pending_verification';
  if (!provided) return undefined;
  return subjects.length > 0 && subjects.every((subject) => verified.has(subject)) ? 'verified' : 'provided';
}

/** The requirement errors about any of `keys`, as field errors (one per code). */
export function fieldErrors(
  keys: readonly string[],
  errors: readonly RequirementError[],
): Array<{ code: string; reason: string }> {
  const byCode = new Map<string, string>();
  for (const error of errors) {
    if (keys.includes(error.requirement) && !byCode.has(error.code)) byCode.set(error.code, error.reason);
  }
  return [...byCode].map(([code, reason]) => ({ code, reason }));
}
