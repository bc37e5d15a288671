/** A DM to the bot: answer in the message's thread. */
import type { SlackDeps } from '../../slack-deps';
import { answerInThread } from '../answer-in-thread';
import type { RoutedMessage } from './message-listener';

export function directMessage(deps: SlackDeps) {
  return ({ message, eventId, botUserId, workspaceId, client }: RoutedMessage): Promise<void> =>
    answerInThread(client, deps, {
      deliveryId: eventId,
      channel: message.channel,
      threadTs: message.threadTs ?? message.ts,
      userId: message.user,
      rawText: message.text,
      botUserId,
      workspaceId,
    });
}
