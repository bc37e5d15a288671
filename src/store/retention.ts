/**
 * Keeps the store to RETENTION_DAYS: at start and then every hour, feedback, unanswered and answer
 * records older than that are deleted (memory/file and Redis stores alike). A failed sweep is
 * logged and tried again at the next one.
 */
import type { Logger } from '../observability/logger';
import type { Store } from './types';

/** A running retention schedule. */
export interface Retention {
  /** Runs one sweep now; resolves with how many records were deleted. */
  sweep(): Promise<number>;
  /** Stops the schedule; resolves once a sweep under way has finished. */
  stop(): Promise<void>;
}

const DAY_MS = 24 * 3_600_000;

/** The cutoff (ISO) before which records are deleted, for `retentionDays` at `now`. */
export function retentionCutoff(retentionDays: number, now: number): string {
  return new Date(now - retentionDays * DAY_MS).toISOString();
}

/** Starts sweeping `store` every `intervalMs` (default an hour); the first sweep runs at once. */
export function startRetention(options: { store: Store; retentionDays: number; logger: Logger; intervalMs?: number; now?: () => number }): Retention {
  const now = options.now ?? Date.now;
  let running: Promise<number> | undefined;

  function sweep(): Promise<number> {
    running ??= options.store
      .dropRecordsBefore(retentionCutoff(options.retentionDays, now()))
      .then(
        (removed) => {
          if (removed > 0) options.logger.info('old records deleted', { removed, retentionDays: options.retentionDays });
          return removed;
        },
        (error: unknown) => {
          options.logger.warn('deleting old records failed; trying again at the next sweep', { error });
          return 0;
        },
      )
      .finally(() => {
        running = undefined;
      });
    return running;
  }

  const timer = setInterval(() => void sweep(), options.intervalMs ?? 3_600_000);
  timer.unref();
  void sweep();
  return {
    sweep,
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
