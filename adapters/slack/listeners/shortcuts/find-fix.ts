/**
 * The "Find a fix" message shortcut: answers the chosen message in its thread (slash commands
 * cannot be used in threads; this is the way there). If the bot is not in the channel, the
 * answer comes privately with a hint to invite it.
 */
import type { AllMiddlewareArgs, MessageShortcut, SlackShortcutMiddlewareArgs } from '@slack/bolt';
import { postMessageInThread, postPrivateNotices, type ThreadTarget } from '../../deliver/post-in-thread';
import { respondPrivately } from '../../deliver/respond-privately';
import { normalizeSlackText } from '../../normalize/slack-markup';
import { SLACK_LIMITS } from '../../limits';
import { context } from '../../render/blocks';
import { isWhollyPrivate, renderReply } from '../../render/reply';
import type { SlackDeps } from '../../slack-deps';
import { slackThreadId } from '../../thread-id';

/** The shortcut's callback id as declared in manifest.yml. */
export const FIND_FIX_CALLBACK_ID = 'find_fix';

const NO_TEXT = "That message has no text I can search (I don't read files or images). Paste the error as text and try again.";
const INVITE_HINT = "_I'm not in this channel, so only you can see this. Invite me (`/invite @kb-assistant`) to answer in threads._";

export function findFix(deps: SlackDeps) {
  return async ({ shortcut, ack, respond, client }: SlackShortcutMiddlewareArgs<MessageShortcut> & AllMiddlewareArgs): Promise<void> => {
    await ack();
    deps.queue.run(async () => {
      const text = normalizeSlackText(shortcut.message.text ?? '');
      if (!text) {
        await respondPrivately(respond, deps, { text: NO_TEXT, blocks: [] });
        return;
      }
      const threadTs = typeof shortcut.message.thread_ts === 'string' ? shortcut.message.thread_ts : shortcut.message.ts;
      const target: ThreadTarget = { channel: shortcut.channel.id, threadTs, userId: shortcut.user.id };
      const result = await deps.service.handleMessage({
        id: `shortcut:${shortcut.trigger_id}`,
        threadId: slackThreadId(target.channel, threadTs),
        channel: 'slack',
        userId: target.userId,
        workspaceId: shortcut.team?.id ?? undefined,
        text,
      });
      if (result.status === 'duplicate') return;
      const privately = async (): Promise<void> => {
        const message = renderReply(result.reply, { includePrivateNotices: true });
        await respondPrivately(respond, deps, { text: message.text, blocks: [context([INVITE_HINT]), ...message.blocks.slice(0, SLACK_LIMITS.blocksPerMessage - 1)] });
      };
      if (isWhollyPrivate(result.reply)) {
        await respondPrivately(respond, deps, renderReply(result.reply, { includePrivateNotices: true }));
        return;
      }
      await postPrivateNotices(client, deps, target, result.reply);
      await postMessageInThread(client, deps, target, renderReply(result.reply), { onNotInChannel: privately });
    });
  };
}
