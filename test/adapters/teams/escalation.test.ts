/**
 * Ask an expert on Teams over real HTTP: Activity JSON into the CloudAdapter, proactive messages
 * out to the Bot Connector stand-in. The escalation is posted as a new thread in the experts'
 * channel, taken, relayed both ways, and resolved in both conversations; on one instance, across
 * a restart, and on two instances sharing a real redis-server.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AppConfig } from '../../../src/config/types';
import type { Store } from '../../../src/store/types';
import { cardSubmit, personalMessage, postActivity, replyInChain, type ActivityJson } from '../../support/bot-connector-activities';
import { startBotConnectorStandIn, type BotConnectorStandIn, type ConnectorCall } from '../../support/bot-connector-stand-in';
import { describeWithRedis, startRedisServer, type RedisServer } from '../../support/redis-server';
import { startTestRuntime, type TestRuntime } from '../../support/runtime';
import { actionTitles, cardOf, submitValueOf, textsOf, unescape } from './card-reading';

const EXPERTS = '19:experts0000@thread.tacv2';
const EXPERT = { id: '29:1expert-dana', name: 'Dana Expert', aadObjectId: '22222222-3333-4444-5555-666666666666' };
const GONE = 'postToConnection keeps failing:\nGoneException: 410';

interface Instance {
  url: string;
  store: Store;
}
interface Steps {
  ask: () => Instance;
  take: () => Instance;
  expertReply: () => Instance;
  askerReply: () => Instance;
  resolve: () => Instance;
  afterPosted?: () => Promise<void>;
}

const cardTexts = (call: ConnectorCall): string => textsOf(cardOf(call).body).map(unescape).join('\n');

async function send(connector: BotConnectorStandIn, to: Instance, activity: ActivityJson): Promise<ConnectorCall[]> {
  const before = connector.calls.length;
  const response = await postActivity(to.url, activity);
  expect(response.status).toBe(200);
  return connector.calls.slice(before);
}

async function runFlow(connector: BotConnectorStandIn, steps: Steps): Promise<void> {
  const asker = personalMessage(connector.url, GONE);
  const [answerCall] = await send(connector, steps.ask(), asker);
  const answer = cardOf(answerCall);
  expect(actionTitles(answer)).toContain('Ask an expert');

  // Ask an expert: a new thread in the experts' channel with the question and what was shown; the asker is told.
  const asked = await send(connector, steps.ask(), cardSubmit(connector.url, asker.conversation, answerCall.answeredId!, submitValueOf(answer, 'Ask an expert')));
  const posted = asked.find((c) => c.created)!;
  expect(posted.conversationId).toBe(`${EXPERTS};messageid=${posted.answeredId}`);
  expect(cardTexts(posted)).toContain('GoneException');
  expect(cardTexts(posted)).toContain('The assistant showed');
  expect(asked.some((c) => c.conversationId === asker.conversation.id && JSON.stringify(c.body).includes('asked the experts'))).toBe(true);
  await steps.afterPosted?.();

  // Take it, by the expert in the channel: the card shows who, the asker is told.
  const expertConversation = { id: posted.conversationId, conversationType: 'channel', isGroup: true };
  const take = { ...cardSubmit(connector.url, expertConversation, posted.answeredId!, submitValueOf(cardOf(posted), 'Take it')), from: EXPERT };
  const taken = await send(connector, steps.take(), take);
  const update = taken.find((c) => c.method === 'PUT')!;
  expect(update.activityId).toBe(posted.answeredId);
  expect(cardTexts(update)).toContain('Taken by Dana Expert');
  expect(taken.find((c) => c.conversationId === asker.conversation.id)?.body.text).toBe('Dana Expert is looking at this. Their replies will appear here, and what you write here goes to them.');

  // The expert replies in the escalation's thread (mentioning the bot): relayed to the asker as plain text.
  const root = { conversation: expertConversation, channelData: { channel: { id: EXPERTS } } } as unknown as ActivityJson;
  const reply = { ...replyInChain(connector.url, root, 'Check the connection with getConnection first'), from: EXPERT };
  const relayed = await send(connector, steps.expertReply(), reply);
  expect(relayed).toHaveLength(1);
  expect(relayed[0]).toMatchObject({ conversationId: asker.conversation.id, body: { text: 'Dana Expert (expert): Check the connection with getConnection first', textFormat: 'plain' } });

  // The asker answers in their chat: relayed to the experts' thread, not answered by the bot.
  const back = await send(connector, steps.askerReply(), personalMessage(connector.url, 'still 410 after redeploying', asker.conversation.id));
  expect(back).toHaveLength(1);
  expect(back[0]).toMatchObject({ conversationId: posted.conversationId, body: { text: 'Alex Doe (asker): still 410 after redeploying' } });

  // Resolved: the card loses its buttons and both conversations are told.
  const resolveValue = submitValueOf(cardOf(update), 'Resolved');
  const resolved = await send(connector, steps.resolve(), { ...cardSubmit(connector.url, expertConversation, posted.answeredId!, resolveValue), from: EXPERT });
  const closedCard = resolved.find((c) => c.method === 'PUT')!;
  expect(cardTexts(closedCard)).toContain('Resolved.');
  expect(cardOf(closedCard).actions ?? []).toEqual([]);
  expect(resolved.filter((c) => c.method === 'POST').map((c) => c.conversationId).sort()).toEqual([asker.conversation.id, posted.conversationId].sort());

  // Closed: the asker's next message is answered by the bot again, not relayed.
  const after = await send(connector, steps.askerReply(), personalMessage(connector.url, 'show me the full article', asker.conversation.id));
  expect(after.every((c) => c.conversationId === asker.conversation.id)).toBe(true);
  const stored = await steps.resolve().store.findEscalationByThread(`teams:${asker.conversation.id}`);
  expect(stored).toMatchObject({ state: 'resolved', takenBy: EXPERT.aadObjectId, channel: 'teams', expertThread: `teams:${posted.conversationId}` });
}

const teamsConfig = (extra: Partial<AppConfig> = {}): Partial<AppConfig> => ({ teams: { appType: 'MultiTenant' }, escalation: { teamsChannel: EXPERTS }, ...extra });
const instance = (app: TestRuntime): Instance => ({ url: app.url, store: app.runtime.store });

describe('Ask an expert on Teams', () => {
  let connector: BotConnectorStandIn;
  beforeAll(async () => {
    connector = await startBotConnectorStandIn();
  });
  afterAll(() => connector.close());

  it('posts to the experts\' channel, relays both ways after Take it, and Resolved closes both', async () => {
    const app = await startTestRuntime(teamsConfig());
    try {
      const one = (): Instance => instance(app);
      await runFlow(connector, { ask: one, take: one, expertReply: one, askerReply: one, resolve: one });
    } finally {
      await app.close();
    }
  });

  it('carries on after a restart', async () => {
    const stateDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-teams-esc-'));
    let app = await startTestRuntime(teamsConfig({ stateDir }));
    try {
      const current = (): Instance => instance(app);
      await runFlow(connector, {
        ask: current,
        take: current,
        expertReply: current,
        askerReply: current,
        resolve: current,
        afterPosted: async () => {
          await app.close();
          app = await startTestRuntime(teamsConfig({ stateDir }));
        },
      });
    } finally {
      await app.close();
      fs.rmSync(stateDir, { recursive: true, force: true });
    }
  });
});

describeWithRedis('Ask an expert on Teams, two instances sharing Redis', () => {
  it('asks on one instance; Take it, the relays and Resolved work on the other', async () => {
    const redis: RedisServer = await startRedisServer();
    const connector = await startBotConnectorStandIn();
    const prefix = `kb-teams-esc-${process.pid}:`;
    const first = await startTestRuntime(teamsConfig({ redisUrl: redis.url }), { redisKeyPrefix: prefix });
    const second = await startTestRuntime(teamsConfig({ redisUrl: redis.url }), { redisKeyPrefix: prefix });
    try {
      const one = (): Instance => instance(first);
      const two = (): Instance => instance(second);
      await runFlow(connector, { ask: one, take: two, expertReply: two, askerReply: one, resolve: two });
    } finally {
      await first.close();
      await second.close();
      await connector.close();
      await redis.stop();
    }
  });
});

