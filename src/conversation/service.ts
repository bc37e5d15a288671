/**
 * The one use case every entry point calls (Slack, Teams, web chat): a message or a click in,
 * a reply model out. It owns the order of things — drop redeliveries, rate limit, redact, load
 * the thread, ask the engine, warn about credentials, remember the thread, log what went
 * unanswered — and does all I/O through what it is given. Store faults never stop an answer.
 */
import type { EscalationDesk } from '../escalation/desk';
import { handleEscalationAction, isEscalationAction, type EscalationEvent } from '../escalation/handle-action';
import type { Engine, EngineResult } from '../engine/types';
import type { Logger } from '../observability/logger';
import type { ServiceEvents } from '../observability/events';
import { ACTION_IDS, decodeActionValue } from '../reply/actions';
import type { Notice, Reply } from '../reply/model';
import { cutToLimit } from '../security/input-limit';
import type { RateLimiter, RedactionFinding, Redactor } from '../security/types';
import type { FeedbackRecord, Store } from '../store/types';
import type { Channel, IncomingAction, IncomingMessage, ThreadContext } from './types';
import { credentialNotice, rateLimitedReply } from './notices';
import { createActionCheck } from './action-check';
import { senderKey } from './sender-key';
import { yieldToEventLoop } from './yield-to-event-loop';

export interface ConversationDeps {
  engine: Engine;
  store: Store;
  redact: Redactor;
  rateLimiter: RateLimiter;
  events: ServiceEvents;
  logger: Logger;
  /** Ask an expert, Take it, Resolved; without it those buttons get the engine's "can't reach people". */
  escalations?: EscalationDesk;
  now?: () => number;
}

export type ServiceResult =
  | { status: 'replied'; reply: Reply; redactions: RedactionFinding[]; escalation?: EscalationEvent }
  | { status: 'duplicate' }
  /** A click naming a thread or article this assistant never showed: nothing was done or recorded. */
  | { status: 'rejected'; reason: string };

/** A message's result: a reply also carries the message as searched (credentials removed), for showing it back. */
export type MessageResult =
  | { status: 'replied'; reply: Reply; redactions: RedactionFinding[]; text: string }
  | { status: 'duplicate' };

export interface ConversationService {
  handleMessage(message: IncomingMessage): Promise<MessageResult>;
  handleAction(action: IncomingAction): Promise<ServiceResult>;
  readonly engine: Engine;
}

const MAX_LOGGED_TEXT = 500;

/** The store key marking a delivery as handled; an adapter answering a delivery itself (Slack's help text) claims the same one. */
export function deliveryKey(channel: Channel, id: string): string {
  return `${channel}:${id}`;
}

