import type { Reply } from '../../src/reply/model';
import { describeWithRedis, startRedisServer, type RedisServer } from '../support/redis-server';
import { startTestRuntime, type TestRuntime } from '../support/runtime';

const GONE = 'An error occurred (GoneException) when calling the PostToConnection operation: 410';
// An error two articles explain credibly: "Not it" has a next match to offer.
const TWO_MATCHES = 'Missing Authentication Token';

interface ChatResponse {
  threadId: string;
  reply: Reply;
  error?: string;
}

async function post(app: TestRuntime, path: string, body: unknown): Promise<{ status: number; body: ChatResponse }> {
  const res = await fetch(`${app.url}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as ChatResponse };
}

describeWithRedis('two instances sharing one Redis', () => {
  let redis: RedisServer;
  let first: TestRuntime;
  let second: TestRuntime;
  beforeAll(async () => {
    redis = await startRedisServer();
    first = await startTestRuntime({ redisUrl: redis.url });
    second = await startTestRuntime({ redisUrl: redis.url });
  });
  afterAll(async () => {
    await Promise.all([first?.close(), second?.close()]);
    await redis?.stop();
  });

  it('both report a healthy Redis store', async () => {
    for (const app of [first, second]) {
      const res = await fetch(`${app.url}/healthz`);
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({ store: { kind: 'redis', ok: true } });
    }
  });

  it('continues on the second instance a thread the first one started ("Not it" gives the next candidate)', async () => {
    const start = await post(first, '/api/chat/messages', { text: TWO_MATCHES });
    if (start.body.reply.kind !== 'answer') throw new Error('expected an answer');
    const shownFirst = start.body.reply.article.id;
    const saved = await second.runtime.store.getThread(start.body.threadId);
    expect(saved?.current?.articleId).toBe(shownFirst);
    const expectedNext = saved!.candidates.find((c) => c.articleId !== shownFirst)!;

    const notIt = start.body.reply.actions.find((a) => a.id === 'kb_not_it')!;
    const next = await post(second, '/api/chat/actions', { threadId: start.body.threadId, action: notIt.id, value: notIt.value });
    expect(next.status).toBe(200);
    expect(next.body.reply.kind).toBe('answer');
    if (next.body.reply.kind === 'answer') expect(next.body.reply.article.id).toBe(expectedNext.articleId);
  });

  it('answers a follow-up message on the second instance from the thread the first one started', async () => {
    const start = await post(first, '/api/chat/messages', { text: GONE });
    if (start.body.reply.kind !== 'answer') throw new Error('expected an answer');
    const followUp = await post(second, '/api/chat/messages', { threadId: start.body.threadId, text: 'show me the full article' });
    expect(followUp.body.reply.kind).toBe('article');
    if (followUp.body.reply.kind === 'article') expect(followUp.body.reply.article.id).toBe(start.body.reply.article.id);
  });

  it('treats a message id handled by one instance as a duplicate on the other', async () => {
    const messageId = '5eed5eed-aaaa-bbbb-cccc-ddddeeeeffff';
    const once = await post(first, '/api/chat/messages', { messageId, text: GONE });
    const again = await post(second, '/api/chat/messages', { messageId, text: GONE });
    expect(once.status).toBe(200);
    expect(again.status).toBe(409);
    const metrics = await (await fetch(`${second.url}/metrics`)).text();
    expect(metrics).toContain('kb_duplicates_dropped_total{channel="web"} 1');
  });

  it('pools feedback from both instances in Redis', async () => {
    const start = await post(first, '/api/chat/messages', { text: GONE });
    if (start.body.reply.kind !== 'answer') throw new Error('expected an answer');
    const solved = start.body.reply.actions.find((a) => a.id === 'kb_solved')!;
    await post(second, '/api/chat/actions', { threadId: start.body.threadId, action: solved.id, value: solved.value });
    const seenByFirst = await first.runtime.store.listFeedback();
    expect(seenByFirst.some((f) => f.threadId === start.body.threadId && f.helpful)).toBe(true);
  });
});
