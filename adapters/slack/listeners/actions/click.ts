/** Reads a block_actions click: which action, its value, and which thread (public message or private reply) it came from. */
import type { BlockAction, BlockElementAction } from '@slack/bolt';
import { isActionId, type ActionId } from '../../../../src/reply/actions';
import { baseActionId, threadKeyFromBlockId } from '../../block-ids';
import { slackThreadId } from '../../thread-id';

export interface Click {
  /** The shared action id (suffix removed), or undefined for a Slack-only action. */
  action: ActionId | undefined;
  baseId: string;
  value: string;
  channel: string;
  userId: string;
  /** The workspace (team id), for rate limits. */
  workspaceId?: string;
  /** Unique per click: Slack does not redeliver clicks, but the service's dedup still wants an id. */
  deliveryId: string;
  threadId: string;
  /** For a click on a public message: its ts and its thread's ts. */
  messageTs?: string;
  threadTs?: string;
  /** True when the click came from a private (ephemeral) reply, answered through response_url. */
  isPrivate: boolean;
  threadKey?: string;
}

function valueOf(element: BlockElementAction): string {
  if (element.type === 'button') return element.value ?? '';
  if (element.type === 'static_select') return element.selected_option.value;
  return '';
}

function stringField(record: Record<string, unknown> | undefined, key: string): string | undefined {
  const value = record?.[key];
  return typeof value === 'string' ? value : undefined;
}

/** The click's facts, or undefined when it cannot be tied to a conversation (e.g. from the Home tab). */
export function readClick(body: BlockAction): Click | undefined {
  const element = body.actions[0];
  if (!element) return undefined;
  const container = body.container as Record<string, unknown>;
  const channel = body.channel?.id ?? stringField(container, 'channel_id');
  if (!channel) return undefined;
  const baseId = baseActionId(element.action_id);
  const common = {
    action: isActionId(baseId) ? baseId : undefined,
    baseId,
    value: valueOf(element),
    channel,
    userId: body.user.id,
    workspaceId: body.team?.id ?? body.user.team_id,
    deliveryId: `click:${body.trigger_id ?? element.action_ts}`,
  };
  if (container.is_ephemeral === true || !body.message) {
    const threadKey = threadKeyFromBlockId(element.block_id) ?? `ephemeral.${stringField(container, 'message_ts') ?? element.action_ts}`;
    return { ...common, threadId: slackThreadId(channel, threadKey), isPrivate: true, threadKey };
  }
  const messageTs = body.message.ts;
  const threadTs = typeof body.message.thread_ts === 'string' ? body.message.thread_ts : messageTs;
  return { ...common, threadId: slackThreadId(channel, threadTs), messageTs, threadTs, isPrivate: false };
}
