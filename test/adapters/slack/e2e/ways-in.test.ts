/**
 * End to end through Bolt's real HTTP receiver: signed Events API and slash-command requests in,
 * Web API calls out to the local stand-in. Each test asserts what people would see.
 */
import { escapeMrkdwn, literalMrkdwn } from '../../../../adapters/slack/render/mrkdwn';
import { eventEnvelope, sendCommand, sendEvent, TEST_BOT_TOKEN, triggerId } from '../../../support/slack-requests';
import { STAND_IN_BOT } from '../../../support/slack-web-api';
import { blockTexts, shownText, startSlackHarness, visibleCalls, type SlackHarness, messageTimestamps } from '../../../support/slack-harness';
import { blockKitProblems } from '../../../support/slack-block-limits';
import type { AnswerReply } from '../../../../src/reply/model';

const GONE = 'postToConnection keeps failing:\nGoneException: 410\n    at Request.extractError (/var/task/node_modules/aws-sdk/lib/protocol/json.js:52:27)';

let h: SlackHarness;
let expected: AnswerReply;

beforeAll(async () => {
  h = await startSlackHarness();
  const result = h.app.runtime.engine.respond(GONE);
  if (result.reply.kind !== 'answer') throw new Error(`engine did not answer the fixture error (got ${result.reply.kind})`);
  expected = result.reply;
});
afterAll(() => h.close());

const ts = messageTimestamps('1700000');

