/** An error pasted (not in a thread) in a channel configured for auto-answers: answer in its thread. */
import type { SlackDeps } from '../../slack-deps';
import { answerInThread } from '../answer-in-thread';
import type { RoutedMessage } from './message-listener';

export function autoAnswer(deps: SlackDeps) {
  return ({ message, eventId, botUserId, workspaceId, client }: RoutedMessage): Promise<void> =>
    answerInThread(client, deps, { deliveryId: eventId, channel: message.channel, threadTs: message.ts, userId: message.user, rawText: message.text, botUserId, workspaceId });
}
