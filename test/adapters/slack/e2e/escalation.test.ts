/**
 * Ask an expert over real HTTP: signed requests through Bolt's receiver, replies to the Slack
 * Web API stand-in. One instance; two instances sharing a real redis-server; and a restart.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ACTION_IDS } from '../../../../src/reply/actions';
import { describeWithRedis, startRedisServer, type RedisServer } from '../../../support/redis-server';
import { clickPayload, findElement } from '../../../support/slack-clicks';
import { messageTimestamps, slackConfig, startSlackHarness } from '../../../support/slack-harness';
import { eventEnvelope, sendCommand, sendEvent, sendInteraction, triggerId } from '../../../support/slack-requests';
import { startSlackWebApi, STAND_IN_BOT, type SlackWebApiStandIn } from '../../../support/slack-web-api';
import { startTestRuntime, type TestRuntime } from '../../../support/runtime';
import { EXPERTS, runEscalationFlow, type Instance } from './escalation-flow';

const ts = messageTimestamps('1700700');
const instance = (app: TestRuntime): Instance => ({ endpoint: `${app.url}/slack/events`, store: app.runtime.store });

describe('Ask an expert on Slack, one instance', () => {
  it('posts to the experts, relays both ways after Take it, and Resolved closes both threads', async () => {
    const h = await startSlackHarness({ escalation: { slackChannel: EXPERTS } });
    try {
      const one = (): Instance => instance(h.app);
      const record = await runEscalationFlow(h.api, 'C0ESC01', ts, { ask: one, take: one, expertReply: one, askerReply: one, resolve: one });
      expect(record.articleId).toBeDefined();
    } finally {
      await h.close();
    }
  });

  it('the asker can close it from their own thread with Resolved', async () => {
    const h = await startSlackHarness({ escalation: { slackChannel: EXPERTS } });
    try {
      const parent = ts();
      const inThread = (c: { method: string; args: Record<string, unknown> }): boolean => c.method === 'chat.postMessage' && c.args.channel === 'C0ESC06' && c.args.thread_ts === parent;
      await sendEvent(h.endpoint, eventEnvelope({ type: 'app_mention', user: 'U0ALICE', text: `<@${STAND_IN_BOT.userId}> GoneException: 410 from postToConnection`, ts: parent, channel: 'C0ESC06' }));
      const [answer] = await h.api.waitFor(inThread);
      await sendInteraction(h.endpoint, clickPayload(answer, ACTION_IDS.askExpert, { responseUrl: h.api.responseUrl(triggerId()), userId: 'U0ALICE' }));
      const [escalation] = await h.api.waitFor((c) => c.method === 'chat.postMessage' && c.args.channel === EXPERTS);
      const [, told] = await h.api.waitFor(inThread, 2);
      expect(findElement(told, ACTION_IDS.resolveEscalation)).toBeDefined();
      await sendInteraction(h.endpoint, clickPayload(told, ACTION_IDS.resolveEscalation, { responseUrl: h.api.responseUrl(triggerId()), userId: 'U0ALICE' }));
      const [update] = await h.api.waitFor((c) => c.method === 'chat.update' && c.args.ts === escalation.response?.ts);
      expect(JSON.stringify(update.args)).toContain('Resolved');
      expect((update.args.blocks as { type: string }[]).some((b) => b.type === 'actions')).toBe(false);
      await h.api.waitFor((c) => inThread(c) && JSON.stringify(c.args).includes('<@U0ALICE> marked this resolved'));
      await h.api.waitFor((c) => c.method === 'chat.postMessage' && c.args.channel === EXPERTS && c.args.thread_ts === escalation.response?.ts && JSON.stringify(c.args).includes('marked this resolved'));
      expect((await h.app.runtime.store.listEscalations()).map((r) => r.state)).toEqual(['resolved']);
    } finally {
      await h.close();
    }
  });

  it('on a private /kb answer, says to share it first instead of opening an escalation no one could answer', async () => {
    const h = await startSlackHarness({ escalation: { slackChannel: EXPERTS } });
    try {
      const trigger = triggerId();
      await sendCommand(h.endpoint, { command: '/kb', text: 'GoneException: 410 from postToConnection', channel_id: 'C0ESC07', user_id: 'U0ALICE', trigger_id: trigger, response_url: h.api.responseUrl(`kb-${trigger}`) });
      const [privateAnswer] = await h.api.waitFor((c) => c.method === 'response_url' && JSON.stringify(c.args).includes(ACTION_IDS.askExpert));
      await sendInteraction(h.endpoint, clickPayload(privateAnswer, ACTION_IDS.askExpert, { responseUrl: h.api.responseUrl(`click-${triggerId()}`), channel: 'C0ESC07' }));
      const [told] = await h.api.waitFor((c) => c.method === 'response_url' && JSON.stringify(c.args).includes('Share in channel* first'));
      expect(told.args.response_type).toBe('ephemeral');
      expect(h.api.callsOf('chat.postMessage')).toHaveLength(0);
      expect(await h.app.runtime.store.listEscalations()).toEqual([]);
    } finally {
      await h.close();
    }
  });

  it('without an experts\' channel, the button names the contact and posts nothing elsewhere', async () => {
    const h = await startSlackHarness({ escalation: { contact: '#platform-help' } });
    try {
      const parent = ts();
      await sendEvent(h.endpoint, eventEnvelope({ type: 'app_mention', user: 'U0ALICE', text: `<@${STAND_IN_BOT.userId}> GoneException: 410 from postToConnection`, ts: parent, channel: 'C0ESC02' }));
      const [answer] = await h.api.waitFor((c) => c.method === 'chat.postMessage' && c.args.thread_ts === parent);
      expect(findElement(answer, ACTION_IDS.askExpert)).toBeDefined();
      await sendInteraction(h.endpoint, clickPayload(answer, ACTION_IDS.askExpert, { responseUrl: h.api.responseUrl(triggerId()) }));
      const [, told] = await h.api.waitFor((c) => c.method === 'chat.postMessage' && c.args.thread_ts === parent, 2);
      expect(JSON.stringify(told.args)).toContain('ask #platform-help');
      expect(h.api.callsOf('chat.postMessage').filter((c) => c.args.channel !== 'C0ESC02')).toHaveLength(0);
      expect(await h.app.runtime.store.listEscalations()).toEqual([]);
    } finally {
      await h.close();
    }
  });
});

describe('Ask an expert on Slack across a restart', () => {
  it('takes, relays and resolves on a new instance an escalation posted before the restart', async () => {
    const api = await startSlackWebApi();
    const stateDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-esc-restart-'));
    const config = { stateDir, slack: slackConfig(api), escalation: { slackChannel: EXPERTS } };
    let app = await startTestRuntime(config);
    try {
      const current = (): Instance => instance(app);
      await runEscalationFlow(api, 'C0ESC03', ts, {
        ask: current,
        take: current,
        expertReply: current,
        askerReply: current,
        resolve: current,
        afterPosted: async () => {
          await app.close();
          app = await startTestRuntime(config);
        },
      });
    } finally {
      await app.close();
      await api.close();
      fs.rmSync(stateDir, { recursive: true, force: true });
    }
  });
});

describeWithRedis('Ask an expert on Slack, two instances sharing Redis', () => {
  let redis: RedisServer;
  let api: SlackWebApiStandIn;
  let first: TestRuntime;
  let second: TestRuntime;
  const prefix = `kb-esc-test-${process.pid}:`;
  const config = (): Parameters<typeof startTestRuntime>[0] => ({ redisUrl: redis.url, slack: slackConfig(api), escalation: { slackChannel: EXPERTS } });

  beforeAll(async () => {
    redis = await startRedisServer();
    api = await startSlackWebApi();
    first = await startTestRuntime(config(), { redisKeyPrefix: prefix });
    second = await startTestRuntime(config(), { redisKeyPrefix: prefix });
  });
  afterAll(async () => {
    await first?.close();
    await second?.close();
    await api?.close();
    await redis?.stop();
  });

  it('asks on one instance; Take it, the relays and Resolved work on either', async () => {
    const one = (): Instance => instance(first);
    const two = (): Instance => instance(second);
    const record = await runEscalationFlow(api, 'C0ESC04', ts, { ask: one, take: two, expertReply: two, askerReply: one, resolve: two });
    expect((await first.runtime.store.getEscalation(record.id))?.state).toBe('resolved');
  });

  it('keeps the escalation after both instances restart', async () => {
    const one = (): Instance => instance(first);
    const record = await runEscalationFlow(api, 'C0ESC05', ts, {
      ask: one,
      take: one,
      expertReply: () => instance(second),
      askerReply: one,
      resolve: () => instance(second),
      afterPosted: async () => {
        await Promise.all([first.close(), second.close()]);
        first = await startTestRuntime(config(), { redisKeyPrefix: prefix });
        second = await startTestRuntime(config(), { redisKeyPrefix: prefix });
      },
    });
    expect(record.state).toBe('resolved');
  });
});
