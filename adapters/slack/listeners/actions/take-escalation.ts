/** Take it, in the experts' channel: records who took it, updates the message, tells the asker in their thread. */
import { ACTION_IDS } from '../../../../src/reply/actions';
import { describeSlackError } from '../../deliver/web-api-errors';
import { sayInThread, updateExpertMessage } from '../../escalation/tell-threads';
import { escapeMrkdwn } from '../../render/mrkdwn';
import type { SlackDeps } from '../../slack-deps';
import { readClick } from './click';
import type { ActionArgs } from './reply-action';

export function takeEscalation(deps: SlackDeps) {
  return async (args: ActionArgs): Promise<void> => {
    await args.ack();
    const click = readClick(args.body);
    if (!click) return;
    deps.queue.run(async () => {
      const result = await deps.service.handleAction({ id: click.deliveryId, threadId: click.threadId, channel: 'slack', userId: click.userId, action: ACTION_IDS.takeEscalation, value: click.value });
      // Duplicates were handled already; a rejected click (a thread or article never shown) changes nothing.
      if (result.status !== 'replied') return;
      const event = result.escalation;
      if (event?.kind === 'taken' && event.changed) {
        const text = typeof args.body.message?.text === 'string' ? args.body.message.text : 'Question for an expert';
        await updateExpertMessage(args.client, deps, event.record, args.body.message?.blocks, text);
        await sayInThread(args.client, deps, event.record.threadId, `<@${click.userId}> is looking at this. Their replies will appear in this thread, and what you write here goes to them.`, 'An expert is looking at this.');
        return;
      }
      // Already taken or resolved: only the clicker needs to know.
      try {
        const message = result.reply.kind === 'ack' ? result.reply.message : result.reply.text;
        await args.client.chat.postEphemeral({ channel: click.channel, user: click.userId, text: escapeMrkdwn(message), ...(click.threadTs ? { thread_ts: click.threadTs } : {}) });
      } catch (error) {
        deps.logger.warn('slack: could not tell the expert the escalation was already taken', describeSlackError(error));
      }
    });
  };
}
