/**
 * Ask an expert: the service opens the escalation (or says who to ask); a new one is posted to
 * SLACK_ESCALATION_CHANNEL before the asker is told, so their next message already has a thread to go to.
 * A private /kb reply has no thread an expert's answer could reach, so it says how to get one.
 */
import { ACTION_IDS } from '../../../../src/reply/actions';
import { sections } from '../../render/blocks';
import { postReplyInThread } from '../../deliver/post-in-thread';
import { respondPrivately } from '../../deliver/respond-privately';
import { postToExperts } from '../../escalation/tell-threads';
import { renderReply } from '../../render/reply';
import type { SlackDeps } from '../../slack-deps';
import { readClick } from './click';
import type { ActionArgs } from './reply-action';

export function askExpert(deps: SlackDeps) {
  return async (args: ActionArgs): Promise<void> => {
    await args.ack();
    const click = readClick(args.body);
    if (!click) return;
    deps.queue.run(async () => {
      if (click.isPrivate && deps.escalations.routeFor('slack') === 'experts-channel') {
        const text = 'Experts answer in a thread, and this reply is only visible to you. Click *Share in channel* first, then *Ask an expert* on the shared answer.';
        await respondPrivately(args.respond, deps, { text, blocks: sections(text) });
        return;
      }
      const result = await deps.service.handleAction({ id: click.deliveryId, threadId: click.threadId, channel: 'slack', userId: click.userId, action: ACTION_IDS.askExpert, value: click.value });
      // Duplicates were handled already; a rejected click (a thread or article never shown) changes nothing.
      if (result.status !== 'replied') return;
      const event = result.escalation;
      if (event?.kind === 'asked' && event.outcome.kind === 'opened' && event.outcome.route === 'experts-channel') {
        await postToExperts(args.client, deps, event.outcome.record, event.outcome.brief);
      }
      if (click.isPrivate) {
        await respondPrivately(args.respond, deps, renderReply(result.reply, { threadKey: click.threadKey }));
        return;
      }
      await postReplyInThread(args.client, deps, { channel: click.channel, threadTs: click.threadTs ?? '', userId: click.userId }, result.reply);
    });
  };
}
