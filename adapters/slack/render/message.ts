/** Puts a reply's parts together into one Slack message that fits Slack's limits. */
import { createActionIdAllocator } from '../block-ids';
import { SLACK_LIMITS } from '../limits';
import type { Notice } from '../../../src/reply/model';
import { renderActionElements } from './actions';
import { actionsBlocks, context, type SlackBlock, type SlackMessage } from './blocks';
import { escapeMrkdwn, truncate } from './mrkdwn';
import type { MessageParts, RenderOptions } from './parts';

const CUT_NOTE = '_Cut to fit in Slack. Use *Full article* for the rest._';

/** Notices shown in the message: public ones always, private ones only when asked (private messages). */
export function noticeBlocks(notices: Notice[], includePrivate: boolean): SlackBlock[] {
  const shown = notices.filter((n) => includePrivate || !n.private);
  if (shown.length === 0) return [];
  return [context(shown.map((n) => `${n.kind === 'credential' ? ':lock:' : ':information_source:'} ${escapeMrkdwn(n.message)}`))];
}

/** The fallback `text` (notifications, screen readers): the reply's text without private notices unless asked. */
export function fallbackText(text: string, notices: Notice[], includePrivate: boolean): string {
  let result = text;
  if (!includePrivate) {
    for (const notice of notices) if (notice.private) result = result.split(notice.message).join('');
  }
  result = result.trim() || 'kb-assistant';
  return truncate(escapeMrkdwn(result), SLACK_LIMITS.messageText);
}

/** Blocks in order — notices, body, footer, actions — with the body cut if the whole would pass 50 blocks. */
export function assembleMessage(parts: MessageParts, notices: SlackBlock[], text: string, options: RenderOptions, maxBlocks: number = SLACK_LIMITS.blocksPerMessage): SlackMessage {
  const allocate = createActionIdAllocator();
  const actions = actionsBlocks(renderActionElements(parts.actions, allocate, parts.extra), options.threadKey);
  const fixed = notices.length + parts.footer.length + actions.length;
  let body = parts.body;
  if (fixed + body.length > maxBlocks) {
    body = [...body.slice(0, Math.max(0, maxBlocks - fixed - 1)), context([CUT_NOTE])];
  }
  return { text, blocks: [...notices, ...body, ...parts.footer, ...actions] };
}
