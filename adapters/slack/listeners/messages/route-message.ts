/**
 * Decides what a `message` event is to the bot — a DM, a reply in some thread, an error pasted
 * in an auto-answer channel — or nothing (edits, deletions, joins, bots, mentions which the
 * app_mention listener answers). Pure, so each rule is tested on its own.
 */
import { looksLikeError } from '../../normalize/looks-like-error';

/** The fields of a message event the adapter reads. */
export interface MessageFields {
  subtype?: string;
  botId?: string;
  user?: string;
  text: string;
  ts: string;
  threadTs?: string;
  channel: string;
  channelType?: string;
}

export type MessageRoute = 'direct-message' | 'thread-reply' | 'auto-answer' | 'ignore';

// Subtypes that are still a person writing a message; everything else (message_changed,
// message_deleted, channel_join, bot_message…) is ignored.
const PERSON_SUBTYPES = new Set(['thread_broadcast', 'file_share']);

function str(record: Record<string, unknown>, key: string): string | undefined {
  const value = record[key];
  return typeof value === 'string' ? value : undefined;
}

/** Reads the fields from Bolt's message event union; undefined if it is not a message with a channel and ts. */
export function messageFields(message: unknown): MessageFields | undefined {
  if (typeof message !== 'object' || message === null) return undefined;
  const record = message as Record<string, unknown>;
  const ts = str(record, 'ts');
  const channel = str(record, 'channel');
  if (!ts || !channel) return undefined;
  return {
    subtype: str(record, 'subtype'),
    botId: str(record, 'bot_id'),
    user: str(record, 'user'),
    text: str(record, 'text') ?? '',
    ts,
    threadTs: str(record, 'thread_ts'),
    channel,
    channelType: str(record, 'channel_type'),
  };
}

export interface RouteSettings {
  botUserId?: string;
  autoAnswerChannels: readonly string[];
}

export function routeMessage(message: MessageFields, settings: RouteSettings): MessageRoute {
  if (message.subtype !== undefined && !PERSON_SUBTYPES.has(message.subtype)) return 'ignore';
  if (message.botId || !message.user || message.user === settings.botUserId) return 'ignore';
  if (message.channelType === 'im') return 'direct-message';
  if (settings.botUserId && message.text.includes(`<@${settings.botUserId}`)) return 'ignore';
  if (message.threadTs && message.threadTs !== message.ts) return 'thread-reply';
  if (settings.autoAnswerChannels.includes(message.channel) && looksLikeError(message.text)) return 'auto-answer';
  return 'ignore';
}
