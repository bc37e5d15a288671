/**
 * Thousands of random and adversarial messages through the real engine (shipped knowledge base)
 * and through the conversation service as the adapters call it, with Slack's and Teams'
 * renderers on the way out: no exception, no hang, a well-formed reply for every message, and
 * nothing pasted turned into a live mention.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { normalizeIncoming } from '../../adapters/slack/normalize/slack-markup';
import { renderReply as renderSlack } from '../../adapters/slack/render/reply';
import { renderReply as renderTeams } from '../../adapters/teams/render-reply';
import { createConversationService, type ConversationService } from '../../src/conversation/service';
import type { ThreadContext } from '../../src/conversation/types';
import { loadEngine } from '../../src/engine/load-engine';
import type { Engine } from '../../src/engine/types';
import { noServiceEvents } from '../../src/observability/events';
import { silentLogger } from '../../src/observability/logger';
import type { Reply } from '../../src/reply/model';
import { createRateLimiter } from '../../src/security/rate-limit';
import { redactSecrets } from '../../src/security/redact';
import { createMemoryStore } from '../../src/store/memory-store';
import type { Store } from '../../src/store/types';
import { cpuStopwatch, HANG_BOUND_MS, hostileMessages } from './hostile-messages';

const ROOT = path.resolve(__dirname, '..', '..');
const REPLY_KINDS = new Set(['answer', 'clarify', 'none', 'article', 'ack']);
// Slack turns these into pings, channel links or user mentions when they reach a message unescaped.
const LIVE_SLACK_MARKUP = /<!(?:channel|here|everyone|subteam\^)|<@[UW][A-Z0-9]|<#C[A-Z0-9]/;

function expectWellFormed(reply: Reply): void {
  expect(REPLY_KINDS.has(reply.kind)).toBe(true);
  expect(typeof reply.text).toBe('string');
  expect(reply.text.length).toBeGreaterThan(0);
  expect(Array.isArray(reply.actions)).toBe(true);
  expect(Array.isArray(reply.notices)).toBe(true);
  // Replies cross process boundaries (Redis, HTTP): they must survive JSON.
  expect(JSON.parse(JSON.stringify(reply))).toEqual(reply);
}

async function timedAsync<T>(run: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const elapsed = cpuStopwatch();
  const value = await run();
  return { value, ms: elapsed() };
}

describe('the engine under fuzzing', () => {
  let engine: Engine;
  beforeAll(async () => {
    ({ engine } = await loadEngine({ knowledgeDir: path.join(ROOT, 'knowledge', 'articles'), indexPath: path.join(ROOT, 'dist', 'kb-index.json'), warmUp: false }));
  });

  it('answers thousands of hostile messages, fresh and as follow-ups, each in bounded time', async () => {
    const slow: string[] = [];
    let context: ThreadContext | undefined;
    for (const [i, message] of hostileMessages(0xe0e0_0002, 2_000).entries()) {
      const elapsed = cpuStopwatch();
      const { text } = await redactSecrets(message.text);
      const fresh = engine.respond(text);
      // Every third message continues the previous thread, so follow-up paths see garbage too.
      const followUp = i % 3 === 0 && context ? engine.respond(text, context) : undefined;
      const hits = engine.search(text, 5);
      const ms = elapsed();
      if (ms > HANG_BOUND_MS * (followUp ? 2 : 1)) slow.push(`${message.kind}: ${ms.toFixed(0)} ms (${message.text.length} chars)`);
      expectWellFormed(fresh.reply);
      if (followUp) expectWellFormed(followUp.reply);
      expect(hits.length).toBeLessThanOrEqual(5);
      expect(JSON.parse(JSON.stringify(fresh.context))).toEqual(fresh.context);
      context = (followUp ?? fresh).context;
    }
    expect(slow).toEqual([]);
  });

  it('handles every button of every reply, and forged action values, without throwing', async () => {
    for (const message of hostileMessages(0xe0e0_0003, 300)) {
      const result = engine.respond((await redactSecrets(message.text)).text);
      for (const action of result.reply.actions) {
        expectWellFormed(engine.act(action.id, action.value, result.context).reply);
        for (const option of action.options ?? []) expectWellFormed(engine.act(action.id, option.value, result.context).reply);
        // A tampered value (someone replaying the button with garbage) is survived too.
        expectWellFormed(engine.act(action.id, message.text.slice(0, 2_000), result.context).reply);
      }
    }
  });

  it('survives a corrupted thread context (what a shared store could hand back)', () => {
    const base = engine.respond('GoneException when calling PostToConnection').context;
    const corrupt: unknown[] = [
      { ...base, candidates: [{ articleId: 'no-such-article', sectionId: 'nope', score: 1 }] },
      { ...base, current: { articleId: 'no-such-article', sectionId: 'x' } },
      { ...base, shown: Array.from({ length: 10_000 }, (_, i) => `a${i}#s`) },
      { ...base, version: 99 },
      { ...base, turns: -1, lastKind: 'banana' },
    ];
    for (const context of corrupt) {
      expectWellFormed(engine.respond('next', context as ThreadContext).reply);
      expectWellFormed(engine.respond('show the whole article', context as ThreadContext).reply);
    }
  });
});

describe('the conversation service and renderers under fuzzing', () => {
  let engine: Engine;
  let store: Store;
  let service: ConversationService;
  let stateDir: string;

  beforeAll(async () => {
    ({ engine } = await loadEngine({ knowledgeDir: path.join(ROOT, 'knowledge', 'articles'), indexPath: path.join(ROOT, 'dist', 'kb-index.json'), warmUp: false }));
    stateDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-fuzz-'));
    store = createMemoryStore({ stateDir, threadTtlSeconds: 3600, eventTtlSeconds: 3600 });
    service = createConversationService({
      engine,
      store,
      redact: redactSecrets,
      rateLimiter: createRateLimiter({ perMinute: 1_000_000 }),
      events: noServiceEvents,
      logger: silentLogger,
    });
    // Loading runs while the first suite's engine is still collecting garbage on a busy machine: give it room.
  }, 120_000);
  afterAll(async () => {
    await store.close();
    fs.rmSync(stateDir, { recursive: true, force: true });
  });

  it('replies to every message as Slack delivers it, renders it for Slack and Teams, and never makes a mention', async () => {
    const slow: string[] = [];
    const messages = hostileMessages(0xe0e0_0004, 1_500);
    for (const [i, message] of messages.entries()) {
      const { value: outcome, ms } = await timedAsync(async () => {
        const text = normalizeIncoming(message.text, 'UBOT0001');
        if (!text) return undefined; // the adapter answers an empty mention with help, without the service
        const result = await service.handleMessage({ id: `fuzz-${i}`, threadId: `slack:CFUZZ:${Math.floor(i / 4)}`, channel: 'slack', userId: `U${i % 7}`, text });
        if (result.status !== 'replied') throw new Error(`message ${i} was dropped as a duplicate`);
        return { reply: result.reply, slack: renderSlack(result.reply), teams: renderTeams(result.reply) };
      });
      if (ms > HANG_BOUND_MS) slow.push(`${message.kind}: ${ms.toFixed(0)} ms (${message.text.length} chars)`);
      if (!outcome) continue;
      expectWellFormed(outcome.reply);
      const slackOut = JSON.stringify(outcome.slack);
      expect({ kind: message.kind, live: LIVE_SLACK_MARKUP.exec(slackOut)?.[0] }).toEqual({ kind: message.kind, live: undefined });
      expect(outcome.teams.length).toBeGreaterThan(0);
      expect(JSON.stringify(outcome.teams)).not.toMatch(/<at>/i);
    }
    expect(slow).toEqual([]);
  });

  it('drops every redelivery of a hostile message, whatever its text', async () => {
    for (const [i, message] of hostileMessages(0xe0e0_0005, 200).entries()) {
      const text = message.text.trim() ? message.text : 'x';
      const msg = { id: `again-${i}`, threadId: `web:fuzz-${i}`, channel: 'web' as const, userId: 'u', text };
      expect((await service.handleMessage(msg)).status).toBe('replied');
      expect((await service.handleMessage(msg)).status).toBe('duplicate');
    }
  });
});
