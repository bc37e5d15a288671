/**
 * "Share in channel" on a private /kb answer: posts the answer in the channel (so the thread that
 * grows under it continues the conversation) and removes the private copy.
 */
import { ACTION_IDS, decodeActionValue } from '../../../../src/reply/actions';
import { respondPrivately } from '../../deliver/respond-privately';
import { describeSlackError, isNotInChannel } from '../../deliver/web-api-errors';
import { withNote } from '../../render/blocks';
import { renderReply } from '../../render/reply';
import type { SlackDeps } from '../../slack-deps';
import { slackThreadId } from '../../thread-id';
import { readClick } from './click';
import type { ActionArgs } from './reply-action';

const NOT_IN_CHANNEL = "I can't post here because I'm not in this channel. Invite me with `/invite @kb-assistant` and click *Share in channel* again.";
const SHARE_FAILED = "Sharing didn't work just now. Try *Share in channel* again in a moment.";

export function share(deps: SlackDeps) {
  return async (args: ActionArgs): Promise<void> => {
    await args.ack();
    const click = readClick(args.body);
    if (!click) return;
    deps.queue.run(async () => {
      const target = decodeActionValue(click.value);
      if (!target.articleId) return;
      // The shared answer is rebuilt from the ids the button carries: a private message cannot be read back.
      const result = await deps.service.handleAction({
        id: click.deliveryId,
        threadId: click.threadId,
        channel: 'slack',
        userId: click.userId,
        workspaceId: click.workspaceId,
        action: target.sectionId ? ACTION_IDS.otherCauses : ACTION_IDS.fullArticle,
        value: click.value,
      });
      if (result.status !== 'replied') return;
      const message = renderReply(result.reply);
      let ts: string | undefined;
      try {
        const posted = await args.client.chat.postMessage({ channel: click.channel, text: message.text, blocks: withNote(message.blocks, 'Shared from `/kb`'), unfurl_links: false, unfurl_media: false });
        ts = posted.ts;
      } catch (error) {
        deps.logger.error('slack: sharing an answer failed', { ...describeSlackError(error), channel: click.channel });
        await respondPrivately(args.respond, deps, { text: isNotInChannel(error) ? NOT_IN_CHANNEL : SHARE_FAILED, blocks: [] });
        return;
      }
      if (ts) await carryThread(deps, click.threadId, slackThreadId(click.channel, ts));
      try {
        await args.respond({ delete_original: true });
      } catch (error) {
        deps.logger.warn('slack: could not remove the private copy of a shared answer', describeSlackError(error));
      }
    });
  };
}

// Replies under the shared message are follow-ups of the private exchange it came from.
async function carryThread(deps: SlackDeps, from: string, to: string): Promise<void> {
  try {
    const context = await deps.store.getThread(from);
    if (context) await deps.store.saveThread(to, context);
  } catch (error) {
    deps.logger.warn('slack: could not carry the thread over to the shared answer', { error });
  }
}