describe('Slack ways in', () => {
  it('answers a channel @mention in the message\'s thread with the right article and its steps', async () => {
    const messageTs = ts();
    const response = await sendEvent(h.endpoint, eventEnvelope({ type: 'app_mention', user: 'U0ALICE', text: `<@${STAND_IN_BOT.userId}> ${GONE}`, ts: messageTs, channel: 'C0GENERAL' }));
    expect(response.status).toBe(200);
    const [call] = await h.api.waitFor((c) => c.method === 'chat.postMessage' && c.args.thread_ts === messageTs);
    expect(call.args.channel).toBe('C0GENERAL');
    expect(call.authorization).toBe(`Bearer ${TEST_BOT_TOKEN}`);
    const blocks = call.args.blocks as { type: string; text?: { text: string } }[];
    expect(blocks[0]).toEqual({ type: 'header', text: { type: 'plain_text', text: expected.article.displayTitle, emoji: true } });
    expect(expected.article.displayTitle).toContain('410 GoneException');
    const texts = blockTexts(blocks).join('\n');
    const steps = expected.blocks.flatMap((b) => (b.kind === 'steps' ? b.items.map((item, i) => ({ n: b.start + i, text: item.text })) : []));
    expect(steps.length).toBeGreaterThan(0);
    steps.forEach((step) => expect(texts).toContain(`${step.n}. ${literalMrkdwn(step.text)}`));
    if (expected.cause) expect(texts).toContain(literalMrkdwn(expected.cause));
    expect(blockKitProblems(call.args)).toEqual([]);
  });

  it('answers a DM in its thread', async () => {
    const messageTs = ts();
    await sendEvent(h.endpoint, eventEnvelope({ type: 'message', channel_type: 'im', user: 'U0BOB', text: GONE, ts: messageTs, channel: 'D0BOB' }));
    const [call] = await h.api.waitFor((c) => c.method === 'chat.postMessage' && c.args.channel === 'D0BOB');
    expect(call.args.thread_ts).toBe(messageTs);
    expect(shownText(call)).toContain(expected.article.displayTitle);
  });

  it('continues a thread it answered without a mention, and stays out of threads it did not', async () => {
    const parent = ts();
    await sendEvent(h.endpoint, eventEnvelope({ type: 'app_mention', user: 'U0ALICE', text: `<@${STAND_IN_BOT.userId}> ${GONE}`, ts: parent, channel: 'C0THREAD' }));
    await h.api.waitFor((c) => c.method === 'chat.postMessage' && c.args.thread_ts === parent);

    await sendEvent(h.endpoint, eventEnvelope({ type: 'message', channel_type: 'channel', user: 'U0ALICE', text: 'show me the whole article', ts: ts(), thread_ts: parent, channel: 'C0THREAD' }));
    const replies = await h.api.waitFor((c) => c.method === 'chat.postMessage' && c.args.thread_ts === parent, 2);
    expect(shownText(replies[1])).toContain(expected.article.displayTitle);

    const strangers = ts();
    const before = visibleCalls(h.api).length;
    await sendEvent(h.endpoint, eventEnvelope({ type: 'message', channel_type: 'channel', user: 'U0CAROL', text: 'GoneException 410 again?', ts: ts(), thread_ts: strangers, channel: 'C0THREAD' }));
    await h.api.settle(400);
    expect(visibleCalls(h.api).length).toBe(before);
  });

  it('ignores edits, deletions, joins, its own messages and other bots', async () => {
    const before = visibleCalls(h.api).length;
    const quiet = [
      { type: 'message', subtype: 'message_changed', channel: 'D0BOB', channel_type: 'im', ts: ts(), message: { text: GONE, user: 'U0BOB', ts: '1.1' } },
      { type: 'message', subtype: 'message_deleted', channel: 'D0BOB', channel_type: 'im', ts: ts(), deleted_ts: '1.1' },
      { type: 'message', subtype: 'channel_join', channel: 'C0GENERAL', channel_type: 'channel', user: 'U0NEW', text: '<@U0NEW> has joined the channel', ts: ts() },
      { type: 'message', channel: 'D0BOB', channel_type: 'im', user: STAND_IN_BOT.userId, bot_id: STAND_IN_BOT.botId, text: GONE, ts: ts() },
      { type: 'message', subtype: 'bot_message', channel: 'D0BOB', channel_type: 'im', bot_id: 'B0OTHER', text: GONE, ts: ts() },
    ];
    for (const event of quiet) expect((await sendEvent(h.endpoint, eventEnvelope(event))).status).toBe(200);
    await h.api.settle(400);
    expect(visibleCalls(h.api).length).toBe(before);
  });

  it('auto-answers an error in a configured channel but not small talk, and not errors elsewhere', async () => {
    const errorTs = ts();
    await sendEvent(h.endpoint, eventEnvelope({ type: 'message', channel_type: 'channel', user: 'U0DAN', text: GONE, ts: errorTs, channel: 'C0AUTO001' }));
    await h.api.waitFor((c) => c.method === 'chat.postMessage' && c.args.thread_ts === errorTs);
    const before = visibleCalls(h.api).length;
    await sendEvent(h.endpoint, eventEnvelope({ type: 'message', channel_type: 'channel', user: 'U0DAN', text: 'anyone for lunch?', ts: ts(), channel: 'C0AUTO001' }));
    await sendEvent(h.endpoint, eventEnvelope({ type: 'message', channel_type: 'channel', user: 'U0DAN', text: GONE, ts: ts(), channel: 'C0GENERAL' }));
    await h.api.settle(400);
    expect(visibleCalls(h.api).length).toBe(before);
  });

  it('answers /kb privately through response_url with a "Share in channel" button', async () => {
    const trigger = triggerId();
    const response = await sendCommand(h.endpoint, {
      command: '/kb',
      text: GONE,
      channel_id: 'C0GENERAL',
      user_id: 'U0ALICE',
      trigger_id: trigger,
      response_url: h.api.responseUrl(`cmd-${trigger}`),
    });
    expect(response.status).toBe(200);
    const [call] = await h.api.waitFor((c) => c.method === 'response_url' && shownText(c).includes(expected.article.displayTitle));
    expect(call.args.response_type).toBe('ephemeral');
    expect(shownText(call)).toContain('kb_share');
    expect(h.api.callsOf('chat.postMessage').filter((c) => c.args.channel === 'C0GENERAL' && c.args.thread_ts === undefined)).toHaveLength(0);
  });

  it('shows help for /kb help, privately', async () => {
    const trigger = triggerId();
    await sendCommand(h.endpoint, { command: '/kb', text: 'help', channel_id: 'C0GENERAL', user_id: 'U0ALICE', trigger_id: trigger, response_url: h.api.responseUrl(`help-${trigger}`) });
    const [call] = await h.api.waitFor((c) => c.method === 'response_url' && shownText(c).includes('Find a fix'));
    expect(call.args.response_type).toBe('ephemeral');
  });

  it('publishes the Home tab listing every article', async () => {
    await sendEvent(h.endpoint, eventEnvelope({ type: 'app_home_opened', user: 'U0ALICE', channel: 'D0ALICE', tab: 'home', ts: ts() }));
    const [call] = await h.api.waitFor((c) => c.method === 'views.publish');
    expect(call.args.user_id).toBe('U0ALICE');
    const view = call.args.view as { type: string; blocks: unknown[] };
    expect(view.type).toBe('home');
    const texts = blockTexts(view.blocks).join('\n');
    for (const article of h.app.runtime.engine.articles()) expect(texts).toContain(`*${escapeMrkdwn(article.displayTitle)}*`);
    expect(blockKitProblems(view, 100)).toEqual([]);
  });
});
