/** A DM to the bot: answer in the message's thread. */
import { relayIfEscalated } from '../../escalation/relay';
import type { SlackDeps } from '../../slack-deps';
import { answerInThread } from '../answer-in-thread';
import type { RoutedMessage } from './message-listener';

export function directMessage(deps: SlackDeps) {
  return async ({ message, eventId, botUserId, workspaceId, client }: RoutedMessage): Promise<void> => {
    // In a DM thread handed to an expert, the asker's messages go to the expert.
    if (message.threadTs && (await relayIfEscalated(client, deps, { eventId, channel: message.channel, threadTs: message.threadTs, userId: message.user, rawText: message.text, botUserId }))) return;
    await answerInThread(client, deps, {
      deliveryId: eventId,
      channel: message.channel,
      threadTs: message.threadTs ?? message.ts,
      userId: message.user,
      rawText: message.text,
      botUserId,
      workspaceId,
    });
  };
}
