/**
 * Clicks on every kind of button and select, as signed block_actions requests through Bolt's
 * receiver, and the message shortcut. Each asserts where the result went and what it shows.
 */
import { ACTION_IDS } from '../../../../src/reply/actions';
import { escapeMrkdwn } from '../../../../adapters/slack/render/mrkdwn';
import { clickPayload, findElement } from '../../../support/slack-clicks';
import { blockKitProblems } from '../../../support/slack-block-limits';
import { blockTexts, startSlackHarness, type SlackHarness, messageTimestamps } from '../../../support/slack-harness';
import { eventEnvelope, sendCommand, sendEvent, sendInteraction, triggerId } from '../../../support/slack-requests';
import { STAND_IN_BOT, type RecordedCall } from '../../../support/slack-web-api';

const GONE = 'postToConnection keeps failing:\nGoneException: 410\n    at Request.extractError (/var/task/node_modules/aws-sdk/lib/protocol/json.js:52:27)';
// Phrasings that fit several articles about equally; the first the engine asks about is used.
const AMBIGUOUS = [
  'how do I let a role in another account call our HTTP API with IAM authorization? resource policies are not available for HTTP APIs',
  'cross-account access to my API returns 403',
  '403 Forbidden from API Gateway',
];

// Errors whose article has several causes; the first the engine answers with "other causes" is used.
const WITH_OTHER_CAUSES = [
  'Thu Mar 02 09:12:44 UTC 2023 : Execution failed due to configuration error: Malformed Lambda proxy response',
  'Execution failed due to configuration error: There was an internal error while executing your request',
  'curl: (35) error:14094410:SSL routines:ssl3_read_bytes:sslv3 alert handshake failure HTTP 403 Forbidden mutual TLS',
  '{"message":"Internal server error"}',
];

/** The phrasings above, then every two articles' questions run together: some fit two articles equally. */
function ambiguousTexts(): string[] {
  const questions = h.app.runtime.engine.articles().map((a) => a.question);
  return [...AMBIGUOUS, ...questions.flatMap((q, i) => questions.slice(i + 1).map((r) => `${q} ${r}`))];
}

let h: SlackHarness;
beforeAll(async () => {
  h = await startSlackHarness();
});
afterAll(() => h.close());

const ts = messageTimestamps('1700100');

const posted = (c: RecordedCall): boolean => c.method === 'chat.postMessage' && c.response?.ok === true;

/** Mentions the bot with `text` in a new thread of `channel`; resolves with the bot's answer. */
async function ask(channel: string, text: string): Promise<{ parent: string; answer: RecordedCall }> {
  const parent = ts();
  await sendEvent(h.endpoint, eventEnvelope({ type: 'app_mention', user: 'U0ALICE', text: `<@${STAND_IN_BOT.userId}> ${text}`, ts: parent, channel }));
  const [answer] = await h.api.waitFor((c) => posted(c) && c.args.thread_ts === parent);
  return { parent, answer };
}

async function click(call: RecordedCall, base: string, option?: number, extra: { index?: number; channel?: string } = {}): Promise<string> {
  const responseUrl = h.api.responseUrl(`click-${triggerId()}`);
  const response = await sendInteraction(h.endpoint, clickPayload(call, base, { option, responseUrl, ...extra }));
  expect(response.status).toBe(200);
  return responseUrl;
}

function header(call: RecordedCall): string {
  const blocks = call.args.blocks as { type: string; text?: { text: string } }[];
  return blocks.find((b) => b.type === 'header')?.text?.text ?? '';
}

