import { createConversationService, type ConversationDeps } from '../../src/conversation/service';
import type { ThreadContext } from '../../src/conversation/types';
import type { Engine, EngineResult } from '../../src/engine/types';
import { silentLogger } from '../../src/observability/logger';
import { noServiceEvents, type ServiceEvents } from '../../src/observability/events';
import { ACTION_IDS, encodeActionValue } from '../../src/reply/actions';
import type { ArticleRef, Reply } from '../../src/reply/model';
import type { Store } from '../../src/store/types';

// Small fakes: the service's job is ordering and bookkeeping, so the engine and store are doubles here.
const article: ArticleRef = {
  id: 'gone', title: 'Gone', displayTitle: 'Gone', question: 'Why gone?', updated: '2022-01-01', source: 'test', variants: ['WebSocket'],
};

function context(query: string): ThreadContext {
  return { version: 1, query, current: { articleId: 'gone', sectionId: 'resolution' }, shown: ['gone#resolution'], candidates: [], lastKind: 'answer', turns: 1 };
}

function fakeEngine(seen: string[]): Engine {
  const answer = (text: string): EngineResult => {
    seen.push(text);
    const none = text.includes('lunch');
    const reply: Reply = none
      ? { kind: 'none', message: 'nothing', closest: [], matched: null, notices: [], actions: [], text: 'nothing' }
      : { kind: 'answer', article, section: { id: 'resolution', heading: 'Resolution' }, cause: 'c', blocks: [{ kind: 'paragraph', text: 's' }], otherCauses: [], related: [], confidence: 'high', matched: text, notices: [], actions: [], text: 'answer' };
    return { reply, context: context(text), signature: text, outcome: none ? 'none' : 'answer' };
  };
  return {
    respond: (text) => answer(text),
    act: () => ({ reply: { kind: 'ack', message: 'thanks', matched: null, notices: [], actions: [], text: 'thanks' }, context: context('q'), signature: 'q', outcome: null }),
    search: () => [],
    articles: () => [article],
    article: (id) => (id === article.id ? { kind: 'article', article, summary: '', sections: [{ id: 'resolution', heading: 'Resolution', level: 2, blocks: [] }], related: [], matched: null, notices: [], actions: [], text: '' } : undefined),
  };
}

function mapStore(): Store & { threads: Map<string, ThreadContext>; unanswered: unknown[]; feedback: unknown[] } {
  const threads = new Map<string, ThreadContext>();
  const claimed = new Set<string>();
  const unanswered: unknown[] = [];
  const feedback: unknown[] = [];
  return {
    kind: 'memory', threads, unanswered, feedback,
    getThread: async (id) => threads.get(id),
    saveThread: async (id, ctx) => void threads.set(id, ctx),
    claimEvent: async (id) => (claimed.has(id) ? false : (claimed.add(id), true)),
    recordFeedback: async (r) => void feedback.push(r),
    recordUnanswered: async (r) => void unanswered.push(r),
    recordAnswer: async () => undefined,
    listFeedback: async () => [], listUnanswered: async () => [], listAnswers: async () => [],
    dropRecordsBefore: async () => 0,
    saveEscalation: async () => undefined, getEscalation: async () => undefined, findEscalationByThread: async () => undefined, listEscalations: async () => [],
    health: async () => ({ kind: 'memory', ok: true }),
    close: async () => undefined,
  };
}

function deps(overrides: Partial<ConversationDeps> = {}): ConversationDeps {
  return {
    engine: fakeEngine([]),
    store: mapStore(),
    redact: async (text) => (text.includes('AKIA') ? { text: text.replace(/AKIA\w+/, '[REDACTED:aws-access-key-id]'), findings: [{ kind: 'aws-access-key-id', count: 1 }] } : { text, findings: [] }),
    rateLimiter: { allow: async () => true, close: async () => {} },
    events: noServiceEvents,
    logger: silentLogger,
    ...overrides,
  };
}

const message = { id: 'm1', threadId: 'web:t1', channel: 'web' as const, userId: 'u1', text: 'GoneException: 410' };

