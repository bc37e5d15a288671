/**
 * The behaviour every Store must have, run against each implementation (memory, Redis, Redis
 * with its in-memory fallback). A harness makes fresh stores and moves time forward.
 */
import type { ThreadContext } from '../../src/conversation/types';
import type { AnswerRecord, EscalationRecord, FeedbackRecord, Store, UnansweredRecord } from '../../src/store/types';

export interface StoreHarness {
  kind: 'memory' | 'redis';
  /** A fresh, empty store with these TTLs. */
  make(ttl: { threadTtlSeconds: number; eventTtlSeconds: number }): Promise<Store>;
  /** Lets `seconds` pass for the store (a fake clock, or real sleeping for Redis). */
  advance(seconds: number): Promise<void>;
}

export function context(query: string, turns = 1): ThreadContext {
  return {
    version: 1,
    query,
    current: { articleId: 'api-gateway-403-error', sectionId: 'missing-authentication-token' },
    shown: ['api-gateway-403-error#missing-authentication-token'],
    candidates: [{ articleId: 'api-gateway-403-error', sectionId: 'missing-authentication-token', score: 12.5 }],
    lastKind: 'answer',
    turns,
  };
}

const feedback = (articleId: string, helpful: boolean, at: string): FeedbackRecord => ({
  at,
  channel: 'web',
  threadId: 'web:t1',
  articleId,
  sectionId: 's1',
  helpful,
  signature: 'missing authentication token',
});

const unanswered = (signature: string, at: string): UnansweredRecord => ({
  at,
  channel: 'slack',
  threadId: 'slack:C1:1.2',
  reason: 'none',
  signature,
  text: `${signature} (redacted text)`,
});

const answer = (articleId: string, at: string): AnswerRecord => ({ at, channel: 'teams', outcome: 'answer', articleId });

export const escalation = (id: string, threadId: string, at: string, extra: Partial<EscalationRecord> = {}): EscalationRecord => ({
  id,
  at,
  updatedAt: at,
  channel: 'slack',
  threadId,
  state: 'open',
  articleId: 'api-gateway-403-error',
  sectionId: 'missing-authentication-token',
  question: 'missing authentication token',
  ...extra,
});

