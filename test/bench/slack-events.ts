/**
 * The events the Slack benchmark sends: properly signed `app_mention` event callbacks (v0
 * HMAC-SHA256 of `v0:timestamp:body`), each with its own event_id, ts and user, signed before the
 * run starts so the load generator spends its time sending, not hashing. Slack's signatures are
 * valid for five minutes; a run takes seconds, and each run signs its own batch.
 */
import { createHmac } from 'node:crypto';

/** The signing secret the benchmark's server is started with. */
export const BENCH_SIGNING_SECRET = 'bench-signing-secret-0123456789abcdef';

/** What autocannon sends for one request. */
export interface SignedRequest {
  method: 'POST';
  path: string;
  headers: Record<string, string>;
  body: string;
}

// Questions and pasted errors people ask the bot; short, as most mentions are.
const MESSAGES = [
  'getting {"message":"Missing Authentication Token"} from my REST API',
  'GoneException when calling PostToConnection on a websocket connection',
  'curl: (60) SSL certificate problem: certificate has expired on my custom domain',
  'Execution failed due to configuration error: Invalid permissions on Lambda function',
  'HTTP 500 Internal server error from API Gateway with VPC link integration',
  'The request signature we calculated does not match the signature you provided',
  'mutual TLS custom domain returns 403 Forbidden',
  'how do I see which API key made a request?',
];

/** The signed `app_mention` with sequence number `n` (its thread is `1700000000.<n>`). */
export function signedEvent(n: number, timestamp: number, secret = BENCH_SIGNING_SECRET): SignedRequest {
  const ts = `1700000000.${String(n).padStart(6, '0')}`;
  const body = JSON.stringify({
    token: 'unused',
    team_id: 'TBENCH',
    api_app_id: 'ABENCH',
    type: 'event_callback',
    event_id: `EvBENCH${n}`,
    event_time: timestamp,
    event: { type: 'app_mention', user: `UB${n}`, text: `<@UKBBOT> ${MESSAGES[n % MESSAGES.length]}`, ts, channel: 'CBENCH', event_ts: ts },
  });
  const signature = `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
  return {
    method: 'POST',
    path: '/slack/events',
    headers: { 'content-type': 'application/json', 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': signature },
    body,
  };
}

/** `count` signed events numbered from `first`, all signed now. */
export function signedEvents(first: number, count: number): SignedRequest[] {
  const timestamp = Math.floor(Date.now() / 1000);
  return Array.from({ length: count }, (_, i) => signedEvent(first + i, timestamp));
}
