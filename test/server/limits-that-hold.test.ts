/**
 * Limits that hold: the web chat's client address is taken from X-Forwarded-For only through the
 * proxies TRUST_PROXY names; two instances sharing a Redis share one limit; forged clicks are
 * refused with 400 and leave nothing for `kb report`.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { AppConfig } from '../../src/config/types';
import { report } from '../../src/cli/commands/report';
import type { Reply } from '../../src/reply/model';
import { ACTION_IDS, encodeActionValue } from '../../src/reply/actions';
import { redisServerAvailable, startRedisServer, type RedisServer } from '../support/redis-server';
import { startTestRuntime, type TestRuntime } from '../support/runtime';

const ROOT = path.resolve(__dirname, '..', '..');
const GONE = 'GoneException: 410 when calling PostToConnection';

async function ask(app: TestRuntime, headers: Record<string, string> = {}): Promise<{ status: number; threadId: string; reply: Reply }> {
  const response = await fetch(`${app.url}/api/chat/messages`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ text: GONE }) });
  return { status: response.status, ...((await response.json()) as { threadId: string; reply: Reply }) };
}

const limited = (reply: Reply): boolean => reply.notices.some((n) => n.kind === 'rate-limited');

async function withApp(overrides: Partial<AppConfig>, run: (app: TestRuntime) => Promise<void>): Promise<void> {
  const app = await startTestRuntime(overrides);
  try {
    await run(app);
  } finally {
    await app.close();
  }
}

describe('X-Forwarded-For and TRUST_PROXY', () => {
  it('with TRUST_PROXY unset, ignores X-Forwarded-For: rotating it does not get past the limit', async () => {
    await withApp({ rateLimitPerMinute: 3 }, async (app) => {
      const replies = [];
      for (let i = 0; i < 8; i++) replies.push(await ask(app, { 'x-forwarded-for': `203.0.113.${i + 1}` }));
      expect(replies.map((r) => limited(r.reply))).toEqual([false, false, false, true, true, true, true, true]);
    });
  });

  it('with TRUST_PROXY naming the proxy, counts each forwarded client on its own, and still limits each', async () => {
    await withApp({ rateLimitPerMinute: 3, trustProxy: ['127.0.0.1'] }, async (app) => {
      const rotating = [];
      for (let i = 0; i < 6; i++) rotating.push(await ask(app, { 'x-forwarded-for': `203.0.113.${i + 1}` }));
      expect(rotating.map((r) => limited(r.reply))).toEqual([false, false, false, false, false, false]);
      const same = [];
      for (let i = 0; i < 4; i++) same.push(await ask(app, { 'x-forwarded-for': '198.51.100.7' }));
      expect(same.map((r) => limited(r.reply))).toEqual([false, false, false, true]);
    });
  });

  it('with a hop count, trusts only that many proxies: a client prepending addresses does not escape', async () => {
    await withApp({ rateLimitPerMinute: 2, trustProxy: 1 }, async (app) => {
      const replies = [];
      // The one trusted proxy appends the real client (198.51.100.9); whatever the client wrote before it is not believed.
      for (let i = 0; i < 4; i++) replies.push(await ask(app, { 'x-forwarded-for': `10.9.9.${i}, 198.51.100.9` }));
      expect(replies.map((r) => limited(r.reply))).toEqual([false, false, true, true]);
    });
  });
});

describe('forged clicks', () => {
  it('are refused with 400 and leave nothing in kb report', async () => {
    await withApp({ rateLimitPerMinute: 1000 }, async (app) => {
      const forged = [
        { threadId: 'web:00000000-made-up-thread', action: ACTION_IDS.solved, value: encodeActionValue({ articleId: 'FORGED article id: call +1-555-0100', sectionId: 'x' }) },
        { threadId: 'web:00000000-made-up-thread', action: ACTION_IDS.notIt, value: encodeActionValue({ articleId: 'FORGED article id: call +1-555-0100' }) },
      ];
      const real = await ask(app);
      // A real thread, but an article or section the knowledge base does not have.
      forged.push({ threadId: real.threadId, action: ACTION_IDS.notIt, value: encodeActionValue({ articleId: 'FORGED article id: call +1-555-0100', sectionId: 'x' }) });
      const realArticle = real.reply.kind === 'answer' ? real.reply.article.id : 'unknown';
      forged.push({ threadId: real.threadId, action: ACTION_IDS.solved, value: encodeActionValue({ articleId: realArticle, sectionId: 'no-such-section' }) });
      for (let i = 0; i < 30; i++) {
        const click = forged[i % forged.length];
        const response = await fetch(`${app.url}/api/chat/actions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(click) });
        expect(response.status).toBe(400);
      }
      expect(await app.runtime.store.listFeedback()).toEqual([]);
      let out = '';
      const code = await report(['--json'], { KNOWLEDGE_DIR: path.join(ROOT, 'knowledge', 'articles'), STATE_DIR: app.runtime.config.stateDir }, { out: (t) => (out += t), err: (t) => (out += t) });
      expect(code).toBe(0);
      expect(out).not.toContain('FORGED');
      expect(out).not.toContain('555-0100');
      const stateFiles = fs.readdirSync(app.runtime.config.stateDir).map((f) => fs.readFileSync(path.join(app.runtime.config.stateDir, f), 'utf8')).join('\n');
      expect(stateFiles).not.toContain('FORGED');
    });
  });
});

(redisServerAvailable ? describe : describe.skip)('two instances sharing a redis-server', () => {
  let redis: RedisServer;
  beforeAll(async () => {
    redis = await startRedisServer();
  });
  afterAll(async () => {
    await redis?.stop();
  });

  it('share one limit: a sender alternating between them gets the limit once, not once per instance', async () => {
    const prefix = `kblimit-${Date.now()}:`;
    const a = await startTestRuntime({ rateLimitPerMinute: 4, redisUrl: redis.url }, { redisKeyPrefix: prefix });
    const b = await startTestRuntime({ rateLimitPerMinute: 4, redisUrl: redis.url }, { redisKeyPrefix: prefix });
    try {
      const replies = [];
      for (let i = 0; i < 10; i++) replies.push(await ask(i % 2 === 0 ? a : b));
      expect(replies.filter((r) => !limited(r.reply)).length).toBe(4);
    } finally {
      await a.close();
      await b.close();
    }
  });
});
