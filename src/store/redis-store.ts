/**
 * The shared store for several instances, on ioredis: thread contexts with SET EX, delivery ids
 * claimed with SET NX EX (so exactly one instance answers a redelivered event), and records in
 * capped lists. Commands fail fast while disconnected (no offline queue) so the resilient wrapper
 * can fall back at once; ioredis keeps reconnecting in the background.
 */
import Redis from 'ioredis';
import type { ThreadContext } from '../conversation/types';
import type { Logger } from '../observability/logger';
import { silentLogger } from '../observability/logger';
import { describeRedisProblem, type RedisFailure } from './redis-problem';
import { describeRedisUrl } from './redis-url';
import { parseThreadContext } from './thread-context';
import type { AnswerRecord, EscalationRecord, FeedbackRecord, Store, StoreHealth, UnansweredRecord } from './types';

/** Connection and retention settings of the Redis store. */
export interface RedisStoreOptions {
  url: string;
  threadTtlSeconds: number;
  eventTtlSeconds: number;
  logger?: Logger;
  /** Prefix of every key, so several deployments (or tests) can share one Redis. */
  keyPrefix?: string;
  /** Records kept per list; the oldest are trimmed. */
  maxRecords?: number;
  /** Milliseconds before a command counts as failed. */
  commandTimeoutMs?: number;
}

/** A Redis-backed Store that also says whether it is connected right now. */
export interface RedisStore extends Store {
  readonly kind: 'redis';
  isReady(): boolean;
  /** Resolves true once connected, false if not connected within `timeoutMs`. */
  waitUntilReady(timeoutMs: number): Promise<boolean>;
  /** The URL without credentials, for logs and health. */
  readonly target: string;
  /** Calls `listener` every time the connection becomes ready (the first time and after each reconnect). */
  onReady(listener: () => void): void;
  /** Claims delivery ids again (SET NX with what is left of their TTL): re-seeds a Redis that restarted empty. */
  reclaimEvents(claims: { id: string; claimedAt: number }[], now: number): Promise<void>;
}

const LISTS = { feedback: 'records:feedback', unanswered: 'records:unanswered', answers: 'records:answers' } as const;
/** Escalations: one key per record, a set of all ids, and one key per thread naming its latest escalation. */
const ESCALATIONS = { record: (id: string) => `escalation:${id}`, ids: 'escalations', thread: (threadId: string) => `escalation-thread:${threadId}` } as const;

function parseEscalation(json: string | null): EscalationRecord | undefined {
  if (json === null) return undefined;
  try {
    const value: unknown = JSON.parse(json);
    return typeof value === 'object' && value !== null && typeof (value as EscalationRecord).id === 'string' ? (value as EscalationRecord) : undefined;
  } catch {
    return undefined;
  }
}

function isBefore(item: string, cutoff: string): boolean {
  try {
    const at = (JSON.parse(item) as { at?: unknown }).at;
    return typeof at === 'string' && at < cutoff;
  } catch {
    return false;
  }
}

