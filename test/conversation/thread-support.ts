/**
 * A conversation over a real engine and a real memory store (temporary state directory), as the
 * server runs it: say things in one thread, read back the replies and what was recorded.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createConversationService, type ConversationService } from '../../src/conversation/service';
import { createEscalationDesk } from '../../src/escalation/desk';
import { describeSection } from '../../src/escalation/describe-section';
import type { Engine } from '../../src/engine/types';
import { noServiceEvents } from '../../src/observability/events';
import { silentLogger } from '../../src/observability/logger';
import type { Action, ActionId } from '../../src/reply/actions';
import type { Reply } from '../../src/reply/model';
import { redactSecrets } from '../../src/security/redact';
import { createMemoryStore } from '../../src/store/memory-store';
import type { Store } from '../../src/store/types';

export interface Thread {
  say(text: string): Promise<Reply>;
  click(action: Action): Promise<Reply>;
  readonly id: string;
}

export interface Conversation {
  store: Store;
  service: ConversationService;
  thread(): Thread;
  close(): Promise<void>;
}

let threads = 0;

export function startConversation(engine: Engine): Conversation {
  const stateDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-threads-'));
  const store = createMemoryStore({ stateDir, threadTtlSeconds: 3600, eventTtlSeconds: 3600 });
  const service = createConversationService({
    engine,
    store,
    redact: redactSecrets,
    rateLimiter: { allow: async () => true, close: async () => {} },
    events: noServiceEvents,
    logger: silentLogger,
    escalations: createEscalationDesk({ store, settings: {}, describe: describeSection(engine), redact: redactSecrets }),
  });
  let seq = 0;
  return {
    store,
    service,
    thread(): Thread {
      const id = `web:thread-${process.pid}-${++threads}`;
      return {
        id,
        async say(text) {
          const result = await service.handleMessage({ id: `m${++seq}`, threadId: id, channel: 'web', userId: 'u1', text });
          if (result.status !== 'replied') throw new Error('expected a reply');
          return result.reply;
        },
        async click(action) {
          const result = await service.handleAction({ id: `a${++seq}`, threadId: id, channel: 'web', userId: 'u1', action: action.id as ActionId, value: action.value });
          if (result.status !== 'replied') throw new Error('expected a reply');
          return result.reply;
        },
      };
    },
    async close() {
      await store.close();
      fs.rmSync(stateDir, { recursive: true, force: true });
    },
  };
}

/** "article#section" of an answer, or the reply's kind. */
export function shownOf(reply: Reply): string {
  return reply.kind === 'answer' ? `${reply.article.id}#${reply.section.id}` : reply.kind;
}
