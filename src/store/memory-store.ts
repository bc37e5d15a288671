/**
 * The default store, for one instance: threads and delivery ids in bounded, expiring maps;
 * feedback, the unanswered log and answer records appended as JSON lines under `stateDir`
 * (read back from there, so a restart loses nothing).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ThreadContext } from '../conversation/types';
import { createEscalationLog } from './escalation-log';
import { createExpiringMap } from './expiring-map';
import { createJsonLinesFile, type JsonLinesFile } from './json-lines-file';
import type { AnswerRecord, EscalationRecord, FeedbackRecord, Store, StoreHealth, UnansweredRecord } from './types';

/** Where the memory store keeps its files and how long it remembers. */
export interface MemoryStoreOptions {
  stateDir: string;
  threadTtlSeconds: number;
  eventTtlSeconds: number;
  now?: () => number;
  /** Upper bound on threads (and on delivery ids) kept in memory; the oldest go first. */
  maxEntries?: number;
}

/** File names under stateDir; `kb report` reads the same files. */
export const STATE_FILES = {
  feedback: 'feedback.jsonl',
  unanswered: 'unanswered.jsonl',
  answers: 'answers.jsonl',
  escalations: 'escalations.jsonl',
  /** Delivery ids this instance claimed (`{ id, at }`), read back at start so a restart still drops redeliveries. */
  deliveries: 'deliveries.jsonl',
} as const;

interface DeliveryRecord {
  id: string;
  /** Milliseconds since the epoch. */
  at: number;
}

/** A delivery id this store claimed, and when. */
export interface ClaimedDelivery {
  id: string;
  claimedAt: number;
}

/** The memory store, plus the delivery ids it claimed (for re-seeding a Redis that lost them). */
export interface MemoryStore extends Store {
  recentClaims(): ClaimedDelivery[];
}

/** The claims in the delivery log still within the TTL; the log is rewritten to hold only those. */
function loadDeliveryLog(file: string, ttlMs: number, now: number): DeliveryRecord[] {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return [];
  }
  const live: DeliveryRecord[] = [];
  for (const line of text.split('\n')) {
    try {
      const record = JSON.parse(line) as DeliveryRecord;
      if (typeof record.id === 'string' && typeof record.at === 'number' && now - record.at < ttlMs) live.push(record);
    } catch {
      // A torn last line after a crash.
    }
  }
  fs.writeFileSync(file, live.map((r) => JSON.stringify(r) + '\n').join(''));
  return live;
}

/** Creates the single-instance store; records already in stateDir are read back. */
export function createMemoryStore(options: MemoryStoreOptions): MemoryStore {
  const now = options.now ?? Date.now;
  const maxEntries = options.maxEntries ?? 100_000;
  // Stored as JSON so a caller mutating its object later cannot change what was saved.
  const threads = createExpiringMap<string>({ ttlMs: options.threadTtlSeconds * 1000, maxEntries, now });
  const eventTtlMs = options.eventTtlSeconds * 1000;
  const events = createExpiringMap<number>({ ttlMs: eventTtlMs, maxEntries, now });
  const deliveries = createJsonLinesFile<DeliveryRecord>(path.join(options.stateDir, STATE_FILES.deliveries));
  for (const record of loadDeliveryLog(deliveries.file, eventTtlMs, now())) events.setIfAbsent(record.id, record.at);
  const feedback = createJsonLinesFile<FeedbackRecord>(path.join(options.stateDir, STATE_FILES.feedback));
  const unanswered = createJsonLinesFile<UnansweredRecord>(path.join(options.stateDir, STATE_FILES.unanswered));
  const answers = createJsonLinesFile<AnswerRecord>(path.join(options.stateDir, STATE_FILES.answers));
  const escalationFile = createJsonLinesFile<EscalationRecord>(path.join(options.stateDir, STATE_FILES.escalations));
  let writeFailure: string | undefined;

  async function append<T>(file: JsonLinesFile<T>, record: T): Promise<void> {
    try {
      await file.append(record);
      writeFailure = undefined;
    } catch (error) {
      writeFailure = `cannot write ${file.file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`;
      throw error;
    }
  }

  const escalations = createEscalationLog(escalationFile, (record) => append(escalationFile, record));

  return {
    kind: 'memory',
    async getThread(threadId: string): Promise<ThreadContext | undefined> {
      const json = threads.get(threadId);
      return json === undefined ? undefined : (JSON.parse(json) as ThreadContext);
    },
    async saveThread(threadId: string, context: ThreadContext): Promise<void> {
      threads.set(threadId, JSON.stringify(context));
    },
    async claimEvent(eventId: string): Promise<boolean> {
      const at = now();
      if (!events.setIfAbsent(eventId, at)) return false;
      // A failed write shows in health(); the claim itself stands (memory still has it).
      await append(deliveries, { id: eventId, at }).catch(() => undefined);
      return true;
    },
    recentClaims() {
      return events.liveEntries().map(([id, claimedAt]) => ({ id, claimedAt }));
    },
    recordFeedback: (record) => append(feedback, record),
    recordUnanswered: (record) => append(unanswered, record),
    recordAnswer: (record) => append(answers, record),
    listFeedback: () => feedback.readAll(),
    listUnanswered: () => unanswered.readAll(),
    listAnswers: () => answers.readAll(),
    async dropRecordsBefore(cutoff: string): Promise<number> {
      const recent = (record: { at: string }): boolean => record.at >= cutoff;
      const removed = await Promise.all([feedback.retain(recent), unanswered.retain(recent), answers.retain(recent), escalations.dropBefore(cutoff)]);
      return removed.reduce((sum, n) => sum + n, 0);
    },
    saveEscalation: (record) => escalations.save(record),
    getEscalation: (id) => escalations.get(id),
    findEscalationByThread: (threadId) => escalations.findByThread(threadId),
    listEscalations: () => escalations.list(),
    async health(): Promise<StoreHealth> {
      return writeFailure ? { kind: 'memory', ok: false, detail: writeFailure } : { kind: 'memory', ok: true };
    },
    async close(): Promise<void> {
      // Wait for queued appends so a graceful shutdown loses no record.
      await Promise.all([feedback.flush(), unanswered.flush(), answers.flush(), escalationFile.flush(), deliveries.flush()]);
    },
  };
}