describe('Slack buttons', () => {
  it('Full article posts the whole article in the thread', async () => {
    const { parent, answer } = await ask('C0BTN01', GONE);
    await click(answer, ACTION_IDS.fullArticle);
    const [, article] = await h.api.waitFor((c) => posted(c) && c.args.thread_ts === parent, 2);
    const full = h.app.runtime.engine.article(String(JSON.parse(String(findElement(answer, ACTION_IDS.fullArticle)?.element.value)).a))!;
    expect(header(article)).toBe(full.article.displayTitle);
    const texts = blockTexts(article.args.blocks).join('\n');
    for (const section of full.sections) expect(texts).toContain(`*${escapeMrkdwn(section.heading)}*`);
    expect(blockKitProblems(article.args)).toEqual([]);
  });

  it('Other causes posts the chosen section of the same article in the thread', async () => {
    const text = WITH_OTHER_CAUSES.find((t) => {
      const reply = h.app.runtime.engine.respond(t).reply;
      return reply.kind === 'answer' && reply.otherCauses.length > 0;
    });
    if (!text) throw new Error('none of the sample errors gets an answer with other causes any more; add one that does');
    const { parent, answer } = await ask('C0BTN02', text);
    const select = findElement(answer, ACTION_IDS.otherCauses);
    expect(select?.element.options?.length).toBeGreaterThan(0);
    const option = select!.element.options![0];
    await click(answer, ACTION_IDS.otherCauses, 0);
    const [, other] = await h.api.waitFor((c) => posted(c) && c.args.thread_ts === parent, 2);
    expect(header(other)).toBe(header(answer));
    const heading = (option.text as { text: string }).text;
    expect(blockTexts(other.args.blocks).join('\n')).toContain(`Section: *${escapeMrkdwn(heading)}*`);
  });

  it('Related posts the chosen related article in the thread', async () => {
    const { parent, answer } = await ask('C0BTN03', GONE);
    const select = findElement(answer, ACTION_IDS.related);
    expect(select?.element.options?.length).toBeGreaterThan(0);
    const title = (select!.element.options![0].text as { text: string }).text;
    await click(answer, ACTION_IDS.related, 0);
    const [, related] = await h.api.waitFor((c) => posted(c) && c.args.thread_ts === parent, 2);
    expect(header(related).startsWith(title.replace(/…$/, ''))).toBe(true);
  });

  it('a suggested follow-up posts the section it names in the thread', async () => {
    const { parent, answer } = await ask('C0BTN09', '{"message": "Internal server error"} from my Lambda integration, 500');
    const suggestion = findElement(answer, ACTION_IDS.suggestion);
    expect(suggestion).toBeDefined();
    const label = (suggestion!.element.text as { text: string }).text;
    expect(label).toMatch(/\?$/);
    await click(answer, ACTION_IDS.suggestion);
    const [, shown] = await h.api.waitFor((c) => posted(c) && c.args.thread_ts === parent, 2);
    const sectionLine = blockTexts(shown.args.blocks).find((t) => t.includes('Section: *'));
    expect(sectionLine).toBeDefined();
    const heading = /Section: \*([^*]+)\*/.exec(sectionLine!)![1];
    expect(label.toLowerCase()).toContain(heading.toLowerCase().slice(0, 10));
  });

  it('Not it records the feedback and posts the next match (or says there is none) in the thread', async () => {
    const { parent, answer } = await ask('C0BTN04', GONE);
    await click(answer, ACTION_IDS.notIt);
    const [, next] = await h.api.waitFor((c) => posted(c) && c.args.thread_ts === parent, 2);
    expect(JSON.stringify(next.args.blocks)).not.toEqual(JSON.stringify(answer.args.blocks));
    const feedback = await h.app.runtime.store.listFeedback();
    expect(feedback).toContainEqual(expect.objectContaining({ channel: 'slack', threadId: `slack:C0BTN04:${parent}`, helpful: false }));
  });

  it('Solved records the feedback and swaps the answer\'s buttons for a thank-you', async () => {
    const { parent, answer } = await ask('C0BTN05', GONE);
    await click(answer, ACTION_IDS.solved);
    const [update] = await h.api.waitFor((c) => c.method === 'chat.update' && c.args.ts === answer.response?.ts);
    expect(update.args.channel).toBe('C0BTN05');
    const blocks = update.args.blocks as { type: string }[];
    expect(blocks.some((b) => b.type === 'actions')).toBe(false);
    expect(blocks[0]).toEqual((answer.args.blocks as unknown[])[0]);
    expect(JSON.stringify(blocks[blocks.length - 1])).toContain(':white_check_mark:');
    const feedback = await h.app.runtime.store.listFeedback();
    expect(feedback).toContainEqual(expect.objectContaining({ threadId: `slack:C0BTN05:${parent}`, helpful: true }));
    expect(h.api.calls.filter((c) => posted(c) && c.args.thread_ts === parent)).toHaveLength(1);
  });

  it('a clarify question gets a button per candidate, and a choice replaces the question with that answer', async () => {
    const text = ambiguousTexts().find((t) => h.app.runtime.engine.respond(t).reply.kind === 'clarify');
    if (!text) throw new Error('the engine never asks a clarifying question for two articles\' questions run together; add a phrasing that makes it');
    const expected = h.app.runtime.engine.respond(text).reply;
    if (expected.kind !== 'clarify') throw new Error('unreachable');
    const { answer: question } = await ask('C0BTN06', text);
    const buttons = [0, 1, 2, 3, 4].map((i) => findElement(question, ACTION_IDS.chooseCandidate, i)).filter(Boolean);
    expect(buttons).toHaveLength(expected.candidates.length);
    await click(question, ACTION_IDS.chooseCandidate, undefined, { index: 1 });
    const [update] = await h.api.waitFor((c) => c.method === 'chat.update' && c.args.ts === question.response?.ts);
    expect(header(update)).toBe(expected.candidates[1].article.displayTitle);
  });

  it('a click on a private /kb answer is answered privately, and Share in channel posts it publicly', async () => {
    const trigger = triggerId();
    await sendCommand(h.endpoint, { command: '/kb', text: GONE, channel_id: 'C0BTN07', user_id: 'U0ALICE', trigger_id: trigger, response_url: h.api.responseUrl(`kb-${trigger}`) });
    const [privateAnswer] = await h.api.waitFor((c) => c.method === 'response_url' && JSON.stringify(c.args).includes('kb_share'));

    const fullUrl = await click(privateAnswer, ACTION_IDS.fullArticle, undefined, { channel: 'C0BTN07' });
    const [fullCall] = await h.api.waitFor((c) => c.method === 'response_url' && c.args !== privateAnswer.args && h.api.calls.indexOf(c) > h.api.calls.indexOf(privateAnswer));
    expect(fullCall.args.response_type).toBe('ephemeral');
    expect(fullUrl).toContain('/response/');

    await click(privateAnswer, 'kb_share', undefined, { channel: 'C0BTN07' });
    const [shared] = await h.api.waitFor((c) => posted(c) && c.args.channel === 'C0BTN07');
    expect(shared.args.thread_ts).toBeUndefined();
    expect(header(shared)).toBe(header({ ...privateAnswer, args: privateAnswer.args }));
    await h.api.waitFor((c) => c.method === 'response_url' && c.args.delete_original === true);

    // Replies under the shared answer are follow-ups of the /kb exchange.
    await sendEvent(h.endpoint, eventEnvelope({ type: 'message', channel_type: 'channel', user: 'U0BOB', text: 'show me the whole article', ts: ts(), thread_ts: String(shared.response?.ts), channel: 'C0BTN07' }));
    const [followUp] = await h.api.waitFor((c) => posted(c) && c.args.thread_ts === shared.response?.ts);
    expect(header(followUp)).toBe(header(shared));
  });

  it('the "Find a fix" message shortcut answers in that message\'s thread', async () => {
    const messageTs = ts();
    const response = await sendInteraction(h.endpoint, {
      type: 'message_action',
      token: 'legacy-verification-token',
      action_ts: `${Math.floor(Date.now() / 1000)}.000001`,
      team: { id: STAND_IN_BOT.teamId, domain: 'test' },
      user: { id: 'U0CAROL', username: 'carol', team_id: STAND_IN_BOT.teamId, name: 'carol' },
      channel: { id: 'C0BTN08', name: 'ops' },
      is_enterprise_install: false,
      enterprise: null,
      callback_id: 'find_fix',
      trigger_id: triggerId(),
      response_url: h.api.responseUrl(`shortcut-${messageTs}`),
      message_ts: messageTs,
      message: { client_msg_id: 'c1', type: 'message', text: GONE, user: 'U0DAN', ts: messageTs, team: STAND_IN_BOT.teamId },
    });
    expect(response.status).toBe(200);
    const [answer] = await h.api.waitFor((c) => posted(c) && c.args.channel === 'C0BTN08');
    expect(answer.args.thread_ts).toBe(messageTs);
    expect(header(answer)).toContain('410 GoneException');
  });
});