describe('conversation service', () => {
  it('answers a message and remembers the thread for follow-ups', async () => {
    const store = mapStore();
    const service = createConversationService(deps({ store }));
    const result = await service.handleMessage(message);
    expect(result.status).toBe('replied');
    expect(store.threads.get('web:t1')?.query).toBe('GoneException: 410');
  });

  it('answers a redelivered message only once', async () => {
    const service = createConversationService(deps());
    expect((await service.handleMessage(message)).status).toBe('replied');
    expect((await service.handleMessage(message)).status).toBe('duplicate');
  });

  it('hands the engine redacted text and warns the sender privately on Slack', async () => {
    const seen: string[] = [];
    const service = createConversationService(deps({ engine: fakeEngine(seen) }));
    const result = await service.handleMessage({ ...message, channel: 'slack', text: 'signed with AKIAABCDEFGHIJKLMNOP and got 403' });
    expect(seen).toEqual(['signed with [REDACTED:aws-access-key-id] and got 403']);
    if (result.status !== 'replied') throw new Error('expected a reply');
    expect(result.text).toBe('signed with [REDACTED:aws-access-key-id] and got 403');
    expect(result.reply.notices[0]).toMatchObject({ kind: 'credential', private: true });
    expect(JSON.stringify(result.reply)).not.toContain('AKIAABCDEFGHIJKLMNOP');
  });

  it('logs a question it could not answer, redacted', async () => {
    const store = mapStore();
    const service = createConversationService(deps({ store }));
    await service.handleMessage({ ...message, text: 'lunch? AKIAABCDEFGHIJKLMNOP' });
    expect(store.unanswered).toHaveLength(1);
    expect(JSON.stringify(store.unanswered)).not.toContain('AKIAABCDEFGHIJKLMNOP');
  });

  it('keeps answering when the store fails, and reports the failure', async () => {
    const failures: string[] = [];
    const events: ServiceEvents = { ...noServiceEvents, storeError: (op) => failures.push(op) };
    const broken = mapStore();
    const boom = async (): Promise<never> => { throw new Error('connection refused'); };
    const store: Store = { ...broken, getThread: boom, saveThread: boom, claimEvent: boom, recordAnswer: boom };
    const service = createConversationService(deps({ store, events }));
    const result = await service.handleMessage(message);
    expect(result.status).toBe('replied');
    expect(failures).toEqual(expect.arrayContaining(['claimEvent', 'getThread', 'saveThread']));
  });

  it('records "not it" as unhelpful feedback and as an unanswered question', async () => {
    const store = mapStore();
    const service = createConversationService(deps({ store }));
    await service.handleMessage(message);
    await service.handleAction({ id: 'a1', threadId: 'web:t1', channel: 'web', userId: 'u1', action: ACTION_IDS.notIt, value: encodeActionValue({ articleId: 'gone', sectionId: 'resolution' }) });
    expect(store.feedback).toEqual([expect.objectContaining({ articleId: 'gone', helpful: false })]);
    expect(store.unanswered).toEqual([expect.objectContaining({ reason: 'not-it', articleId: 'gone' })]);
  });

  it('rate-limits politely without asking the engine', async () => {
    const seen: string[] = [];
    const service = createConversationService(deps({ engine: fakeEngine(seen), rateLimiter: { allow: async () => false, close: async () => {} } }));
    const result = await service.handleMessage(message);
    expect(seen).toEqual([]);
    if (result.status !== 'replied') throw new Error('expected a reply');
    expect(result.reply.kind).toBe('ack');
    expect(result.reply.notices.some((n) => n.kind === 'rate-limited')).toBe(true);
  });

  describe('refuses forged or stale clicks, recording nothing', () => {
    const forged: [string, string, string][] = [
      ['a thread it never answered', 'web:never-answered', encodeActionValue({ articleId: 'gone', sectionId: 'resolution' })],
      ['an article the knowledge base does not have', 'web:t1', encodeActionValue({ articleId: 'FORGED article id: call +1-555-0100', sectionId: 'resolution' })],
      ['a section the article does not have', 'web:t1', encodeActionValue({ articleId: 'gone', sectionId: 'made-up' })],
    ];
    it.each(forged)('naming %s', async (_case, threadId, value) => {
      const store = mapStore();
      const service = createConversationService(deps({ store }));
      await service.handleMessage(message);
      for (const action of [ACTION_IDS.solved, ACTION_IDS.notIt]) {
        const result = await service.handleAction({ id: `${action}-${threadId}`, threadId, channel: 'web', userId: 'u1', action, value });
        expect(result.status).toBe('rejected');
      }
      expect(store.feedback).toEqual([]);
      expect(store.unanswered).toEqual([]);
    });
  });

  it('rate-limits clicks too, keyed on workspace and user', async () => {
    const keys: string[] = [];
    const service = createConversationService(deps({ rateLimiter: { allow: async (key) => (keys.push(key), false), close: async () => {} } }));
    const result = await service.handleAction({ id: 'c1', threadId: 'slack:C1:1.2', channel: 'slack', workspaceId: 'T1', userId: 'U1', action: ACTION_IDS.solved, value: '{}' });
    expect(result.status === 'replied' && result.reply.notices.some((n) => n.kind === 'rate-limited')).toBe(true);
    expect(keys).toEqual(['slack:T1:U1']);
  });
});
