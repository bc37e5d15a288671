/**
 * Two server instances behind one Slack app, sharing a real redis-server (REDIS_URL): Slack's
 * redelivery of an event to the other instance is answered once, and a thread the bot answered
 * on one instance is continued by the other.
 */
import { describeWithRedis, startRedisServer, type RedisServer } from '../../../support/redis-server';
import { slackConfig } from '../../../support/slack-harness';
import { eventEnvelope, sendEvent } from '../../../support/slack-requests';
import { startTestRuntime, type TestRuntime } from '../../../support/runtime';
import { startSlackWebApi, STAND_IN_BOT, type SlackWebApiStandIn } from '../../../support/slack-web-api';

const GONE = 'postToConnection keeps failing: GoneException: 410';

describeWithRedis('Slack on two instances sharing Redis', () => {
  let redis: RedisServer;
  let api: SlackWebApiStandIn;
  let first: TestRuntime;
  let second: TestRuntime;

  beforeAll(async () => {
    redis = await startRedisServer();
    api = await startSlackWebApi();
    const prefix = `kb-slack-test-${process.pid}:`;
    first = await startTestRuntime({ redisUrl: redis.url, slack: slackConfig(api) }, { redisKeyPrefix: prefix });
    second = await startTestRuntime({ redisUrl: redis.url, slack: slackConfig(api) }, { redisKeyPrefix: prefix });
  });
  afterAll(async () => {
    await first?.close();
    await second?.close();
    await api?.close();
    await redis?.stop();
  });

  it('uses the Redis store on both instances', () => {
    expect(first.runtime.store.kind).toBe('redis');
    expect(second.runtime.store.kind).toBe('redis');
  });

  it('answers an event delivered to both instances once', async () => {
    const messageTs = '1700400001.000001';
    const envelope = eventEnvelope({ type: 'app_mention', user: 'U0ALICE', text: `<@${STAND_IN_BOT.userId}> ${GONE}`, ts: messageTs, channel: 'C0REDIS1' });
    const [a, b] = await Promise.all([sendEvent(`${first.url}/slack/events`, envelope), sendEvent(`${second.url}/slack/events`, envelope, { retryNum: 1 })]);
    expect([a.status, b.status]).toEqual([200, 200]);
    await api.waitFor((c) => c.method === 'chat.postMessage' && c.args.thread_ts === messageTs);
    await api.settle(600);
    expect(api.callsOf('chat.postMessage').filter((c) => c.args.thread_ts === messageTs)).toHaveLength(1);
  });

  it('continues on one instance a thread the bot answered on the other', async () => {
    const parent = '1700400002.000001';
    await sendEvent(`${first.url}/slack/events`, eventEnvelope({ type: 'app_mention', user: 'U0ALICE', text: `<@${STAND_IN_BOT.userId}> ${GONE}`, ts: parent, channel: 'C0REDIS2' }));
    const [answer] = await api.waitFor((c) => c.method === 'chat.postMessage' && c.args.thread_ts === parent);
    await sendEvent(
      `${second.url}/slack/events`,
      eventEnvelope({ type: 'message', channel_type: 'channel', user: 'U0ALICE', text: 'show me the whole article', ts: '1700400002.000099', thread_ts: parent, channel: 'C0REDIS2' }),
    );
    const [, followUp] = await api.waitFor((c) => c.method === 'chat.postMessage' && c.args.thread_ts === parent, 2);
    const title = (answer.args.blocks as { type: string; text?: { text: string } }[])[0].text?.text;
    expect((followUp.args.blocks as { type: string; text?: { text: string } }[])[0].text?.text).toBe(title);
    expect(JSON.stringify(followUp.args.blocks)).not.toEqual(JSON.stringify(answer.args.blocks));
  });
});
