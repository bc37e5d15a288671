/** "Retry" on the error shown when an answer could not be posted: post the held answer again. */
import { postMessageInThread } from '../../deliver/post-in-thread';
import { describeSlackError } from '../../deliver/web-api-errors';
import { plainSections } from '../../render/blocks';
import { RETRY_EXPIRED_TEXT } from '../../render/error';
import type { SlackDeps } from '../../slack-deps';
import { readClick } from './click';
import type { ActionArgs } from './reply-action';

function retryKey(value: string): string | undefined {
  try {
    const parsed: unknown = JSON.parse(value);
    const key = typeof parsed === 'object' && parsed !== null ? (parsed as { k?: unknown }).k : undefined;
    return typeof key === 'string' ? key : undefined;
  } catch {
    return undefined;
  }
}

export function retry(deps: SlackDeps) {
  return async (args: ActionArgs): Promise<void> => {
    await args.ack();
    const click = readClick(args.body);
    if (!click || !click.messageTs || !click.threadTs) return;
    const messageTs = click.messageTs;
    const target = { channel: click.channel, threadTs: click.threadTs, userId: click.userId };
    deps.queue.run(async () => {
      const key = retryKey(click.value);
      const held = key ? deps.failed.take(key) : undefined;
      if (!held) {
        await postMessageInThread(args.client, deps, target, { text: RETRY_EXPIRED_TEXT, blocks: plainSections(RETRY_EXPIRED_TEXT) });
        return;
      }
      const ts = await postMessageInThread(args.client, deps, { ...target, threadTs: held.threadTs }, held.message);
      if (!ts) return;
      try {
        const done = 'Posted the answer below.';
        await args.client.chat.update({ channel: click.channel, ts: messageTs, text: done, blocks: plainSections(done) });
      } catch (error) {
        deps.logger.warn('slack: could not update the error message after a retry', describeSlackError(error));
      }
    });
  };
}
