/** No article fits: say so plainly, and list the closest ones when there are any. */
import type { NoneReply } from '../../../src/reply/model';
import { sections, type SlackBlock } from './blocks';
import { escapeMrkdwn } from './mrkdwn';
import type { MessageParts } from './parts';

export function noneParts(reply: NoneReply): MessageParts {
  const body: SlackBlock[] = [...sections(escapeMrkdwn(reply.message))];
  if (reply.closest.length > 0) {
    const list = reply.closest.map((a) => `• *${escapeMrkdwn(a.displayTitle)}*: ${escapeMrkdwn(a.question)}`).join('\n');
    body.push(...sections(`*Closest articles*\n${list}`));
  }
  return { body, footer: [], actions: reply.actions, extra: [] };
}
