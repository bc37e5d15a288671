import express from 'express';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAdapter } from '../../adapters/web';
import type { ConversationService } from '../../src/conversation/service';
import type { IncomingAction, IncomingMessage } from '../../src/conversation/types';
import { silentLogger } from '../../src/observability/logger';
import type { Reply } from '../../src/reply/model';
import { startTestRuntime, testConfig, type TestRuntime } from '../support/runtime';

const GONE = 'An error occurred (GoneException) when calling the PostToConnection operation: 410';
// An error two articles explain credibly: "Not it" has a next match to offer.
const TWO_MATCHES = 'Missing Authentication Token';

interface ChatResponse {
  threadId: string;
  reply: Reply;
  /** The message as the page shows it back (credentials removed). */
  echo?: string;
  error?: string;
}

describe('web chat API (POST /api/chat/*)', () => {
  let app: TestRuntime;
  beforeAll(async () => {
    app = await startTestRuntime();
  });
  afterAll(async () => {
    await app.close();
  });

  async function post(path: string, body: unknown): Promise<{ status: number; body: ChatResponse }> {
    const res = await fetch(`${app.url}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    return { status: res.status, body: (await res.json()) as ChatResponse };
  }

  it('answers a pasted error with the reply model and a new web thread id', async () => {
    const { status, body } = await post('/api/chat/messages', { text: GONE });
    expect(status).toBe(200);
    expect(body.threadId).toMatch(/^web:[0-9a-f-]{36}$/);
    expect(body.reply.kind).toBe('answer');
    if (body.reply.kind !== 'answer') return;
    expect(body.reply.article.title).toBe('Troubleshoot 410 GoneException errors with API Gateway WebSocket APIs');
    expect(body.reply.blocks.length).toBeGreaterThan(0);
    expect(body.reply.actions.map((a) => a.id)).toEqual(expect.arrayContaining(['kb_solved', 'kb_not_it', 'kb_full_article']));
  });

  it('continues the thread: "Not it" moves to another article', async () => {
    const first = await post('/api/chat/messages', { text: TWO_MATCHES });
    if (first.body.reply.kind !== 'answer') throw new Error('expected an answer');
    const notIt = first.body.reply.actions.find((a) => a.id === 'kb_not_it')!;
    const next = await post('/api/chat/actions', { threadId: first.body.threadId, action: notIt.id, value: notIt.value });
    expect(next.status).toBe(200);
    expect(next.body.threadId).toBe(first.body.threadId);
    expect(next.body.reply.kind).toBe('answer');
    if (next.body.reply.kind === 'answer') expect(next.body.reply.article.id).not.toBe(first.body.reply.article.id);
  });

  it('answers a follow-up message in the same thread from the thread context', async () => {
    const first = await post('/api/chat/messages', { text: GONE });
    const followUp = await post('/api/chat/messages', { threadId: first.body.threadId, text: 'show me the full article' });
    expect(followUp.body.threadId).toBe(first.body.threadId);
    expect(followUp.body.reply.kind).toBe('article');
    if (followUp.body.reply.kind === 'article' && first.body.reply.kind === 'answer') expect(followUp.body.reply.article.id).toBe(first.body.reply.article.id);
  });

  it('answers a redelivered message id once, then 409', async () => {
    const messageId = 'c0ffee00-1111-2222-3333-444455556666';
    const once = await post('/api/chat/messages', { messageId, text: GONE });
    const twice = await post('/api/chat/messages', { messageId, threadId: once.body.threadId, text: GONE });
    expect(once.status).toBe(200);
    expect(twice.status).toBe(409);
    expect(twice.body.error).toMatch(/already answered/);
  });

  it('refuses more than 64 KB with 413 and a sentence saying what to do', async () => {
    const { status, body } = await post('/api/chat/messages', { text: 'x'.repeat(70 * 1024) });
    expect(status).toBe(413);
    expect(body.error).toMatch(/more than 64 KB\. Paste the error line/);
  });

  it.each([
    ['an empty message', '/api/chat/messages', { text: '   ' }, /Type or paste/],
    ['a non-string text', '/api/chat/messages', { text: 42 }, /Type or paste/],
    ['a thread id it did not issue', '/api/chat/messages', { threadId: 'slack:C1:1.2', text: 'hi' }, /threadId is not one this chat issued/],
    ['an unknown action', '/api/chat/actions', { threadId: 'web:00000000-0000-0000-0000-000000000000', action: 'kb_drop_tables', value: '{}' }, /not one this chat knows/],
    ['an action without a thread', '/api/chat/actions', { action: 'kb_solved', value: '{}' }, /threadId is missing/],
  ])('refuses %s with 400 and a clear message', async (_name, path, body, message) => {
    const res = await post(path, body);
    expect(res.status).toBe(400);
    expect(res.body.error).toMatch(message);
  });

  it('refuses a body that is not JSON with 400', async () => {
    const res = await fetch(`${app.url}/api/chat/messages`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"text": ' });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: string }).error).toMatch(/not valid JSON/);
    const plain = await fetch(`${app.url}/api/chat/messages`, { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: 'hello' });
    expect(plain.status).toBe(400);
  });

  it('removes a pasted credential before answering and says so', async () => {
    const key = 'AKIAIOSFODNN7EXAMPLE';
    const { body } = await post('/api/chat/messages', { text: `${GONE}\naws_access_key_id=${key}` });
    expect(body.reply.notices.map((n) => n.kind)).toContain('credential');
    expect(body.echo).toBe(`${GONE}\naws_access_key_id=[REDACTED:aws-access-key-id]`);
    expect(JSON.stringify(body)).not.toContain(key);
  });

  it('records a "Solved it" click as helpful feedback', async () => {
    const first = await post('/api/chat/messages', { text: GONE });
    if (first.body.reply.kind !== 'answer') throw new Error('expected an answer');
    const solved = first.body.reply.actions.find((a) => a.id === 'kb_solved')!;
    const ack = await post('/api/chat/actions', { threadId: first.body.threadId, action: solved.id, value: solved.value });
    expect(ack.body.reply.kind).toBe('ack');
    const articleId = first.body.reply.article.id;
    const feedback = await app.runtime.store.listFeedback();
    expect(feedback.some((f) => f.threadId === first.body.threadId && f.helpful && f.articleId === articleId)).toBe(true);
  });
});

describe('web chat page (GET /)', () => {
  let app: TestRuntime;
  beforeAll(async () => {
    app = await startTestRuntime();
  });
  afterAll(async () => {
    await app.close();
  });

  it('serves the page with a strict Content-Security-Policy', async () => {
    const res = await fetch(`${app.url}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    const html = await res.text();
    expect(html).toContain('<script src="/web/app.js" defer></script>');
    expect(html).not.toMatch(/<script>[^<]/);
  });

  it('serves its script and stylesheet with their content types', async () => {
    const js = await fetch(`${app.url}/web/app.js`);
    expect(js.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(await js.text()).not.toContain('innerHTML');
    const css = await fetch(`${app.url}/web/style.css`);
    expect(css.headers.get('content-type')).toMatch(/^text\/css/);
  });
});

describe('web adapter mounting', () => {
  it('leaves request bodies of other routes unread (Slack verifies signatures on the raw body)', async () => {
    const service: ConversationService = {
      engine: undefined as never,
      handleMessage: async (_m: IncomingMessage) => ({ status: 'duplicate' }),
      handleAction: async (_a: IncomingAction) => ({ status: 'duplicate' }),
    };
    const appServer = express();
    const adapter = await createAdapter({ config: testConfig(), service, store: undefined as never, logger: silentLogger, escalations: undefined as never });
    adapter.mount(appServer);
    appServer.post('/slack/events', (req, res) => {
      let raw = '';
      req.on('data', (chunk: Buffer) => (raw += chunk.toString()));
      req.on('end', () => res.json({ raw, parsedBefore: req.body !== undefined }));
    });
    const server = http.createServer(appServer).listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    const { port } = server.address() as AddressInfo;
    const res = await fetch(`http://127.0.0.1:${port}/slack/events`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"type":"url_verification"}' });
    expect(await res.json()).toEqual({ raw: '{"type":"url_verification"}', parsedBefore: false });
    await new Promise((r) => server.close(r));
  });
});
