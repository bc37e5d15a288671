/** Who a rate limit counts: the platform, the workspace or tenant, and the user within it. */
import type { IncomingAction, IncomingMessage } from './types';

export function senderKey(from: Pick<IncomingMessage | IncomingAction, 'channel' | 'workspaceId' | 'userId'>): string {
  return `${from.channel}:${from.workspaceId ?? '-'}:${from.userId}`;
}