export function createConversationService(deps: ConversationDeps): ConversationService {
  const now = deps.now ?? Date.now;
  const { engine, store, events, logger } = deps;
  const checkAction = createActionCheck(engine);

  // Store faults are reported and survived: an answer matters more than bookkeeping.
  async function guarded<T>(operation: string, run: () => Promise<T>, fallback: T): Promise<T> {
    try {
      return await run();
    } catch (error) {
      events.storeError(operation);
      logger.warn('store operation failed', { operation, error });
      return fallback;
    }
  }

  async function isDuplicate(id: string, channel: IncomingMessage['channel']): Promise<boolean> {
    const first = await guarded('claimEvent', () => store.claimEvent(deliveryKey(channel, id)), true);
    if (!first) events.duplicateDropped(channel);
    return !first;
  }

  async function remember(threadId: string, result: EngineResult): Promise<void> {
    await guarded('saveThread', () => store.saveThread(threadId, result.context), undefined);
  }

  async function handleMessage(message: IncomingMessage): Promise<MessageResult> {
    const started = now();
    events.messageReceived(message.channel);
    if (await isDuplicate(message.id, message.channel)) return { status: 'duplicate' };

    await yieldToEventLoop();
    const { text, findings } = await deps.redact(cutToLimit(message.text));
    await yieldToEventLoop();
    for (const finding of findings) events.credentialRedacted(finding.kind);
    const notices: Notice[] = findings.length > 0 ? [credentialNotice(findings, message.channel)] : [];

    if (!(await deps.rateLimiter.allow(senderKey(message)))) {
      events.rateLimited(message.channel);
      const reply = rateLimitedReply(notices);
      events.replied(message.channel, reply.kind, (now() - started) / 1000);
      return { status: 'replied', reply, redactions: findings, text };
    }

    const context = await guarded('getThread', () => store.getThread(message.threadId), undefined);
    const result = engine.respond(text, context);
    const reply = withNotices(result.reply, notices);
    await remember(message.threadId, result);

    const at = new Date(now()).toISOString();
    if (result.feedback) {
      const { helpful, articleId, sectionId } = result.feedback;
      await saveFeedback({ channel: message.channel, threadId: message.threadId, articleId, sectionId, helpful, signature: context?.query ?? '', via: 'typed' });
    }
    if (result.outcome) {
      const answered = result.reply.kind === 'answer' ? { articleId: result.reply.article.id, sectionId: result.reply.section.id } : {};
      const durationMs = now() - started;
      await guarded('recordAnswer', () => store.recordAnswer({ at, channel: message.channel, outcome: result.outcome!, ...answered, durationMs }), undefined);
    }
    if (result.outcome === 'none') {
      await guarded(
        'recordUnanswered',
        () =>
          store.recordUnanswered({
            at,
            channel: message.channel,
            threadId: message.threadId,
            reason: 'none',
            signature: result.signature,
            text: text.slice(0, MAX_LOGGED_TEXT),
          }),
        undefined,
      );
    }
    events.replied(message.channel, reply.kind, (now() - started) / 1000);
    return { status: 'replied', reply, redactions: findings, text };
  }

  async function handleAction(action: IncomingAction): Promise<ServiceResult> {
    const started = now();
    if (await isDuplicate(action.id, action.channel)) return { status: 'duplicate' };
    if (!(await deps.rateLimiter.allow(senderKey(action)))) {
      events.rateLimited(action.channel);
      return { status: 'replied', reply: rateLimitedReply([]), redactions: [] };
    }
    const context = await guarded('getThread', () => store.getThread(action.threadId), undefined);
    const desk = deps.escalations;
    // Take it and Resolved are clicked in the experts' thread, which has no answer of its own: the
    // desk checks that they name an escalation the store holds. Every other click names an answer.
    const expertClick = action.action === ACTION_IDS.takeEscalation || action.action === ACTION_IDS.resolveEscalation;
    const check = expertClick && desk ? { ok: true as const } : checkAction(action, context);
    if (!check.ok) {
      logger.info('action rejected', { channel: action.channel, action: action.action, reason: check.reason });
      return { status: 'rejected', reason: check.reason };
    }

    if (desk && isEscalationAction(action.action)) {
      const handled = await handleEscalationAction(desk, action, context);
      events.replied(action.channel, handled.reply.kind, (now() - started) / 1000);
      return { status: 'replied', reply: handled.reply, redactions: [], escalation: handled.event };
    }
    if (action.action === ACTION_IDS.solved || action.action === ACTION_IDS.notIt) {
      await recordFeedback(action, context);
    }
    const result = engine.act(action.action, action.value, context);
    await remember(action.threadId, result);
    events.replied(action.channel, result.reply.kind, (now() - started) / 1000);
    return { status: 'replied', reply: result.reply, redactions: [] };
  }

  async function recordFeedback(action: IncomingAction, context: ThreadContext | undefined): Promise<void> {
    const target = decodeActionValue(action.value);
    const articleId = target.articleId ?? context?.current?.articleId;
    const sectionId = target.sectionId ?? context?.current?.sectionId ?? '';
    if (!articleId) return;
    await saveFeedback({ channel: action.channel, threadId: action.threadId, articleId, sectionId, helpful: action.action === ACTION_IDS.solved, signature: context?.query ?? '', via: 'button' });
  }

  // Clicked and typed feedback are recorded alike; "not it" also goes to the unanswered log.
  async function saveFeedback(feedback: Omit<FeedbackRecord, 'at'>): Promise<void> {
    const { channel, threadId, articleId, helpful, signature } = feedback;
    const at = new Date(now()).toISOString();
    events.feedback(channel, helpful);
    await guarded('recordFeedback', () => store.recordFeedback({ at, ...feedback }), undefined);
    if (!helpful) {
      await guarded('recordUnanswered', () => store.recordUnanswered({ at, channel, threadId, reason: 'not-it', signature, text: signature, articleId }), undefined);
    }
  }

  return { handleMessage, handleAction, engine };
}

function withNotices(reply: Reply, notices: Notice[]): Reply {
  if (notices.length === 0) return reply;
  const prefix = notices.map((n) => n.message).join('\n');
  return { ...reply, notices: [...notices, ...reply.notices], text: `${prefix}\n\n${reply.text}` };
}
