/**
 * Redis killed mid-run and restarted (a real redis-server, same port, empty afterwards as a
 * restarted cache is): Slack questions keep being answered from in-memory state during the outage,
 * /healthz and /metrics say so, and once Redis is back no question is answered twice — neither
 * ones answered before the outage nor ones answered during it, when Slack redelivers them.
 */
import { randomUUID } from 'node:crypto';
import { describeWithRedis, startRedisServer, type RedisServer } from '../support/redis-server';
import { startSlackHarness, type SlackHarness } from '../support/slack-harness';
import { eventEnvelope, sendEvent } from '../support/slack-requests';
import { STAND_IN_BOT } from '../support/slack-web-api';

const QUESTION = `<@${STAND_IN_BOT.userId}> GoneException: An error occurred (GoneException) when calling the PostToConnection operation`;
const CHANNEL = 'C0FAULT01';

interface Health {
  status: string;
  store: { kind: string; ok: boolean; detail?: string };
}

async function until<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describeWithRedis('Redis killed mid-run and restarted', () => {
  let redis: RedisServer;
  let slack: SlackHarness;
  let seq = 0;

  /** One question in its own thread, as Slack delivers it (retryNum set for a redelivery). */
  function question(): { eventId: string; ts: string } {
    seq += 1;
    return { eventId: `EvFAULT${randomUUID().slice(0, 8).toUpperCase()}`, ts: `1700000200.${String(seq).padStart(6, '0')}` };
  }
  async function deliver(q: { eventId: string; ts: string }, retryNum?: number): Promise<void> {
    const envelope = eventEnvelope({ type: 'app_mention', user: 'U0ONCALL1', text: QUESTION, ts: q.ts, channel: CHANNEL }, q.eventId);
    const response = await sendEvent(slack.endpoint, envelope, retryNum === undefined ? {} : { retryNum });
    expect(response.status).toBe(200);
  }
  const repliesIn = (ts: string): number => slack.api.callsOf('chat.postMessage').filter((c) => c.args.thread_ts === ts).length;
  const answered = (q: { ts: string }): Promise<unknown> => slack.api.waitFor((c) => c.method === 'chat.postMessage' && c.args.thread_ts === q.ts, 1, 10_000);
  const health = async (): Promise<{ code: number; body: Health }> => {
    const response = await fetch(`${slack.app.url}/healthz`);
    return { code: response.status, body: (await response.json()) as Health };
  };
  const metrics = async (): Promise<string> => (await fetch(`${slack.app.url}/metrics`)).text();
  /** Redeliveries dropped so far. */
  const dropped = async (): Promise<number> => Number(/^kb_duplicates_dropped_total\{channel="slack"\} (\d+)$/m.exec(await metrics())?.[1] ?? 0);

  beforeAll(async () => {
    redis = await startRedisServer();
    slack = await startSlackHarness({ redisUrl: redis.url }, { redisKeyPrefix: `kbfault-${randomUUID().slice(0, 8)}:` });
  });
  afterAll(async () => {
    await slack?.close();
    await redis?.stop();
  });

  it('keeps answering during the outage, reports it, and answers nothing twice once Redis is back', async () => {
    // 1. Healthy.
    const before = question();
    await deliver(before);
    await answered(before);
    expect((await health()).code).toBe(200);
    expect(await metrics()).toMatch(/kb_store_healthy\{kind="redis"\} 1/);

    // 2. Redis dies: answers continue from memory; health and metrics report the degradation.
    await redis.stop();
    const during = [question(), question(), question()];
    for (const q of during) await deliver(q);
    for (const q of during) await answered(q);
    const degraded = await until('/healthz to report the outage', async () => {
      const h = await health();
      return h.code === 503 ? h : undefined;
    });
    expect(degraded.body.store).toMatchObject({ kind: 'redis', ok: false });
    expect(degraded.body.store.detail).toMatch(/memory/);
    expect(JSON.stringify(degraded.body)).not.toMatch(/redis:\/\/[^"]*:[^"]*@/); // no credentials in the detail
    const outageMetrics = await metrics();
    expect(outageMetrics).toMatch(/kb_store_healthy\{kind="redis"\} 0/);
    expect(outageMetrics).toMatch(/kb_store_errors_total\{operation="[a-zA-Z]+"\} [1-9]/);

    // A redelivery during the outage is still dropped.
    await deliver(during[0], 1);

    // 3. Redis comes back on the same address, empty (no persistence), and is used again.
    redis = await startRedisServer(redis.port);
    await until('/healthz to recover', async () => ((await health()).code === 200 ? true : undefined));
    expect(await metrics()).toMatch(/kb_store_healthy\{kind="redis"\} 1/);

    // 4. Slack redelivers questions from before and during the outage: none is answered again.
    await deliver(before, 2);
    for (const q of during) await deliver(q, 1);
    // A new question is answered once, and its own redelivery dropped.
    const after = question();
    await deliver(after);
    await answered(after);
    await deliver(after, 1);

    // Six redeliveries (one during the outage, five since): waiting for all six drops to be
    // counted, rather than a while for replies that must not come, means every one is done with
    // (a redelivery answered again would never be counted, and this would time out).
    await until('every redelivery to be dropped', async () => ((await dropped()) === 6 ? true : undefined));
    const counts = Object.fromEntries([before, ...during, after].map((q, i) => [`${i === 0 ? 'before' : i === during.length + 1 ? 'after' : `during-${i}`}`, repliesIn(q.ts)]));
    expect(counts).toEqual({ before: 1, 'during-1': 1, 'during-2': 1, 'during-3': 1, after: 1 });
  });
});
