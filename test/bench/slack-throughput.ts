/**
 * End-to-end Slack throughput on loopback: the built server runs as a child process with the
 * Slack adapter on; `autocannon` fires properly signed `app_mention` events (each with its own
 * event_id, ts and user) at POST /slack/events; replies are counted at the stand-in Web API.
 */
import { createHmac } from 'node:crypto';
import { createRequire } from 'node:module';
import { startServerProcess } from './server-process';
import { startRemoteCounter } from './slack-web-api-counter';

export interface SlackThroughput {
  events: number;
  /** Events acknowledged per second (autocannon's view). */
  ackPerSecond: number;
  ackP50Ms: number;
  ackP99Ms: number;
  non2xx: number;
  /** Replies delivered per second, first event sent to last reply received. */
  repliesPerSecond: number;
  duplicates: number;
  missing: number;
}

interface AutocannonRequest {
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  body?: string;
}
interface AutocannonResult {
  latency: { p50: number; p99: number };
  requests: { average: number; total: number };
  duration: number;
  non2xx: number;
  errors: number;
  timeouts: number;
}
type Autocannon = (options: {
  url: string;
  connections: number;
  amount: number;
  timeout: number;
  overallRate?: number;
  requests: { method: string; setupRequest: (req: AutocannonRequest) => AutocannonRequest }[];
}) => Promise<AutocannonResult>;

// autocannon ships no type declarations; the slice used here is typed above.
const autocannon = createRequire(__filename)('autocannon') as Autocannon;

const SIGNING_SECRET = 'bench-signing-secret-0123456789abcdef';
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

function signedEvent(n: number, timestamp: number): AutocannonRequest {
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
  const signature = `v0=${createHmac('sha256', SIGNING_SECRET).update(`v0:${timestamp}:${body}`).digest('hex')}`;
  return {
    method: 'POST',
    path: '/slack/events',
    headers: { 'content-type': 'application/json', 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': signature },
    body,
  };
}

/**
 * Runs `events` signed events through a fresh server over `connections` connections: as fast as
 * it takes them, or offered at `overallRate` events/s (to read the ack latency at a given load).
 */
export async function measureSlackThroughput(events: number, connections: number, overallRate?: number, nodeArgs: string[] = []): Promise<SlackThroughput> {
  const webApi = await startRemoteCounter();
  const server = await startServerProcess({
    SLACK_BOT_TOKEN: 'xoxb-0000000000-bench',
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: webApi.apiUrl,
    RATE_LIMIT_PER_MINUTE: '10000',
    LOG_LEVEL: 'error',
  }, nodeArgs);
  try {
    // One warm-up event so the first measured ones do not pay for auth.test and JIT warm-up.
    const warm = signedEvent(0, Math.floor(Date.now() / 1000));
    await fetch(`${server.url}/slack/events`, { method: 'POST', headers: warm.headers, body: warm.body });
    await webApi.waitForThreads(1, 10_000);
    await webApi.reset();

    let next = 1;
    const timestamp = Math.floor(Date.now() / 1000);
    const started = process.hrtime.bigint();
    const result = await autocannon({
      url: server.url,
      connections,
      amount: events,
      timeout: 10,
      ...(overallRate ? { overallRate } : {}),
      requests: [{ method: 'POST', setupRequest: () => signedEvent(next++, timestamp) }],
    });
    await webApi.waitForThreads(events, 30_000);
    // Not exact to the millisecond (polled every 50 ms), which is well inside the figure's precision.
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    // Let any late duplicate arrive before counting.
    await new Promise((r) => setTimeout(r, 500));

    const { threads: delivered, duplicates } = await webApi.counts();
    return {
      events,
      ackPerSecond: result.requests.total / result.duration,
      ackP50Ms: result.latency.p50,
      ackP99Ms: result.latency.p99,
      non2xx: result.non2xx + result.errors + result.timeouts,
      repliesPerSecond: delivered / seconds,
      duplicates,
      missing: events - delivered,
    };
  } finally {
    await server.stop();
    await webApi.close();
  }
}
