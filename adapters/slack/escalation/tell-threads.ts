/**
 * Tells both sides what happened to an escalation: posts it to the experts' channel, tells the
 * asker who took it, closes it in both threads. Failures are logged; the escalation itself is
 * already saved, so it can still be taken and resolved.
 */
import type { webApi } from '@slack/bolt';
import type { EscalationBrief } from '../../../src/escalation/desk';
import type { EscalationRecord } from '../../../src/store/types';
import { postMessageInThread } from '../deliver/post-in-thread';
import { describeSlackError } from '../deliver/web-api-errors';
import { sections, type SlackBlock } from '../render/blocks';
import type { SlackDeps } from '../slack-deps';
import { parseSlackThreadId, slackThreadId } from '../thread-id';
import { escalationBody, renderEscalation, withState } from './render-escalation';

async function permalinkOf(client: webApi.WebClient, deps: SlackDeps, threadId: string): Promise<string | undefined> {
  const thread = parseSlackThreadId(threadId);
  if (!thread) return undefined;
  try {
    const result = await client.chat.getPermalink({ channel: thread.channel, message_ts: thread.threadTs });
    return result.permalink;
  } catch (error) {
    deps.logger.warn('slack: could not get a link to the asker\'s thread', describeSlackError(error));
    return undefined;
  }
}

/** Posts a new escalation to the experts' channel and notes its thread there. */
export async function postToExperts(client: webApi.WebClient, deps: SlackDeps, record: EscalationRecord, brief: EscalationBrief): Promise<void> {
  const channel = deps.escalations.settings.slackChannel;
  if (!channel) return;
  const message = renderEscalation(record, brief, { permalink: await permalinkOf(client, deps, record.threadId) });
  try {
    const posted = await client.chat.postMessage({ channel, text: message.text, blocks: message.blocks, unfurl_links: false, unfurl_media: false });
    if (posted.ts) await deps.escalations.postedTo(record.id, slackThreadId(channel, posted.ts));
  } catch (error) {
    deps.logger.error('slack: could not post the escalation to the experts\' channel', { ...describeSlackError(error), channel });
  }
}

/** Posts plain (already escaped) mrkdwn in a thread named by its core thread id. */
export async function sayInThread(client: webApi.WebClient, deps: SlackDeps, threadId: string | undefined, mrkdwn: string, fallback: string): Promise<void> {
  const thread = threadId ? parseSlackThreadId(threadId) : undefined;
  if (!thread) return;
  await postMessageInThread(client, deps, { channel: thread.channel, threadTs: thread.threadTs, userId: '' }, { text: fallback, blocks: sections(mrkdwn) });
}

/** Re-renders the escalation message with its new state (its other blocks as Slack sent them back). */
export async function updateExpertMessage(client: webApi.WebClient, deps: SlackDeps, record: EscalationRecord, blocks: unknown, text: string): Promise<void> {
  const thread = record.expertThread ? parseSlackThreadId(record.expertThread) : undefined;
  if (!thread) return;
  const body: SlackBlock[] = escalationBody(blocks);
  const message = withState(body, record, text);
  try {
    await client.chat.update({ channel: thread.channel, ts: thread.threadTs, text: message.text, blocks: message.blocks });
  } catch (error) {
    deps.logger.warn('slack: could not update the escalation message', describeSlackError(error));
  }
}
