/** An @mention in a channel: answer in the message's thread. */
import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { SlackDeps } from '../../slack-deps';
import { answerInThread } from '../answer-in-thread';

export function appMention(deps: SlackDeps) {
  return async ({ event, body, context, client }: SlackEventMiddlewareArgs<'app_mention'> & AllMiddlewareArgs): Promise<void> => {
    // Bots (including this one) mentioning the app are not questions.
    if (event.bot_id || !event.user) return;
    // Only these fields are kept while the question waits in the queue.
    const question = {
      deliveryId: body.event_id,
      channel: event.channel,
      threadTs: event.thread_ts ?? event.ts,
      userId: event.user,
      rawText: event.text,
      botUserId: context.botUserId,
      workspaceId: context.teamId ?? body.team_id,
    };
    deps.queue.run(() => answerInThread(client, deps, question));
  };
}
