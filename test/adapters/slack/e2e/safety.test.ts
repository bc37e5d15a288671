/**
 * Safety over real HTTP: Bolt's signature and timestamp checks, redeliveries answered once,
 * pasted mentions never echoed live, credentials warned about privately and never quoted back.
 */
import { blockKitProblems } from '../../../support/slack-block-limits';
import { startSlackHarness, visibleCalls, type SlackHarness, messageTimestamps } from '../../../support/slack-harness';
import { eventEnvelope, sendEvent, sendSigned, sign, TEST_SIGNING_SECRET } from '../../../support/slack-requests';
import { STAND_IN_BOT } from '../../../support/slack-web-api';

const GONE = 'postToConnection keeps failing: GoneException: 410';

let h: SlackHarness;
beforeAll(async () => {
  h = await startSlackHarness();
});
afterAll(() => h.close());

const ts = messageTimestamps('1700200');

function mention(text: string, channel = 'C0SAFE01', messageTs = ts()): Record<string, unknown> {
  return { type: 'app_mention', user: 'U0ALICE', text: `<@${STAND_IN_BOT.userId}> ${text}`, ts: messageTs, channel };
}

describe('Slack request verification', () => {
  it('rejects a request with a bad signature with 401 and calls no Web API method', async () => {
    const before = visibleCalls(h.api).length;
    const response = await sendEvent(h.endpoint, eventEnvelope(mention(GONE)), { secret: 'not-the-signing-secret' });
    expect(response.status).toBe(401);
    await h.api.settle(300);
    expect(visibleCalls(h.api).length).toBe(before);
  });

  it('rejects a correctly signed request older than five minutes with 401 and calls nothing', async () => {
    const before = visibleCalls(h.api).length;
    const response = await sendEvent(h.endpoint, eventEnvelope(mention(GONE)), { timestamp: Math.floor(Date.now() / 1000) - 6 * 60 });
    expect(response.status).toBe(401);
    await h.api.settle(300);
    expect(visibleCalls(h.api).length).toBe(before);
  });

  it('rejects a body changed after signing', async () => {
    const timestamp = Math.floor(Date.now() / 1000);
    const body = JSON.stringify(eventEnvelope(mention(GONE)));
    const response = await sendSigned(h.endpoint, body.replace('GoneException', 'Gone'), 'application/json', { signature: sign(TEST_SIGNING_SECRET, timestamp, body), timestamp });
    expect(response.status).toBe(401);
  });

  it('answers Slack\'s URL verification challenge when signed', async () => {
    const response = await sendEvent(h.endpoint, { type: 'url_verification', token: 't', challenge: 'c-123' });
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toEqual({ challenge: 'c-123' });
  });
});

describe('Slack redeliveries', () => {
  it('answers an event redelivered with X-Slack-Retry-Num (same event_id) exactly once', async () => {
    const messageTs = ts();
    const envelope = eventEnvelope(mention(GONE, 'C0SAFE02', messageTs));
    expect((await sendEvent(h.endpoint, envelope)).status).toBe(200);
    expect((await sendEvent(h.endpoint, envelope, { retryNum: 1 })).status).toBe(200);
    expect((await sendEvent(h.endpoint, envelope, { retryNum: 2 })).status).toBe(200);
    await h.api.waitFor((c) => c.method === 'chat.postMessage' && c.args.thread_ts === messageTs);
    await h.api.settle(500);
    expect(h.api.callsOf('chat.postMessage').filter((c) => c.args.thread_ts === messageTs)).toHaveLength(1);
  });
});

describe('Slack quoting safety', () => {
  it('never turns pasted <!channel>, <!here>, <!everyone>, user or channel references into live mentions', async () => {
    const messageTs = ts();
    await sendEvent(h.endpoint, eventEnvelope(mention(`<!channel> <!here> <!everyone> <@U0EVE> <#C0OPS|ops> ${GONE}`, 'C0SAFE04', messageTs)));
    const [answer] = await h.api.waitFor((c) => c.method === 'chat.postMessage' && c.args.thread_ts === messageTs);
    const shown = JSON.stringify({ text: answer.args.text, blocks: answer.args.blocks });
    expect(shown).not.toMatch(/<!(channel|here|everyone)/);
    expect(shown).not.toMatch(/<@U0EVE|<#C0OPS/);
    expect(blockKitProblems(answer.args)).toEqual([]);
  });

  it('warns about a pasted credential privately (ephemeral, to the sender) and never quotes it back', async () => {
    const messageTs = ts();
    const secret = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
    await sendEvent(h.endpoint, eventEnvelope(mention(`${GONE}\naws_access_key_id=AKIAIOSFODNN7EXAMPLE aws_secret_access_key=${secret}`, 'C0SAFE05', messageTs)));
    const [notice] = await h.api.waitFor((c) => c.method === 'chat.postEphemeral' && c.args.channel === 'C0SAFE05');
    expect(notice.args.user).toBe('U0ALICE');
    expect(notice.args.thread_ts).toBe(messageTs);
    expect(String(notice.args.text)).toMatch(/rotate/i);
    const [answer] = await h.api.waitFor((c) => c.method === 'chat.postMessage' && c.args.thread_ts === messageTs);
    const everything = JSON.stringify(h.api.calls.filter((c) => c.args.channel === 'C0SAFE05').map((c) => c.args));
    expect(everything).not.toContain(secret);
    expect(everything).not.toContain('AKIAIOSFODNN7EXAMPLE');
    expect(JSON.stringify(answer.args)).not.toMatch(/rotate/i);
  });
});
