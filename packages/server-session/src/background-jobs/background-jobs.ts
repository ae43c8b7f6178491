import { purgeExpiredAccountSessions } from '../account-sessions/account-sessions.js';
import type { Clock } from '../clock.js';
import type { Keyring } from '../encryption/keyring.js';
import { purgeOldEvents } from '../events/event-store.js';
import { purgeExpiredIdempotencyKeys } from '../idempotency/idempotency-store.js';
import type { Logger } from '../logger.js';
import { refreshPlannerStatistics } from '../store/planner-statistics.js';
import type { Store } from '../store/store.js';
import { checkpointIfWalGrew } from '../store/wal-checkpoint.js';
import {
  type DeliveryOptions,
  defaultDeliveryBatch,
  deliverDueWebhooks,
} from '../webhooks/deliver-webhooks.js';
import { applyClockChanges } from './apply-clock-changes.js';
import { settlePendingVerifications } from './settle-pending-verifications.js';

export interface BackgroundJobOptions {
  /** How often pending verifications are settled (default 1,000 ms). */
  verificationIntervalMs?: number;
  /**
   * How often idempotency keys past 24 hours, account sessions expired
   * more than 7 days and events older than 30 days are deleted (default 10 minutes).
   */
  purgeIntervalMs?: number;
  /** How often tables that changed much get fresh planner statistics (default 30 s). */
  statisticsIntervalMs?: number;
  /**
   * How often the embedded store checks its write-ahead log and checkpoints
   * once 16 MB have been written since the last checkpoint (default 10 s;
   * PGlite only, see checkpointIfWalGrew).
   */
  checkpointIntervalMs?: number;
  /**
   * How often accounts the clock has changed (a requirement come due, a
   * deadline passed) get their `account.updated` event (default 5,000 ms).
   */
  clockChangeIntervalMs?: number;
  /** How often due webhooks are sent (default 1,000 ms). */
  webhookIntervalMs?: number;
  /** How webhooks are sent: the timeout of one POST and the batch size (see deliverDueWebhooks). */
  webhookDelivery?: DeliveryOptions;
}

/** Accounts the clock-change job looks at in one batch. */
const clockChangeBatch = 50;

/** WAL since the last checkpoint that makes the embedded store checkpoint: one segment. */
const checkpointThresholdBytes = 16 * 1024 * 1024;

/** Work the server does between requests; `stop` waits for a run in progress. */
export interface BackgroundJobs {
  stop(): Promise<void>;
}

/**
 * Starts the server's periodic work: settling the simulated verifier's
 * reviews, storing the events of what the clock changed on accounts,
 * deleting idempotency keys past their 24 hours and account sessions a week
 * after they expired, sending webhooks, deleting events past 30 days,
 * refreshing planner statistics (which PGlite, having no autovacuum, would never
 * gather; see refreshPlannerStatistics) and, on PGlite, checkpointing (which
 * it would not do before close; see checkpointIfWalGrew). Each job reads
 * its work from the store, so a restart loses nothing. A failed run is
 * logged and the job tries again on its next tick.
 */
export function startBackgroundJobs(
  store: Store,
  { clock, logger, keyring }: { clock: Clock; logger: Logger; keyring: Keyring },
  options: BackgroundJobOptions = {},
): BackgroundJobs {
  const jobs = [
    schedule('verifications.settle', options.verificationIntervalMs ?? 1_000, async () => {
      const changed = await settlePendingVerifications(store, clock());
      if (changed > 0) logger.info('verifications.settled', { accounts: changed });
    }),
    schedule('accounts.clock_changes', options.clockChangeIntervalMs ?? 5_000, async () => {
      // Many accounts can share a moment (those created together, or all of them after the
      // migration that added the schedule): a full batch is followed by the next, up to ten a tick.
      for (let batches = 0; batches < 10; batches++) {
        const run = await applyClockChanges(store, clock(), clockChangeBatch);
        if (run.changed > 0) logger.info('accounts.clock_changed', { accounts: run.changed });
        if (run.visited < clockChangeBatch) break;
      }
    }),
    schedule('idempotency.purge', options.purgeIntervalMs ?? 600_000, async () => {
      const deleted = await purgeExpiredIdempotencyKeys(store, clock());
      if (deleted > 0) logger.info('idempotency.purged', { keys: deleted });
    }),
    schedule('account_sessions.purge', options.purgeIntervalMs ?? 600_000, async () => {
      const deleted = await purgeExpiredAccountSessions(store, clock());
      if (deleted > 0) logger.info('account_sessions.purged', { sessions: deleted });
    }),
    schedule('webhooks.deliver', options.webhookIntervalMs ?? 1_000, async () => {
      const batch = options.webhookDelivery?.batchSize ?? defaultDeliveryBatch;
      // A full batch may mean more are due: go on at once, up to 50 batches a tick, not one batch a second.
      for (let batches = 0; batches < 50; batches++) {
        const run = await deliverDueWebhooks(store, keyring, clock(), options.webhookDelivery);
        if (run.delivered + run.retrying > 0) logger.info('webhooks.delivered', { ...run });
        // An endpoint that failed for three days is the platform's to fix, and the operator's to know of.
        if (run.givenUp > 0) logger.warn('webhooks.given_up', { ...run });
        if (run.delivered + run.retrying + run.givenUp < batch) break;
      }
    }),
    schedule('events.purge', options.purgeIntervalMs ?? 600_000, async () => {
      const deleted = await purgeOldEvents(store, clock());
      if (deleted > 0) logger.info('events.purged', { events: deleted });
    }),
    // Also at once: a data directory that grew while no server ran (or an import) starts with its
    // statistics, not with the planner's defaults until the first tick.
    schedule(
      'statistics.refresh',
      options.statisticsIntervalMs ?? 30_000,
      async () => {
        const tables = await refreshPlannerStatistics(store);
        if (tables.length > 0) logger.info('store.statistics_refreshed', { tables: tables.join(', ') });
      },
      { immediately: true },
    ),
  ];
  if (store.engine === 'pglite') {
    jobs.push(
      schedule('store.checkpoint', options.checkpointIntervalMs ?? 10_000, async () => {
        const walBytes = await checkpointIfWalGrew(store, checkpointThresholdBytes);
        if (walBytes !== null) logger.info('store.checkpointed', { wal_bytes: walBytes });
      }),
    );
  }

  function schedule(
    name: string,
    intervalMs: number,
    run: () => Promise<void>,
    { immediately = false }: { immediately?: boolean } = {},
  ) {
    let stopped = false;
    let running: Promise<void> = Promise.resolve();
    let timer: NodeJS.Timeout | undefined;
    // A chain of timeouts, not an interval: a slow run never overlaps the next.
    const tick = () => {
      running = run()
        .catch((error: unknown) => logger.error('job.failed', { job: name, error }))
        .finally(() => {
          if (!stopped) arm();
        });
    };
    const arm = () => {
      timer = setTimeout(tick, intervalMs);
      // Jobs never keep a process alive on their own.
      timer.unref();
    };
    if (immediately) tick();
    else arm();
    return async () => {
      stopped = true;
      clearTimeout(timer);
      await running;
    };
  }

  return {
    async stop() {
      await Promise.all(jobs.map((stop) => stop()));
    },
  };
}
