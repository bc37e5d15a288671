/**
 * When Slack's Web API is slow or failing: 429s are waited out per Retry-After, 5xx retried with
 * backoff, and if posting still fails the person sees an error with a Retry button (which works);
 * if even that cannot be posted, the failure is logged and the server carries on.
 */
import { createLogger } from '../../../../src/observability/logger';
import { clickPayload } from '../../../support/slack-clicks';
import { startSlackHarness, type SlackHarness, messageTimestamps } from '../../../support/slack-harness';
import { eventEnvelope, sendEvent, sendInteraction } from '../../../support/slack-requests';
import { STAND_IN_BOT, type RecordedCall } from '../../../support/slack-web-api';

const GONE = 'postToConnection keeps failing: GoneException: 410';
const ATTEMPTS = 4; // the first try and three retries (adapters/slack/web-client-options.ts)

let h: SlackHarness;
const logs: { level: string; msg: string; channel?: string }[] = [];
beforeAll(async () => {
  h = await startSlackHarness({ logLevel: 'warn' }, { logger: createLogger('warn', (line) => logs.push(JSON.parse(line) as { level: string; msg: string; channel?: string })) });
});
afterAll(() => h.close());

const ts = messageTimestamps('1700300');

async function mention(channel: string): Promise<string> {
  const messageTs = ts();
  const response = await sendEvent(h.endpoint, eventEnvelope({ type: 'app_mention', user: 'U0ALICE', text: `<@${STAND_IN_BOT.userId}> ${GONE}`, ts: messageTs, channel }));
  expect(response.status).toBe(200);
  return messageTs;
}

const inThread = (threadTs: string) => (c: RecordedCall): boolean => c.method === 'chat.postMessage' && c.args.thread_ts === threadTs;

/** Error lines logged about one channel (each test has its own, so they can run side by side). */
const errorsIn = (channel: string): string[] => logs.filter((l) => l.level === 'error' && l.channel === channel).map((l) => l.msg);

// The tests run side by side: most of their time is the Web API client's back-off, and each one's
// faults, calls and log lines are told apart by its own channel.
describe('Slack Web API faults', () => {
  it.concurrent('acknowledges at once while the Web API is rate limiting, then posts exactly one reply after Retry-After', async () => {
    h.api.fail('chat.postMessage', { status: 429, headers: { 'retry-after': '1' }, body: { ok: false, error: 'ratelimited' }, times: 1, channel: 'C0FAULT1' });
    const started = Date.now();
    const threadTs = await mention('C0FAULT1');
    expect(Date.now() - started).toBeLessThan(1000);
    const calls = await h.api.waitFor(inThread(threadTs), 2);
    expect(calls[0].response).toEqual({ fault: 429 });
    expect(calls[1].response?.ok).toBe(true);
    expect(calls[1].at - calls[0].at).toBeGreaterThanOrEqual(1000);
    await h.api.settle(500);
    expect(h.api.calls.filter((c) => inThread(threadTs)(c) && c.response?.ok === true)).toHaveLength(1);
  });

  it.concurrent('retries 5xx with backoff and, when Slack recovers, posts the answer once', async () => {
    h.api.fail('chat.postMessage', { status: 503, times: 2, channel: 'C0FAULT2' });
    const threadTs = await mention('C0FAULT2');
    const calls = await h.api.waitFor(inThread(threadTs), 3);
    expect(calls.map((c) => c.response?.ok ?? c.response?.fault)).toEqual([503, 503, true]);
  });

  it.concurrent('shows an error with a Retry button when posting keeps failing, and Retry posts the answer', async () => {
    h.api.fail('chat.postMessage', { status: 500, times: ATTEMPTS, channel: 'C0FAULT3' });
    const threadTs = await mention('C0FAULT3');
    const calls = await h.api.waitFor(inThread(threadTs), ATTEMPTS + 1, 15_000);
    const errorMessage = calls[ATTEMPTS];
    expect(errorMessage.response?.ok).toBe(true);
    expect(String(errorMessage.args.text)).toMatch(/couldn't post/);
    expect(JSON.stringify(errorMessage.args.blocks)).toContain('kb_retry');
    expect(errorsIn('C0FAULT3')).toContain('slack: posting a reply failed');

    await sendInteraction(h.endpoint, clickPayload(errorMessage, 'kb_retry', { responseUrl: h.api.responseUrl('retry') }));
    const after = await h.api.waitFor(inThread(threadTs), ATTEMPTS + 2);
    const answer = after[ATTEMPTS + 1];
    expect(answer.response?.ok).toBe(true);
    expect(JSON.stringify(answer.args.blocks)).toContain('410 GoneException');
    const [update] = await h.api.waitFor((c) => c.method === 'chat.update' && c.args.ts === errorMessage.response?.ts);
    expect(String(update.args.text)).toMatch(/below/);
  });

  it.concurrent('logs the failure and keeps serving when the Web API answers 500 forever', async () => {
    h.api.fail('chat.postMessage', { status: 500, times: Infinity, channel: 'C0FAULT4' });
    const threadTs = await mention('C0FAULT4');
    // The answer's attempts, then the error message's attempts: then it gives up, loudly.
    await h.api.waitFor(inThread(threadTs), ATTEMPTS * 2, 15_000);
    await h.api.settle(300);
    expect(h.api.calls.filter(inThread(threadTs))).toHaveLength(ATTEMPTS * 2);
    expect(errorsIn('C0FAULT4')).toContain('slack: could not tell the user that posting failed');
    const health = await fetch(`${h.app.url}/healthz`);
    expect(health.status).toBe(200);
  }, 30_000);
});