/** Connects to Redis (in the background) and returns the store over it. */
export function createRedisStore(options: RedisStoreOptions): RedisStore {
  const logger = options.logger ?? silentLogger;
  const target = describeRedisUrl(options.url);
  const maxRecords = options.maxRecords ?? 100_000;
  const client = new Redis(options.url, {
    keyPrefix: options.keyPrefix ?? 'kb:',
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 2_000,
    // After a failed connection the old socket never emits 'close'; don't hold the process open for it.
    disconnectTimeout: 200,
    commandTimeout: options.commandTimeoutMs ?? 2_000,
    // Keep trying for as long as the process runs; the wrapper answers from memory meanwhile.
    retryStrategy: (attempt) => Math.min(attempt * 250, 2_000),
  });
  let lastFailure: RedisFailure | undefined;
  let closing = false;
  client.on('error', (error: NodeJS.ErrnoException) => {
    const problem = describeRedisProblem(error);
    // Said once per cause, not once per reconnect attempt. ioredis messages carry host:port at
    // most, never the URL's password; the raw one stays as `cause` for whoever digs deeper.
    if (!lastFailure || problem !== describeRedisProblem(lastFailure)) {
      logger.warn(`Redis at ${target} is unreachable: ${problem}`, { target, cause: error.message });
    }
    lastFailure = { message: error.message, code: error.code };
  });
  client.on('ready', () => {
    logger.info(`Redis at ${target} connected`, { target });
    lastFailure = undefined;
  });

  async function push<T>(list: string, record: T): Promise<void> {
    await client.multi().rpush(list, JSON.stringify(record)).ltrim(list, -maxRecords, -1).exec();
  }

  async function readList<T>(list: string): Promise<T[]> {
    const items = await client.lrange(list, 0, -1);
    const records: T[] = [];
    for (const item of items) {
      try {
        records.push(JSON.parse(item) as T);
      } catch {
        // Foreign or corrupted entry: skip it, keep the rest.
      }
    }
    return records;
  }

  // Records arrive roughly in time order, so the old ones are mostly a prefix of the list: that
  // prefix goes with one LTRIM (new records are pushed at the other end, so indexes stay right);
  // an old record further in (an instance with a late clock) is removed by value.
  async function dropBefore(list: string, cutoff: string): Promise<number> {
    const items = await client.lrange(list, 0, -1);
    let prefix = 0;
    while (prefix < items.length && isBefore(items[prefix], cutoff)) prefix++;
    const stragglers = items.slice(prefix).filter((item) => isBefore(item, cutoff));
    if (prefix === 0 && stragglers.length === 0) return 0;
    const batch = client.multi();
    if (prefix > 0) batch.ltrim(list, prefix, -1);
    for (const item of stragglers) batch.lrem(list, 1, item);
    await batch.exec();
    return prefix + stragglers.length;
  }

  // An escalation goes whole: its record, its id in the set, and the thread keys that still name it.
  async function dropEscalationsBefore(cutoff: string): Promise<number> {
    const ids = await client.smembers(ESCALATIONS.ids);
    if (ids.length === 0) return 0;
    const values = await client.mget(ids.map(ESCALATIONS.record));
    const old = values.flatMap((v) => parseEscalation(v) ?? []).filter((r) => (r.updatedAt ?? r.at) < cutoff);
    if (old.length === 0) return 0;
    const threads = old.flatMap((r) => [r.threadId, ...(r.expertThread ? [r.expertThread] : [])]);
    const named = await client.mget(threads.map(ESCALATIONS.thread));
    const tx = client.multi();
    for (const r of old) tx.del(ESCALATIONS.record(r.id)).srem(ESCALATIONS.ids, r.id);
    const oldIds = new Set(old.map((r) => r.id));
    threads.forEach((thread, i) => {
      const id = named[i];
      if (id !== null && oldIds.has(id)) tx.del(ESCALATIONS.thread(thread));
    });
    await tx.exec();
    return old.length;
  }

  return {
    kind: 'redis',
    target,
    isReady: () => client.status === 'ready',
    onReady(listener) {
      client.on('ready', listener);
      if (client.status === 'ready') listener();
    },
    async reclaimEvents(claims, now) {
      const batch = client.pipeline();
      for (const claim of claims) {
        const leftSeconds = Math.ceil((claim.claimedAt + options.eventTtlSeconds * 1000 - now) / 1000);
        if (leftSeconds > 0) batch.set(`event:${claim.id}`, '1', 'EX', leftSeconds, 'NX');
      }
      if (batch.length > 0) await batch.exec();
    },
    waitUntilReady(timeoutMs: number): Promise<boolean> {
      if (client.status === 'ready') return Promise.resolve(true);
      return new Promise((resolve) => {
        const timer = setTimeout(() => done(false), timeoutMs);
        const onReady = (): void => done(true);
        function done(ready: boolean): void {
          clearTimeout(timer);
          client.off('ready', onReady);
          resolve(ready);
        }
        client.on('ready', onReady);
      });
    },
    async getThread(threadId: string): Promise<ThreadContext | undefined> {
      const json = await client.get(`thread:${threadId}`);
      return json === null ? undefined : parseThreadContext(json);
    },
    async saveThread(threadId: string, context: ThreadContext): Promise<void> {
      await client.set(`thread:${threadId}`, JSON.stringify(context), 'EX', options.threadTtlSeconds);
    },
    async claimEvent(eventId: string): Promise<boolean> {
      const result = await client.set(`event:${eventId}`, '1', 'EX', options.eventTtlSeconds, 'NX');
      return result === 'OK';
    },
    recordFeedback: (record: FeedbackRecord) => push(LISTS.feedback, record),
    recordUnanswered: (record: UnansweredRecord) => push(LISTS.unanswered, record),
    recordAnswer: (record: AnswerRecord) => push(LISTS.answers, record),
    listFeedback: () => readList<FeedbackRecord>(LISTS.feedback),
    listUnanswered: () => readList<UnansweredRecord>(LISTS.unanswered),
    listAnswers: () => readList<AnswerRecord>(LISTS.answers),
    async dropRecordsBefore(cutoff: string): Promise<number> {
      const removed = await Promise.all([...Object.values(LISTS).map((list) => dropBefore(list, cutoff)), dropEscalationsBefore(cutoff)]);
      return removed.reduce((sum, n) => sum + n, 0);
    },
    async saveEscalation(record: EscalationRecord): Promise<void> {
      const tx = client.multi().set(ESCALATIONS.record(record.id), JSON.stringify(record)).sadd(ESCALATIONS.ids, record.id).set(ESCALATIONS.thread(record.threadId), record.id);
      if (record.expertThread) tx.set(ESCALATIONS.thread(record.expertThread), record.id);
      await tx.exec();
    },
    async getEscalation(id: string): Promise<EscalationRecord | undefined> {
      return parseEscalation(await client.get(ESCALATIONS.record(id)));
    },
    async findEscalationByThread(threadId: string): Promise<EscalationRecord | undefined> {
      const id = await client.get(ESCALATIONS.thread(threadId));
      return id === null ? undefined : parseEscalation(await client.get(ESCALATIONS.record(id)));
    },
    async listEscalations(): Promise<EscalationRecord[]> {
      const ids = await client.smembers(ESCALATIONS.ids);
      if (ids.length === 0) return [];
      const values = await client.mget(ids.map(ESCALATIONS.record));
      return values.flatMap((v) => parseEscalation(v) ?? []).sort((a, b) => a.at.localeCompare(b.at));
    },
    async health(): Promise<StoreHealth> {
      // While disconnected a ping fails with client internals; the last connection error says why.
      if (client.status !== 'ready') return { kind: 'redis', ok: false, detail: `Redis at ${target} is unreachable: ${describeRedisProblem(lastFailure)}` };
      try {
        await client.ping();
        return { kind: 'redis', ok: true };
      } catch (error) {
        return { kind: 'redis', ok: false, detail: `Redis at ${target} is unreachable: ${describeRedisProblem(error as NodeJS.ErrnoException)}` };
      }
    },
    async close(): Promise<void> {
      if (closing) return;
      closing = true;
      if (client.status === 'ready') {
        await client.quit().catch(() => client.disconnect());
      } else {
        client.disconnect();
      }
    },
  };
}
