/** A short acknowledgement (feedback recorded, help, rate limited). */
import type { AckReply } from '../../../src/reply/model';
import { sections } from './blocks';
import { escapeMrkdwn } from './mrkdwn';
import type { MessageParts } from './parts';

export function ackParts(reply: AckReply): MessageParts {
  return { body: sections(escapeMrkdwn(reply.message)), footer: [], actions: reply.actions, extra: [] };
}