export function storeContract(harness: StoreHarness): void {
  const stores: Store[] = [];
  async function fresh(threadTtlSeconds = 600, eventTtlSeconds = 600): Promise<Store> {
    const store = await harness.make({ threadTtlSeconds, eventTtlSeconds });
    stores.push(store);
    return store;
  }
  afterEach(async () => {
    await Promise.all(stores.splice(0).map((s) => s.close()));
  });

  describe('threads', () => {
    it('returns undefined for a thread it has never seen', async () => {
      const store = await fresh();
      await expect(store.getThread('web:unknown')).resolves.toBeUndefined();
    });

    it('returns a saved thread context as it was saved', async () => {
      const store = await fresh();
      await store.saveThread('web:a', context('502 bad gateway'));
      await expect(store.getThread('web:a')).resolves.toEqual(context('502 bad gateway'));
    });

    it('replaces a thread context when it is saved again', async () => {
      const store = await fresh();
      await store.saveThread('web:a', context('first', 1));
      await store.saveThread('web:a', context('second', 2));
      await expect(store.getThread('web:a')).resolves.toEqual(context('second', 2));
    });

    it('keeps threads apart', async () => {
      const store = await fresh();
      await store.saveThread('web:a', context('a'));
      await store.saveThread('web:b', context('b'));
      expect((await store.getThread('web:a'))?.query).toBe('a');
      expect((await store.getThread('web:b'))?.query).toBe('b');
    });

    it('forgets a thread once its TTL has passed', async () => {
      const store = await fresh(1, 600);
      await store.saveThread('web:short', context('short-lived'));
      await harness.advance(1.3);
      await expect(store.getThread('web:short')).resolves.toBeUndefined();
    });
  });

  describe('event claims', () => {
    it('grants the first claim of a delivery id and refuses the next', async () => {
      const store = await fresh();
      await expect(store.claimEvent('slack:Ev1')).resolves.toBe(true);
      await expect(store.claimEvent('slack:Ev1')).resolves.toBe(false);
    });

    it('treats different ids independently', async () => {
      const store = await fresh();
      await expect(store.claimEvent('slack:Ev1')).resolves.toBe(true);
      await expect(store.claimEvent('slack:Ev2')).resolves.toBe(true);
    });

    it('grants a claim again once the event TTL has passed', async () => {
      const store = await fresh(600, 1);
      await expect(store.claimEvent('teams:a1')).resolves.toBe(true);
      await harness.advance(1.3);
      await expect(store.claimEvent('teams:a1')).resolves.toBe(true);
    });
  });

  describe('records', () => {
    it('lists feedback in the order it was recorded', async () => {
      const store = await fresh();
      await store.recordFeedback(feedback('a1', true, '2025-01-01T00:00:01.000Z'));
      await store.recordFeedback(feedback('a2', false, '2025-01-01T00:00:02.000Z'));
      await expect(store.listFeedback()).resolves.toEqual([feedback('a1', true, '2025-01-01T00:00:01.000Z'), feedback('a2', false, '2025-01-01T00:00:02.000Z')]);
    });

    it('lists unanswered questions in the order they were recorded', async () => {
      const store = await fresh();
      await store.recordUnanswered(unanswered('first', '2025-01-01T00:00:01.000Z'));
      await store.recordUnanswered(unanswered('second', '2025-01-01T00:00:02.000Z'));
      expect((await store.listUnanswered()).map((r) => r.signature)).toEqual(['first', 'second']);
    });

    it('lists answer records', async () => {
      const store = await fresh();
      await store.recordAnswer(answer('a1', '2025-01-01T00:00:01.000Z'));
      await expect(store.listAnswers()).resolves.toEqual([answer('a1', '2025-01-01T00:00:01.000Z')]);
    });

    it('keeps every record when many are written at once', async () => {
      const store = await fresh();
      const writes = Array.from({ length: 50 }, (_, i) => store.recordAnswer(answer(`a${i}`, `2025-01-01T00:00:${String(i).padStart(2, '0')}.000Z`)));
      await Promise.all(writes);
      expect(await store.listAnswers()).toHaveLength(50);
    });
  });

  describe('dropping old records', () => {
    const OLD = '2025-01-01T00:00:00.000Z';
    const CUTOFF = '2025-06-01T00:00:00.000Z';
    const RECENT = '2025-07-01T00:00:00.000Z';

    it('deletes feedback, unanswered and answer records dated before the cutoff and keeps the rest', async () => {
      const store = await fresh();
      await store.recordFeedback(feedback('a', true, OLD));
      await store.recordFeedback(feedback('a', false, RECENT));
      await store.recordUnanswered(unanswered('old', OLD));
      await store.recordUnanswered(unanswered('recent', RECENT));
      await store.recordAnswer(answer('old', OLD));
      await store.recordAnswer(answer('recent', RECENT));
      // Out of order, as from an instance whose clock is behind: still deleted.
      await store.recordAnswer(answer('late-clock', OLD));
      await store.recordAnswer(answer('recent-2', RECENT));

      await expect(store.dropRecordsBefore(CUTOFF)).resolves.toBe(4);
      expect((await store.listFeedback()).map((r) => r.at)).toEqual([RECENT]);
      expect((await store.listUnanswered()).map((r) => r.signature)).toEqual(['recent']);
      expect((await store.listAnswers()).map((r) => r.articleId)).toEqual(['recent', 'recent-2']);
      await expect(store.dropRecordsBefore(CUTOFF)).resolves.toBe(0);
    });

    it('keeps records written while it deletes', async () => {
      const store = await fresh();
      await Promise.all(Array.from({ length: 10 }, (_, i) => store.recordAnswer(answer(`old-${i}`, OLD))));
      const [removed] = await Promise.all([store.dropRecordsBefore(CUTOFF), ...Array.from({ length: 10 }, (_, i) => store.recordAnswer(answer(`new-${i}`, RECENT)))]);
      expect(removed).toBe(10);
      expect((await store.listAnswers()).map((r) => r.articleId).sort()).toEqual(Array.from({ length: 10 }, (_, i) => `new-${i}`).sort());
    });
  });

  describe('dropping old escalations', () => {
    it('deletes escalations last updated before the cutoff, with their thread links, and keeps the rest', async () => {
      const store = await fresh();
      await store.saveEscalation(escalation('esc-old', 'slack:C1:1.1', '2025-01-01T00:00:00.000Z', { expertThread: 'slack:CEXP:9.1' }));
      // Opened long ago but still being worked on: kept.
      await store.saveEscalation(escalation('esc-busy', 'slack:C1:2.1', '2025-01-02T00:00:00.000Z', { updatedAt: '2025-07-01T00:00:00.000Z' }));
      await store.saveEscalation(escalation('esc-new', 'slack:C1:3.1', '2025-07-01T00:00:00.000Z'));

      await expect(store.dropRecordsBefore('2025-06-01T00:00:00.000Z')).resolves.toBe(1);
      expect((await store.listEscalations()).map((r) => r.id)).toEqual(['esc-busy', 'esc-new']);
      await expect(store.getEscalation('esc-old')).resolves.toBeUndefined();
      await expect(store.findEscalationByThread('slack:C1:1.1')).resolves.toBeUndefined();
      await expect(store.findEscalationByThread('slack:CEXP:9.1')).resolves.toBeUndefined();
      await expect(store.findEscalationByThread('slack:C1:2.1')).resolves.toMatchObject({ id: 'esc-busy' });
      await expect(store.dropRecordsBefore('2025-06-01T00:00:00.000Z')).resolves.toBe(0);
    });
  });

  describe('escalations', () => {
    it('returns undefined for an escalation it has never seen', async () => {
      const store = await fresh();
      await expect(store.getEscalation('esc-none')).resolves.toBeUndefined();
      await expect(store.findEscalationByThread('slack:C1:1.1')).resolves.toBeUndefined();
    });

    it('returns a saved escalation by id and by the asker\'s thread', async () => {
      const store = await fresh();
      const record = escalation('esc-1', 'slack:C1:1.1', '2025-01-01T00:00:01.000Z');
      await store.saveEscalation(record);
      await expect(store.getEscalation('esc-1')).resolves.toEqual(record);
      await expect(store.findEscalationByThread('slack:C1:1.1')).resolves.toEqual(record);
    });

    it('replaces an escalation saved again, and finds it by its expert thread too', async () => {
      const store = await fresh();
      await store.saveEscalation(escalation('esc-1', 'slack:C1:1.1', '2025-01-01T00:00:01.000Z'));
      const taken = escalation('esc-1', 'slack:C1:1.1', '2025-01-01T00:00:01.000Z', { state: 'taken', takenBy: 'U0EXPERT', expertThread: 'slack:CESC:2.2', updatedAt: '2025-01-01T00:00:05.000Z' });
      await store.saveEscalation(taken);
      await expect(store.getEscalation('esc-1')).resolves.toEqual(taken);
      await expect(store.findEscalationByThread('slack:CESC:2.2')).resolves.toEqual(taken);
      await expect(store.listEscalations()).resolves.toEqual([taken]);
    });

    it('finds the latest escalation of a thread asked twice', async () => {
      const store = await fresh();
      await store.saveEscalation(escalation('esc-1', 'web:t1', '2025-01-01T00:00:01.000Z', { state: 'resolved' }));
      await store.saveEscalation(escalation('esc-2', 'web:t1', '2025-01-01T00:00:02.000Z'));
      expect((await store.findEscalationByThread('web:t1'))?.id).toBe('esc-2');
    });

    it('lists every escalation once, oldest first, in its current state', async () => {
      const store = await fresh();
      await store.saveEscalation(escalation('esc-b', 'web:b', '2025-01-01T00:00:02.000Z'));
      await store.saveEscalation(escalation('esc-a', 'web:a', '2025-01-01T00:00:01.000Z'));
      await store.saveEscalation(escalation('esc-b', 'web:b', '2025-01-01T00:00:02.000Z', { state: 'resolved', updatedAt: '2025-01-01T00:00:09.000Z' }));
      const listed = await store.listEscalations();
      expect(listed.map((r) => [r.id, r.state])).toEqual([
        ['esc-a', 'open'],
        ['esc-b', 'resolved'],
      ]);
    });

    it('keeps escalations beyond the thread TTL', async () => {
      const store = await fresh(1, 1);
      await store.saveEscalation(escalation('esc-1', 'web:t1', '2025-01-01T00:00:01.000Z'));
      await harness.advance(1.3);
      expect((await store.getEscalation('esc-1'))?.state).toBe('open');
    });
  });

  describe('health', () => {
    it(`reports kind ${harness.kind} and ok`, async () => {
      const store = await fresh();
      expect(store.kind).toBe(harness.kind);
      await expect(store.health()).resolves.toEqual({ kind: harness.kind, ok: true });
    });
  });
}
