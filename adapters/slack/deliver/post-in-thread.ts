/**
 * Posts a reply in a Slack thread: private notices first, as an ephemeral message to the sender;
 * then the answer. If Slack refuses the payload the reply goes again as plain text; if posting
 * fails after the client's retries, the person sees an error with a Retry button. Never silent.
 */
import type { webApi } from '@slack/bolt';
import type { Reply } from '../../../src/reply/model';
import type { SlackMessage } from '../render/blocks';
import { renderPostFailed } from '../render/error';
import { truncate, escapeMrkdwn } from '../render/mrkdwn';
import { isWhollyPrivate, renderReply, type RenderOptions } from '../render/reply';
import { SLACK_LIMITS } from '../limits';
import type { SlackDeps } from '../slack-deps';
import { describeSlackError, isNotInChannel, isRefusedPayload } from './web-api-errors';

/** Where a threaded reply goes and who asked. */
export interface ThreadTarget {
  channel: string;
  threadTs: string;
  userId: string;
}

/** Sends the reply's private notices to the sender only. */
export async function postPrivateNotices(client: webApi.WebClient, deps: SlackDeps, target: ThreadTarget, reply: Reply): Promise<void> {
  const privateNotices = reply.notices.filter((n) => n.private);
  if (privateNotices.length === 0) return;
  const text = truncate(escapeMrkdwn(privateNotices.map((n) => n.message).join('\n')), SLACK_LIMITS.messageText);
  try {
    await client.chat.postEphemeral({ channel: target.channel, user: target.userId, thread_ts: target.threadTs, text });
  } catch (error) {
    deps.logger.error('slack: could not send a private notice', { ...describeSlackError(error), channel: target.channel });
  }
}

export interface PostOptions {
  /** Called instead of the error-with-Retry when the bot is not in the channel (message shortcuts). */
  onNotInChannel?: () => Promise<void>;
}

/** Posts `message` in the thread, falling back as described above; resolves to the posted ts, if any. */
export async function postMessageInThread(client: webApi.WebClient, deps: SlackDeps, target: ThreadTarget, message: SlackMessage, options: PostOptions = {}): Promise<string | undefined> {
  const base = { channel: target.channel, thread_ts: target.threadTs, unfurl_links: false, unfurl_media: false };
  try {
    // The blocks go as the JSON string the form body carries anyway (same bytes on the wire): the
    // client would otherwise deep-copy them for a debug line that is dropped, then serialize them.
    const posted = (await client.apiCall('chat.postMessage', { ...base, text: message.text, blocks: JSON.stringify(message.blocks) })) as webApi.ChatPostMessageResponse;
    return posted.ts;
  } catch (error) {
    deps.logger.error('slack: posting a reply failed', { ...describeSlackError(error), channel: target.channel });
    try {
      if (options.onNotInChannel && isNotInChannel(error)) {
        await options.onNotInChannel();
        return undefined;
      }
      if (isRefusedPayload(error)) {
        // The fallback text is already escaped and cut to Slack's limit.
        const posted = await client.chat.postMessage({ ...base, text: message.text });
        return posted.ts;
      }
      const key = deps.failed.put({ channel: target.channel, threadTs: target.threadTs, message });
      const notice = renderPostFailed(key);
      await client.chat.postMessage({ ...base, text: notice.text, blocks: notice.blocks });
    } catch (secondError) {
      deps.logger.error('slack: could not tell the user that posting failed', { ...describeSlackError(secondError), channel: target.channel });
    }
    return undefined;
  }
}

/** Renders and posts a reply in a thread (private notices and wholly private replies go ephemeral). */
export async function postReplyInThread(client: webApi.WebClient, deps: SlackDeps, target: ThreadTarget, reply: Reply, options: RenderOptions = {}): Promise<string | undefined> {
  await postPrivateNotices(client, deps, target, reply);
  if (isWhollyPrivate(reply)) return undefined;
  return postMessageInThread(client, deps, target, renderReply(reply, options));
}
