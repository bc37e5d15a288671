/**
 * A reply in a thread: a follow-up when the bot has answered in that thread (the store holds its
 * context), so no mention is needed; a thread of an active escalation is relayed to the other side;
 * any other thread is people talking, and is left alone.
 */
import { relayIfEscalated } from '../../escalation/relay';
import type { SlackDeps } from '../../slack-deps';
import { slackThreadId } from '../../thread-id';
import { answerInThread } from '../answer-in-thread';
import type { RoutedMessage } from './message-listener';

export function threadFollowUp(deps: SlackDeps) {
  return async ({ message, eventId, botUserId, workspaceId, client }: RoutedMessage): Promise<void> => {
    const threadTs = message.threadTs ?? message.ts;
    // A thread handed to people (either side of an escalation) is theirs: messages are passed across, not answered.
    if (await relayIfEscalated(client, deps, { eventId, channel: message.channel, threadTs, userId: message.user, rawText: message.text, botUserId })) return;
    if (!(await botAnsweredIn(deps, slackThreadId(message.channel, threadTs)))) return;
    await answerInThread(client, deps, { deliveryId: eventId, channel: message.channel, threadTs, userId: message.user, rawText: message.text, botUserId, workspaceId });
  };
}

async function botAnsweredIn(deps: SlackDeps, threadId: string): Promise<boolean> {
  try {
    return (await deps.store.getThread(threadId)) !== undefined;
  } catch (error) {
    // Unknown is treated as "not ours": staying quiet beats butting into a conversation.
    deps.logger.warn('slack: could not read thread context', { error });
    return false;
  }
}
