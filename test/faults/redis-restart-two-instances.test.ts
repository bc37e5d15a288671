/**
 * Two instances sharing a real redis-server that restarts empty: an event one instance answered
 * and Slack then redelivers to the other is still answered once, because each instance keeps the
 * delivery ids it claimed in its local delivery log and claims them again when Redis comes back.
 * An instance restarted on its STATE_DIR drops redeliveries of what it answered before, too.
 */
import { randomUUID } from 'node:crypto';
import { describeWithRedis, startRedisServer, type RedisServer } from '../support/redis-server';
import { startSlackHarness, type SlackHarness } from '../support/slack-harness';
import { eventEnvelope, sendEvent } from '../support/slack-requests';
import { startSlackWebApi, STAND_IN_BOT, type SlackWebApiStandIn } from '../support/slack-web-api';

const QUESTION = `<@${STAND_IN_BOT.userId}> GoneException: An error occurred (GoneException) when calling the PostToConnection operation`;

async function until(what: string, probe: () => Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describeWithRedis('a Redis restart that lost its data, with two instances', () => {
  let redis: RedisServer;
  let api: SlackWebApiStandIn;
  let a: SlackHarness;
  let b: SlackHarness;
  const prefix = `kbtwo-${randomUUID().slice(0, 8)}:`;

  beforeAll(async () => {
    redis = await startRedisServer();
    api = await startSlackWebApi();
    a = await startSlackHarness({ redisUrl: redis.url }, { redisKeyPrefix: prefix }, api);
    b = await startSlackHarness({ redisUrl: redis.url }, { redisKeyPrefix: prefix }, api);
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await api?.close();
    await redis?.stop();
  });

  const healthy = async (h: SlackHarness): Promise<boolean> => (await fetch(`${h.app.url}/healthz`)).status === 200;
  const repliesIn = (ts: string): number => api.callsOf('chat.postMessage').filter((c) => c.args.thread_ts === ts).length;
  /** Redeliveries an instance has dropped so far (its /metrics). */
  const dropped = async (h: SlackHarness): Promise<number> => {
    const text = await (await fetch(`${h.app.url}/metrics`)).text();
    return Number(/^kb_duplicates_dropped_total\{channel="slack"\} (\d+)$/m.exec(text)?.[1] ?? 0);
  };

  async function deliver(to: SlackHarness, eventId: string, ts: string, retryNum?: number): Promise<void> {
    const envelope = eventEnvelope({ type: 'app_mention', user: 'U0ONCALL2', text: QUESTION, ts, channel: 'C0TWO001' }, eventId);
    expect((await sendEvent(to.endpoint, envelope, retryNum === undefined ? {} : { retryNum })).status).toBe(200);
  }

  it('answers a redelivery to the other instance once, and one to an instance restarted on its STATE_DIR once', async () => {
    const first = { eventId: `EvTWO${randomUUID().slice(0, 8).toUpperCase()}`, ts: '1700000600.000001' };
    await deliver(a, first.eventId, first.ts);
    await api.waitFor((c) => c.method === 'chat.postMessage' && c.args.thread_ts === first.ts);

    // Redis restarts on the same port with nothing in it.
    await redis.stop();
    redis = await startRedisServer(redis.port);
    await until('both instances to use Redis again', async () => (await healthy(a)) && (await healthy(b)));

    // Slack redelivers to the other instance.
    await deliver(b, first.eventId, first.ts, 1);
    // Waiting for the instance to count the drop, rather than a while for a reply that must not
    // come: once counted, that delivery is done with (a second answer would never be counted).
    await until('B to drop the redelivery', async () => (await dropped(b)) === 1);
    expect(repliesIn(first.ts)).toBe(1);

    // Instance A restarts on the same STATE_DIR while Redis loses its data again; a redelivery to it is still dropped.
    const stateDir = a.app.runtime.config.stateDir;
    await a.app.runtime.close();
    await redis.stop();
    redis = await startRedisServer(redis.port);
    const restarted = await startSlackHarness({ redisUrl: redis.url, stateDir }, { redisKeyPrefix: prefix }, api);
    try {
      await until('the restarted instance to use Redis', () => healthy(restarted));
      await deliver(restarted, first.eventId, first.ts, 2);
      await deliver(b, first.eventId, first.ts, 3);
      await until('both to drop their redelivery', async () => (await dropped(restarted)) === 1 && (await dropped(b)) === 2);
      expect(repliesIn(first.ts)).toBe(1);
    } finally {
      await restarted.close();
    }
  });
});
