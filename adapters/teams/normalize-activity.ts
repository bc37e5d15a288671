/**
 * A Teams activity as what the core understands: a message (mention stripped, plain text), a
 * button submit (action id and value), or something to ignore (a channel message that does not
 * mention the bot). Thread ids are `teams:<conversation id>`: in a channel the conversation id
 * carries `;messageid=<root>`, which is exactly the reply chain, and a 1:1 or group chat is one thread.
 */
import { randomUUID } from 'node:crypto';
import { TurnContext, type Activity } from 'botbuilder';
import type { IncomingAction, IncomingMessage } from '../../src/conversation/types';
import { decodeActionValue, isActionId } from '../../src/reply/actions';
import { cutToLimit } from '../../src/security/input-limit';
import { choiceInputId } from './card-actions';

/** What an incoming message activity is for the core. */
export type InboundActivity =
  | { kind: 'message'; message: IncomingMessage }
  | { kind: 'action'; action: IncomingAction; page: number; cardActivityId: string | undefined }
  | { kind: 'ignored'; reason: 'not-addressed' | 'unknown-action' };


/** The core's thread id for the activity's conversation (a channel reply chain, or a whole chat). */
export function threadIdOf(activity: Activity): string {
  return `teams:${activity.conversation.id}`;
}

/** Personal (1:1) chats answer every message; channels and group chats only when the bot is @mentioned. */
function isPersonal(activity: Activity): boolean {
  const type = activity.conversation.conversationType;
  return type === undefined || type === 'personal';
}

function mentionsOfBot(activity: Activity): { text: string | undefined }[] {
  return TurnContext.getMentions(activity).filter((mention) => mention.mentioned?.id === activity.recipient?.id);
}

const ENTITIES: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"', '&#39;': "'", '&nbsp;': ' ' };

/** Tags that end a line of text. */
const LINE_BREAK_TAG = /^<(?:br\s*\/?|\/(?:p|div|li|pre|tr))>$/i;

/**
 * Removes tags in one pass. Each `>` is looked for once and shared by every `<` before it, and a
 * `<` followed by another `<` or a blank before its `>` is text (as in a browser), so a paste of
 * 80,000 `<` costs one scan, not one per `<` as `/<[^>]+>/g` would.
 */
function stripTags(html: string): string {
  let out = '';
  let from = 0;
  let close = -1;
  for (let open = html.indexOf('<'); open >= 0; open = html.indexOf('<', open + 1)) {
    if (close < open) close = html.indexOf('>', open + 1);
    if (close < 0) break;
    const next = html.indexOf('<', open + 1);
    if ((next >= 0 && next < close) || close === open + 1 || /\s/.test(html[open + 1])) continue; // text
    out += html.slice(from, open) + (LINE_BREAK_TAG.test(html.slice(open, close + 1)) ? '\n' : '');
    from = close + 1;
    open = close;
  }
  return out + html.slice(from);
}

// Teams sends rich messages as HTML (textFormat "xml"); plain messages are left untouched so a
// pasted `curl -v` dump with `< HTTP/1.1` lines is not mistaken for markup.
function htmlToPlain(html: string): string {
  return stripTags(html).replace(/&(lt|gt|amp|quot|#39|nbsp);/g, (entity) => ENTITIES[entity] ?? entity);
}

/** The message text with every mention of the bot removed and other mentions reduced to their names. */
export function messageText(activity: Activity): string {
  // Cut before any pattern runs; markup only shrinks the text, so the result stays within the limit.
  let text = cutToLimit(activity.text ?? '');
  for (const mention of mentionsOfBot(activity)) {
    if (mention.text) text = text.split(mention.text).join(' ');
  }
  text = text.replace(/<at>([^<]*)<\/at>/gi, '$1');
  if (activity.textFormat === 'xml') text = htmlToPlain(text);
  return cutToLimit(text.trim());
}

/** The Entra tenant the sender belongs to, for rate limits (user ids are per tenant). */
function tenantIdOf(activity: Activity): string | undefined {
  const fromChannelData = (activity.channelData as { tenant?: { id?: unknown } } | undefined)?.tenant?.id;
  return typeof fromChannelData === 'string' ? fromChannelData : activity.conversation?.tenantId;
}

function userIdOf(activity: Activity): string {
  return activity.from?.aadObjectId ?? activity.from?.id ?? 'unknown';
}

function submitOf(value: unknown): { action: string; value: string } | null {
  if (typeof value !== 'object' || value === null) return null;
  const record = value as Record<string, unknown>;
  if (typeof record.kbAction !== 'string') return null;
  const choice = record[choiceInputId(record.kbAction)];
  const chosen = typeof choice === 'string' ? choice : typeof record.kbValue === 'string' ? record.kbValue : '';
  return { action: record.kbAction, value: chosen };
}

/** Classifies a message activity (the only kind Teams uses for both text and card submits). */
export function normalizeActivity(activity: Activity): InboundActivity {
  const id = activity.id ?? randomUUID();
  const threadId = threadIdOf(activity);
  const userId = userIdOf(activity);
  const workspaceId = tenantIdOf(activity);

  const submit = submitOf(activity.value);
  if (submit) {
    if (!isActionId(submit.action)) return { kind: 'ignored', reason: 'unknown-action' };
    const page = decodeActionValue(submit.value).page ?? 0;
    return { kind: 'action', action: { id, threadId, channel: 'teams', userId, workspaceId, action: submit.action, value: submit.value }, page, cardActivityId: activity.replyToId };
  }

  if (!isPersonal(activity) && mentionsOfBot(activity).length === 0) return { kind: 'ignored', reason: 'not-addressed' };
  // An empty message (a bare @mention, an image) still goes to the core, which answers with help.
  return { kind: 'message', message: { id, threadId, channel: 'teams', userId, workspaceId, text: messageText(activity) } };
}
