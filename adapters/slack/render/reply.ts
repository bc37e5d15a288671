/** Renders any reply of the reply model as one Slack message (Block Kit blocks plus fallback text). */
import type { Reply } from '../../../src/reply/model';
import { ackParts } from './ack';
import { answerParts } from './answer';
import { articleParts } from './article';
import type { SlackMessage } from './blocks';
import { clarifyParts } from './clarify';
import { assembleMessage, fallbackText, noticeBlocks } from './message';
import { noneParts } from './none';
import type { MessageParts, RenderOptions } from './parts';

function partsFor(reply: Reply, options: RenderOptions): MessageParts {
  switch (reply.kind) {
    case 'answer':
      return answerParts(reply, options);
    case 'clarify':
      return clarifyParts(reply);
    case 'none':
      return noneParts(reply);
    case 'article':
      return articleParts(reply, options);
    case 'ack':
      return ackParts(reply);
    default: {
      const unreachable: never = reply;
      return unreachable;
    }
  }
}

/** A reply as a Slack message; private notices are left out unless `includePrivateNotices` (they go ephemeral). */
export function renderReply(reply: Reply, options: RenderOptions = {}): SlackMessage {
  const includePrivate = options.includePrivateNotices === true;
  const notices = noticeBlocks(reply.notices, includePrivate);
  return assembleMessage(partsFor(reply, options), notices, fallbackText(reply.text, reply.notices, includePrivate), options);
}

/** True when everything the reply says is private (the rate-limit ack): then it goes only to the sender. */
export function isWhollyPrivate(reply: Reply): boolean {
  return reply.kind === 'ack' && reply.notices.some((n) => n.private && n.message === reply.message);
}

export type { RenderOptions };
