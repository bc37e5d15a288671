/** Resolved, from the experts' message or the asker's thread: closes the escalation and says so in both threads. */
import { ACTION_IDS } from '../../../../src/reply/actions';
import { describeSlackError } from '../../deliver/web-api-errors';
import { sayInThread, updateExpertMessage } from '../../escalation/tell-threads';
import { header, sections } from '../../render/blocks';
import { escapeMrkdwn, inlineCode } from '../../render/mrkdwn';
import type { SlackDeps } from '../../slack-deps';
import { slackThreadId } from '../../thread-id';
import { readClick } from './click';
import type { ActionArgs } from './reply-action';

export function resolveEscalation(deps: SlackDeps) {
  return async (args: ActionArgs): Promise<void> => {
    await args.ack();
    const click = readClick(args.body);
    if (!click) return;
    deps.queue.run(async () => {
      const result = await deps.service.handleAction({ id: click.deliveryId, threadId: click.threadId, channel: 'slack', userId: click.userId, action: ACTION_IDS.resolveEscalation, value: click.value });
      // Duplicates were handled already; a rejected click (a thread or article never shown) changes nothing.
      if (result.status !== 'replied') return;
      const event = result.escalation;
      if (event?.kind !== 'resolved' || !event.changed) {
        try {
          const message = result.reply.kind === 'ack' ? result.reply.message : result.reply.text;
          await args.client.chat.postEphemeral({ channel: click.channel, user: click.userId, text: escapeMrkdwn(message), ...(click.threadTs ? { thread_ts: click.threadTs } : {}) });
        } catch (error) {
          deps.logger.warn('slack: could not tell the user the escalation was already resolved', describeSlackError(error));
        }
        return;
      }
      const record = event.record;
      const onExpertMessage = click.messageTs !== undefined && record.expertThread === slackThreadId(click.channel, click.messageTs);
      // Clicked in the asker's thread, the experts' message is not at hand: it is redrawn from the record.
      const blocks = onExpertMessage ? args.body.message?.blocks : [header('Question for an expert'), ...sections(`*Question*\n${inlineCode(record.question || '(no question text)')}`)];
      await updateExpertMessage(args.client, deps, record, blocks, 'Question for an expert (resolved)');
      const by = `<@${click.userId}>`;
      await sayInThread(args.client, deps, record.expertThread, `${by} marked this resolved. Replies here are no longer passed on to the asker.`, 'Resolved.');
      await sayInThread(args.client, deps, record.threadId, `${by} marked this resolved. If the problem comes back, paste the error again or ask an expert again.`, 'Resolved.');
    });
  };
}
