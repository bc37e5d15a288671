/** `/kb <error or question>`: a private answer with "Share in channel"; `/kb help` (or nothing) shows help. */
import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { respondPrivately } from '../../deliver/respond-privately';
import { normalizeSlackText } from '../../normalize/slack-markup';
import { renderHelp } from '../../render/help';
import { renderReply } from '../../render/reply';
import type { SlackDeps } from '../../slack-deps';
import { privateThreadKey, slackThreadId } from '../../thread-id';

/** The slash command as declared in manifest.yml. */
export const KB_COMMAND = '/kb';

export function kbCommand(deps: SlackDeps) {
  return async ({ command, ack, respond }: SlackCommandMiddlewareArgs & AllMiddlewareArgs): Promise<void> => {
    await ack();
    deps.queue.run(async () => {
      const text = normalizeSlackText(command.text ?? '');
      if (!text || /^help$/i.test(text)) {
        await respondPrivately(respond, deps, renderHelp());
        return;
      }
      // Slash commands cannot be sent in threads: each /kb is its own private exchange.
      const key = privateThreadKey(command.trigger_id);
      const result = await deps.service.handleMessage({
        id: `command:${command.trigger_id}`,
        threadId: slackThreadId(command.channel_id, key),
        channel: 'slack',
        userId: command.user_id,
        workspaceId: command.team_id,
        text,
      });
      if (result.status === 'duplicate') return;
      await respondPrivately(respond, deps, renderReply(result.reply, { threadKey: key, shareable: true, includePrivateNotices: true }));
    });
  };
}
