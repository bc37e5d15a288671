/**
 * Validates the web chat's JSON requests. Problems come back as one sentence for the person
 * (never echoing what they sent), so the page can show it as is.
 */
import { isActionId, type ActionId } from '../../src/reply/actions';

/** Requests bigger than this are refused with 413 before parsing. */
export const MAX_BODY_BYTES = 64 * 1024;
const THREAD_ID = /^web:[A-Za-z0-9-]{8,64}$/;
const CLIENT_ID = /^[A-Za-z0-9-]{8,64}$/;
const MAX_ACTION_VALUE = 2_000;

/** A valid POST /api/chat/messages body. */
export interface MessageRequest {
  threadId?: string;
  /** Set by the page per send, so a retried request is not answered twice. */
  messageId?: string;
  text: string;
}

/** A valid POST /api/chat/actions body. */
export interface ActionRequest {
  threadId: string;
  actionId?: string;
  action: ActionId;
  value: string;
}

/** A parsed request, or the sentence explaining what is wrong with it. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

function record(body: unknown): Record<string, unknown> | undefined {
  return typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>) : undefined;
}

const NOT_JSON = 'Send a JSON object with Content-Type: application/json.';

function optionalId(value: unknown, pattern: RegExp, field: string): Parsed<string | undefined> {
  if (value === undefined || value === null || value === '') return { ok: true, value: undefined };
  if (typeof value !== 'string' || !pattern.test(value)) return { ok: false, error: `${field} is not one this chat issued; leave it out to start a new one.` };
  return { ok: true, value };
}

/** Validates a message request body. */
export function parseMessageRequest(body: unknown): Parsed<MessageRequest> {
  const fields = record(body);
  if (!fields) return { ok: false, error: NOT_JSON };
  if (typeof fields.text !== 'string' || fields.text.trim().length === 0) return { ok: false, error: 'Type or paste an error message or a question first.' };
  const threadId = optionalId(fields.threadId, THREAD_ID, 'threadId');
  if (!threadId.ok) return threadId;
  const messageId = optionalId(fields.messageId, CLIENT_ID, 'messageId');
  if (!messageId.ok) return messageId;
  return { ok: true, value: { threadId: threadId.value, messageId: messageId.value, text: fields.text } };
}

/** Validates a button-click request body. */
export function parseActionRequest(body: unknown): Parsed<ActionRequest> {
  const fields = record(body);
  if (!fields) return { ok: false, error: NOT_JSON };
  if (typeof fields.threadId !== 'string' || !THREAD_ID.test(fields.threadId)) return { ok: false, error: 'threadId is missing or not one this chat issued; start a new conversation.' };
  if (typeof fields.action !== 'string' || !isActionId(fields.action)) return { ok: false, error: 'That button is not one this chat knows.' };
  if (typeof fields.value !== 'string' || fields.value.length > MAX_ACTION_VALUE) return { ok: false, error: 'That button carries no valid value.' };
  const actionId = optionalId(fields.actionId, CLIENT_ID, 'actionId');
  if (!actionId.ok) return actionId;
  return { ok: true, value: { threadId: fields.threadId, actionId: actionId.value, action: fields.action, value: fields.value } };
}
