/**
 * Redis with an in-memory safety net. While Redis is reachable it is the source of truth; when it
 * is down (at start or mid-run) every operation falls back to the local memory store, so people
 * keep getting answers, health reports the degradation, and ioredis reconnects in the background.
 * Threads are also cached locally so a thread survives an outage on the instance that holds it.
 * Records written during an outage stay in the local state files and are listed alongside Redis's.
 */
import type { ThreadContext } from '../conversation/types';
import type { Logger } from '../observability/logger';
import type { MemoryStore } from './memory-store';
import type { RedisStore } from './redis-store';
import type { AnswerRecord, EscalationRecord, FeedbackRecord, Store, StoreHealth, UnansweredRecord } from './types';

/** The Redis store, its local fallback, and where to report failures. */
export interface ResilientStoreOptions {
  primary: RedisStore;
  fallback: MemoryStore;
  logger: Logger;
  /** Called for each Redis operation that failed (for the store-errors metric). */
  onError?: (operation: string) => void;
}

/** Wraps Redis so every operation falls back to memory while Redis is unreachable. */
export function createResilientStore(options: ResilientStoreOptions): Store {
  const { primary, fallback, logger } = options;
  let degraded = false;

  // Each time Redis (re)connects, this instance claims again the delivery ids it remembers: a
  // Redis that restarted empty then still drops redeliveries of what any instance answered.
  let reseeding: Promise<void> | undefined;
  // Ids claimed here whose Redis claim is still to come: re-seeding them would make them look taken.
  const claiming = new Set<string>();
  primary.onReady(() => {
    const claims = fallback.recentClaims().filter((claim) => !claiming.has(claim.id));
    reseeding = primary.reclaimEvents(claims, Date.now()).catch((error: unknown) => {
      logger.warn('redis: could not re-claim recent delivery ids', { target: primary.target, error: (error as Error).message });
    });
  });

  function failed(operation: string, error: unknown): void {
    options.onError?.(operation);
    if (!degraded) logger.warn(`Redis at ${primary.target} is unreachable: answering with in-memory state on this instance until it is back`, { target: primary.target, operation, cause: (error as Error).message });
    degraded = true;
  }

  function succeeded(): void {
    if (degraded) logger.info(`Redis at ${primary.target} is back: using it again`, { target: primary.target });
    degraded = false;
  }

  /** Runs on Redis when connected, else (or when it fails) on the fallback. */
  async function either<T>(operation: string, onPrimary: () => Promise<T>, onFallback: () => Promise<T>): Promise<T> {
    if (!primary.isReady()) {
      failed(operation, new Error('not connected'));
      return onFallback();
    }
    try {
      const result = await onPrimary();
      succeeded();
      return result;
    } catch (error) {
      failed(operation, error);
      return onFallback();
    }
  }

  async function list<T extends { at: string }>(operation: string, fromPrimary: () => Promise<T[]>, fromFallback: () => Promise<T[]>): Promise<T[]> {
    const shared = await either(operation, fromPrimary, async () => [] as T[]);
    const local = await fromFallback();
    return [...shared, ...local].sort((a, b) => a.at.localeCompare(b.at));
  }

  return {
    kind: 'redis',
    async getThread(threadId: string): Promise<ThreadContext | undefined> {
      const shared = await either('getThread', () => primary.getThread(threadId), async () => undefined);
      return shared ?? fallback.getThread(threadId);
    },
    async saveThread(threadId: string, context: ThreadContext): Promise<void> {
      await fallback.saveThread(threadId, context);
      await either('saveThread', () => primary.saveThread(threadId, context), async () => undefined);
    },
    async claimEvent(eventId: string): Promise<boolean> {
      // Claim locally as well as in Redis, and call the event new only if both agree: a Redis that
      // restarted empty forgets earlier claims, but this instance still remembers its own.
      await reseeding;
      claiming.add(eventId);
      try {
        const local = await fallback.claimEvent(eventId);
        const shared = await either('claimEvent', () => primary.claimEvent(eventId), async () => local);
        return shared && local;
      } finally {
        claiming.delete(eventId);
      }
    },
    recordFeedback: (record: FeedbackRecord) => either('recordFeedback', () => primary.recordFeedback(record), () => fallback.recordFeedback(record)),
    recordUnanswered: (record: UnansweredRecord) => either('recordUnanswered', () => primary.recordUnanswered(record), () => fallback.recordUnanswered(record)),
    recordAnswer: (record: AnswerRecord) => either('recordAnswer', () => primary.recordAnswer(record), () => fallback.recordAnswer(record)),
    listFeedback: () => list('listFeedback', () => primary.listFeedback(), () => fallback.listFeedback()),
    listUnanswered: () => list('listUnanswered', () => primary.listUnanswered(), () => fallback.listUnanswered()),
    listAnswers: () => list('listAnswers', () => primary.listAnswers(), () => fallback.listAnswers()),
    async dropRecordsBefore(cutoff: string): Promise<number> {
      // Both: records written locally during an outage are listed too, so they age out as well.
      const shared = await either('dropRecordsBefore', () => primary.dropRecordsBefore(cutoff), async () => 0);
      return shared + (await fallback.dropRecordsBefore(cutoff));
    },
    saveEscalation: (record: EscalationRecord) => either('saveEscalation', () => primary.saveEscalation(record), () => fallback.saveEscalation(record)),
    async getEscalation(id: string): Promise<EscalationRecord | undefined> {
      const shared = await either('getEscalation', () => primary.getEscalation(id), async () => undefined);
      return shared ?? fallback.getEscalation(id);
    },
    async findEscalationByThread(threadId: string): Promise<EscalationRecord | undefined> {
      const shared = await either('findEscalationByThread', () => primary.findEscalationByThread(threadId), async () => undefined);
      return shared ?? fallback.findEscalationByThread(threadId);
    },
    async listEscalations(): Promise<EscalationRecord[]> {
      // One entry per id: the version changed last wins (one kept during an outage may be newer).
      const all = await list('listEscalations', () => primary.listEscalations(), () => fallback.listEscalations());
      const latest = new Map<string, EscalationRecord>();
      for (const record of all) {
        const known = latest.get(record.id);
        if (!known || record.updatedAt >= known.updatedAt) latest.set(record.id, record);
      }
      return [...latest.values()].sort((a, b) => a.at.localeCompare(b.at));
    },
    async health(): Promise<StoreHealth> {
      const shared = await primary.health();
      if (shared.ok) {
        succeeded();
        return { kind: 'redis', ok: true };
      }
      return { kind: 'redis', ok: false, detail: `${shared.detail ?? `Redis at ${primary.target} is unreachable`}; answering with in-memory state on this instance until it is back` };
    },
    async close(): Promise<void> {
      await Promise.allSettled([primary.close(), fallback.close()]);
    },
  };
}
