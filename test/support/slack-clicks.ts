/**
 * Builds block_actions payloads the way Slack sends them when someone clicks a button or picks
 * an option in a message the bot posted (recorded by the Web API stand-in).
 */
import { baseActionId } from '../../adapters/slack/block-ids';
import { triggerId } from './slack-requests';
import { STAND_IN_BOT, type RecordedCall } from './slack-web-api';

interface Element {
  type: string;
  action_id: string;
  value?: string;
  text?: unknown;
  placeholder?: unknown;
  options?: { text: unknown; value: string }[];
}

interface ActionsBlock {
  type: 'actions';
  block_id?: string;
  elements: Element[];
}

/** The interactive elements of a recorded message, with the block id each sits in. */
export function elementsOf(call: RecordedCall): { blockId: string; element: Element }[] {
  const blocks = (call.args.blocks ?? []) as { type: string }[];
  return blocks
    .filter((b): b is ActionsBlock => b.type === 'actions')
    .flatMap((block, i) => block.elements.map((element) => ({ blockId: block.block_id ?? `generated-${i}`, element })));
}

/** The first element whose action id is `base` (or a numbered copy of it); the nth with `index`. */
export function findElement(call: RecordedCall, base: string, index = 0): { blockId: string; element: Element } | undefined {
  return elementsOf(call).filter(({ element }) => baseActionId(element.action_id) === base)[index];
}

export interface ClickOptions {
  /** For selects: which option to pick. */
  option?: number;
  /** Which of several elements with the same base id (clarify candidates). */
  index?: number;
  userId?: string;
  /** The response_url Slack would send (point it at the stand-in). */
  responseUrl: string;
  /** The channel, for private messages (a response_url call does not name it). */
  channel?: string;
}

/** A block_actions payload for clicking `base` on the message `call` posted (public or private). */
export function clickPayload(call: RecordedCall, base: string, options: ClickOptions): Record<string, unknown> {
  const found = findElement(call, base, options.index);
  if (!found) throw new Error(`no ${base} element in the ${call.method} call`);
  const { element, blockId } = found;
  const actionTs = `${Math.floor(Date.now() / 1000)}.${String(Date.now() % 1e6).padStart(6, '0')}`;
  const action: Record<string, unknown> =
    element.type === 'static_select'
      ? { type: 'static_select', action_id: element.action_id, block_id: blockId, selected_option: element.options?.[options.option ?? 0], placeholder: element.placeholder, action_ts: actionTs }
      : { type: 'button', action_id: element.action_id, block_id: blockId, text: element.text, value: element.value, action_ts: actionTs };
  const userId = options.userId ?? 'U0ALICE';
  const isPrivate = call.method !== 'chat.postMessage';
  const channel = options.channel ?? (typeof call.args.channel === 'string' ? call.args.channel : 'C0GENERAL');
  const base_ = {
    type: 'block_actions',
    user: { id: userId, username: 'alice', name: 'alice', team_id: STAND_IN_BOT.teamId },
    api_app_id: 'A0TESTAPP',
    token: 'legacy-verification-token',
    trigger_id: triggerId(),
    team: { id: STAND_IN_BOT.teamId, domain: 'test' },
    enterprise: null,
    is_enterprise_install: false,
    state: { values: {} },
    response_url: options.responseUrl,
    actions: [action],
  };
  if (isPrivate) {
    return { ...base_, container: { type: 'message', message_ts: actionTs, channel_id: channel, is_ephemeral: true }, channel: { id: channel, name: 'general' } };
  }
  const ts = String(call.response?.ts);
  const threadTs = typeof call.args.thread_ts === 'string' ? call.args.thread_ts : undefined;
  return {
    ...base_,
    container: { type: 'message', message_ts: ts, channel_id: channel, is_ephemeral: false, ...(threadTs ? { thread_ts: threadTs } : {}) },
    channel: { id: channel, name: 'general' },
    message: {
      type: 'message',
      subtype: 'bot_message',
      user: STAND_IN_BOT.userId,
      bot_id: STAND_IN_BOT.botId,
      ts,
      text: call.args.text,
      blocks: call.args.blocks,
      ...(threadTs ? { thread_ts: threadTs } : {}),
    },
  };
}
