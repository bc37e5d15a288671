/**
 * Signed requests to a Slack endpoint, shaped like Slack's own: Events API envelopes (JSON),
 * slash commands (form-encoded), and interactivity payloads (form-encoded `payload=`), each
 * signed v0 = HMAC-SHA256 of `v0:<timestamp>:<body>` with the signing secret.
 */
import { createHmac, randomUUID } from 'node:crypto';
import { STAND_IN_BOT } from './slack-web-api';

export const TEST_SIGNING_SECRET = 'test-signing-secret-0123456789abcdef';
export const TEST_BOT_TOKEN = 'xoxb-0000000000-0000000000-testtesttesttesttesttest';

export interface SendOptions {
  secret?: string;
  /** Seconds since the epoch; defaults to now. */
  timestamp?: number;
  /** Sets X-Slack-Retry-Num / X-Slack-Retry-Reason like a redelivery. */
  retryNum?: number;
  /** Replace the signature outright (a forged request). */
  signature?: string;
}

export interface SlackResponse {
  status: number;
  body: string;
}

export function sign(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

/** POSTs `body` with Slack's headers to `url`. */
export async function sendSigned(url: string, body: string, contentType: string, options: SendOptions = {}): Promise<SlackResponse> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const headers: Record<string, string> = {
    'content-type': contentType,
    'x-slack-request-timestamp': String(timestamp),
    'x-slack-signature': options.signature ?? sign(options.secret ?? TEST_SIGNING_SECRET, timestamp, body),
  };
  if (options.retryNum !== undefined) {
    headers['x-slack-retry-num'] = String(options.retryNum);
    headers['x-slack-retry-reason'] = 'http_timeout';
  }
  const response = await fetch(url, { method: 'POST', headers, body });
  return { status: response.status, body: await response.text() };
}

/** An Events API envelope (event_callback) around `event`. */
export function eventEnvelope(event: Record<string, unknown>, eventId = `Ev${randomUUID().replace(/-/g, '').slice(0, 10).toUpperCase()}`): Record<string, unknown> {
  return {
    token: 'legacy-verification-token',
    team_id: STAND_IN_BOT.teamId,
    api_app_id: 'A0TESTAPP',
    event: { ...event, event_ts: event.ts ?? '1700000000.000100' },
    type: 'event_callback',
    event_id: eventId,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ enterprise_id: null, team_id: STAND_IN_BOT.teamId, user_id: STAND_IN_BOT.userId, is_bot: true, is_enterprise_install: false }],
    is_ext_shared_channel: false,
    event_context: `4-${randomUUID()}`,
  };
}

export function sendEvent(url: string, envelope: Record<string, unknown>, options: SendOptions = {}): Promise<SlackResponse> {
  return sendSigned(url, JSON.stringify(envelope), 'application/json', options);
}

/** A slash command as Slack posts it (form-encoded). */
export function sendCommand(url: string, fields: Record<string, string>, options: SendOptions = {}): Promise<SlackResponse> {
  const body = new URLSearchParams({
    token: 'legacy-verification-token',
    team_id: STAND_IN_BOT.teamId,
    team_domain: 'test',
    channel_name: 'general',
    user_name: 'alice',
    api_app_id: 'A0TESTAPP',
    is_enterprise_install: 'false',
    ...fields,
  }).toString();
  return sendSigned(url, body, 'application/x-www-form-urlencoded', options);
}

/** An interactivity payload (block_actions, message_action…) as Slack posts it: form field `payload`. */
export function sendInteraction(url: string, payload: Record<string, unknown>, options: SendOptions = {}): Promise<SlackResponse> {
  const body = new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
  return sendSigned(url, body, 'application/x-www-form-urlencoded', options);
}

/** A trigger id shaped like Slack's. */
export function triggerId(): string {
  return `${Date.now()}.${Math.floor(Math.random() * 1e9)}.${randomUUID().replace(/-/g, '').slice(0, 20)}`;
}
