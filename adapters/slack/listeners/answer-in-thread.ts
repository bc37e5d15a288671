/** The shared path of every "someone asked in a thread" listener: normalize, call the service, post. */
import type { webApi } from '@slack/bolt';
import { deliveryKey } from '../../../src/conversation/service';
import { postMessageInThread, postReplyInThread, type ThreadTarget } from '../deliver/post-in-thread';
import { normalizeIncoming } from '../normalize/slack-markup';
import { renderHelp } from '../render/help';
import type { SlackDeps } from '../slack-deps';
import { slackThreadId } from '../thread-id';

export interface ThreadedQuestion extends ThreadTarget {
  /** Slack's event_id (or another per-delivery id): a redelivery with the same id is answered once. */
  deliveryId: string;
  /** The message text as Slack sent it (markup included). */
  rawText: string;
  botUserId?: string;
  /** The workspace (team id): rate limits count workspace + user. */
  workspaceId?: string;
}

/** Answers a message in its thread; an empty message (just a mention) gets the help text, once. */
export async function answerInThread(client: webApi.WebClient, deps: SlackDeps, question: ThreadedQuestion): Promise<void> {
  const text = normalizeIncoming(question.rawText, question.botUserId);
  const target: ThreadTarget = { channel: question.channel, threadTs: question.threadTs, userId: question.userId };
  if (!text) {
    if (await firstDelivery(deps, question.deliveryId)) await postMessageInThread(client, deps, target, renderHelp());
    return;
  }
  const result = await deps.service.handleMessage({
    id: question.deliveryId,
    threadId: slackThreadId(question.channel, question.threadTs),
    channel: 'slack',
    userId: question.userId,
    workspaceId: question.workspaceId,
    text,
  });
  if (result.status === 'duplicate') {
    deps.logger.debug('slack: dropped a redelivered message', { deliveryId: question.deliveryId });
    return;
  }
  await postReplyInThread(client, deps, target, result.reply);
}

// The key the service uses, so help for a redelivered empty mention is posted once too.
async function firstDelivery(deps: SlackDeps, deliveryId: string): Promise<boolean> {
  try {
    return await deps.store.claimEvent(deliveryKey('slack', deliveryId));
  } catch (error) {
    deps.logger.warn('slack: could not check for a redelivery', { error });
    return true;
  }
}
