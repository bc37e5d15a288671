/**
 * The shared path of the reply buttons: acknowledge, ask the service, then show the result —
 * posted in the thread, or replacing the clicked message (a clarify choice), or folded into it
 * (Solved). Clicks on private /kb replies are answered privately through response_url.
 */
import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs, types } from '@slack/bolt';
import { decodeActionValue } from '../../../../src/reply/actions';
import type { Reply } from '../../../../src/reply/model';
import { expandActionValue, type IdSource } from '../../../../src/reply/short-values';
import { postReplyInThread } from '../../deliver/post-in-thread';
import { respondPrivately } from '../../deliver/respond-privately';
import { describeSlackError } from '../../deliver/web-api-errors';
import { withNote } from '../../render/blocks';
import { escapeMrkdwn } from '../../render/mrkdwn';
import { renderReply } from '../../render/reply';
import type { SlackDeps } from '../../slack-deps';
import { readClick, type Click } from './click';

export type ActionArgs = SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs;

/** How the result of a click is shown. */
export type ShowAs = 'post-in-thread' | 'replace-message' | 'fold-into-message';

/** What the service is asked, when it differs from what the button carries. */
export type ServiceValue = (value: string) => string;

/** Article and section ids as the engine knows them, for expanding short option values. */
function engineIds(deps: SlackDeps): IdSource {
  const engine = deps.service.engine;
  return {
    articleIds: () => engine.articles().map((a) => a.id),
    sectionIds: (articleId) => engine.article(articleId)?.sections.map((s) => s.id) ?? [],
  };
}

export function replyAction(deps: SlackDeps, showAs: ShowAs, serviceValue: ServiceValue = (value) => value) {
  return async (args: ActionArgs): Promise<void> => {
    await args.ack();
    const click = readClick(args.body);
    if (!click || !click.action) return;
    const action = click.action;
    deps.queue.run(async () => {
      const result = await deps.service.handleAction({
        id: click.deliveryId,
        threadId: click.threadId,
        channel: 'slack',
        userId: click.userId,
        workspaceId: click.workspaceId,
        action,
        value: serviceValue(expandActionValue(click.value, engineIds(deps))),
      });
      // A duplicate was handled already; a rejected click (forged or stale) gets no answer.
      if (result.status !== 'replied') return;
      await show(args, deps, click, result.reply, showAs);
    });
  };
}

async function show(args: ActionArgs, deps: SlackDeps, click: Click, reply: Reply, showAs: ShowAs): Promise<void> {
  const page = decodeActionValue(click.value).page;
  if (click.isPrivate) {
    const message = renderReply(reply, { threadKey: click.threadKey, shareable: true, includePrivateNotices: true, page });
    await respondPrivately(args.respond, deps, message, { replaceOriginal: showAs === 'replace-message' });
    return;
  }
  const target = { channel: click.channel, threadTs: click.threadTs ?? '', userId: click.userId };
  if (showAs === 'fold-into-message' && reply.kind === 'ack' && (await foldAck(args, deps, click, reply.message))) return;
  if (showAs === 'replace-message' && (await replaceMessage(args, deps, click, reply))) return;
  await postReplyInThread(args.client, deps, target, reply, { page });
}

/** Replaces the clicked message with the reply; false if Slack would not (the caller then posts instead). */
async function replaceMessage(args: ActionArgs, deps: SlackDeps, click: Click, reply: Reply): Promise<boolean> {
  if (!click.messageTs) return false;
  const message = renderReply(reply);
  try {
    await args.client.chat.update({ channel: click.channel, ts: click.messageTs, text: message.text, blocks: message.blocks });
    return true;
  } catch (error) {
    deps.logger.warn('slack: updating the message failed, posting instead', describeSlackError(error));
    return false;
  }
}

/** Swaps the clicked message's buttons for the acknowledgement (so Solved cannot be clicked twice). */
async function foldAck(args: ActionArgs, deps: SlackDeps, click: Click, ackMessage: string): Promise<boolean> {
  const original = args.body.message?.blocks;
  if (!click.messageTs || !Array.isArray(original)) return false;
  // Blocks as Slack sent them back: ours, already within limits.
  const kept = (original as types.KnownBlock[]).filter((block) => block.type !== 'actions');
  const text = typeof args.body.message?.text === 'string' ? args.body.message.text : escapeMrkdwn(ackMessage);
  try {
    await args.client.chat.update({ channel: click.channel, ts: click.messageTs, text, blocks: withNote(kept, `:white_check_mark: ${escapeMrkdwn(ackMessage)}`) });
    return true;
  } catch (error) {
    deps.logger.warn('slack: updating the message failed, posting instead', describeSlackError(error));
    return false;
  }
}
