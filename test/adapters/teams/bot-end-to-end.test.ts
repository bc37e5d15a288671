import os from 'node:os';
import path from 'node:path';
import { createLogger } from '../../../src/observability/logger';
import { ACTION_IDS, decodeActionValue } from '../../../src/reply/actions';
import { FAILURE_TEXT } from '../../../adapters/teams/turn-error';
import {
  BOT,
  cardSubmit,
  channelMention,
  membersAdded,
  composeQuery,
  personalMessage,
  postActivity,
  replyInChain,
  USER,
  type ActivityJson,
} from '../../support/bot-connector-activities';
import { WELCOME_TEXT } from '../../../adapters/teams/welcome';
import { startBotConnectorStandIn, type BotConnectorStandIn, type ConnectorCall } from '../../support/bot-connector-stand-in';
import { startTestRuntime, type TestRuntime } from '../../support/runtime';
import { actionTitles, cardOf, textsOf, titleOf, unescape, submitValueOf, type CardJson } from './card-reading';
import { cardProblems } from './validate-card';

const GONE = 'postToConnection keeps failing:\nGoneException: 410\n    at Request.extractError (/var/task/node_modules/aws-sdk/lib/protocol/json.js:52:27)';
const GONE_TITLE = 'Troubleshoot 410 GoneException errors with API Gateway WebSocket APIs';
const PEM = 'curl: (58) could not load PEM client certificate, OpenSSL error error:02001002:system library:fopen:No such file or directory';

describe('Teams bot over HTTP, with a Bot Connector stand-in', () => {
  let connector: BotConnectorStandIn;
  let app: TestRuntime;
  const logLines: string[] = [];

  beforeAll(async () => {
    connector = await startBotConnectorStandIn();
    app = await startTestRuntime({ teams: { appType: 'MultiTenant' } }, { logger: createLogger('info', (line) => logLines.push(line)) });
  });
  afterAll(async () => {
    await app?.close();
    await connector?.close();
  });
  beforeEach(() => {
    connector.reset();
    logLines.length = 0;
  });

  async function send(activity: ActivityJson): Promise<ConnectorCall[]> {
    const before = connector.calls.length;
    const response = await postActivity(app.url, activity);
    expect(response.status).toBe(200);
    // CloudAdapter answers the HTTP request after the turn, so every reply is recorded by now.
    return connector.calls.slice(before);
  }

  /** Posts a message and returns the one card reply, checking it is a reply to that message. */
  async function askForCard(activity: ActivityJson): Promise<{ call: ConnectorCall; card: CardJson }> {
    const calls = await send(activity);
    expect(calls).toHaveLength(1);
    const [call] = calls;
    expect(call).toMatchObject({ method: 'POST', conversationId: activity.conversation.id, activityId: activity.id, status: 200 });
    expect(call.body.replyToId).toBe(activity.id);
    const card = cardOf(call);
    expect(cardProblems(card)).toEqual([]);
    return { call, card };
  }

  it('answers a 1:1 message with the right article as a card in reply to it', async () => {
    const { card } = await askForCard(personalMessage(connector.url, GONE));
    expect(titleOf(card)).toBe(GONE_TITLE);
    const texts = textsOf(card.body).map(unescape);
    expect(texts).toContain('Fix');
    expect(texts.filter((t) => /^\d+\. /.test(t)).length).toBeGreaterThan(0);
    expect(texts.some((t) => t.startsWith(`Source: ${GONE_TITLE}`) && / · Updated \d{4}-\d{2}-\d{2}$/.test(t))).toBe(true);
    expect(actionTitles(card)).toEqual(expect.arrayContaining(['Solved it', 'Not it', 'Full article']));
  });

  it('without credentials, refuses an activity whose replies would go anywhere but this machine', async () => {
    const foreign = personalMessage('https://smba.trafficmanager.net/amer/', GONE);
    const response = await postActivity(app.url, foreign);
    expect(response.status).toBe(403);
    expect(response.body).toMatch(/Emulator/);
    expect(connector.calls).toEqual([]);
  });

  it('greets once when it is installed, and not when other people join', async () => {
    const installed = await send(membersAdded(connector.url, [BOT, USER]));
    expect(installed).toHaveLength(1);
    expect(installed[0].body.text).toBe(WELCOME_TEXT);
    expect(await send(membersAdded(connector.url, [{ id: '29:1someone-else', name: 'Sam' }]))).toEqual([]);
  });

  it('ignores a channel post that does not mention it', async () => {
    expect(await send(channelMention(connector.url, GONE, { mention: false }))).toEqual([]);
  });

  it('answers a channel @mention in its reply chain, matching on the text without the mention', async () => {
    const post = channelMention(connector.url, GONE);
    const { call, card } = await askForCard(post);
    expect(call.conversationId).toContain(';messageid=');
    expect(titleOf(card)).toBe(GONE_TITLE);
    const matched = textsOf(card.body).map(unescape);
    expect(matched.join('\n')).not.toMatch(/<at>|kb-assistant/);
  });

  it('treats a later message in the reply chain as a follow-up of the same thread', async () => {
    const post = channelMention(connector.url, GONE);
    await askForCard(post);
    const followUp = replyInChain(connector.url, post, 'show me the full article');
    const { call, card } = await askForCard(followUp);
    expect(call.conversationId).toBe(post.conversation.id);
    expect(titleOf(card)).toBe(GONE_TITLE);
    // The full article: the question as subtitle, section headings in source order.
    expect(unescape(textsOf(card.body)[1])).toMatch(/\?/);
  });

  it('drops a redelivered activity (same id) without replying twice', async () => {
    const message = personalMessage(connector.url, GONE);
    expect(await send(message)).toHaveLength(1);
    expect(await send(message)).toEqual([]);
  });

  it('sends the credential warning as its own plain-text message and never echoes the key', async () => {
    const key = 'AKIAIOSFODNN7EXAMPLE';
    const calls = await send(personalMessage(connector.url, `${GONE}\naws_access_key_id=${key}`));
    expect(calls).toHaveLength(2);
    expect(calls[0].body).toMatchObject({ type: 'message', textFormat: 'plain' });
    expect(String(calls[0].body.text)).toMatch(/rotate it/);
    expect(titleOf(cardOf(calls[1]))).toBe(GONE_TITLE);
    expect(JSON.stringify(calls)).not.toContain(key);
  });

  describe('card buttons', () => {
    async function answered(): Promise<{ message: ActivityJson; call: ConnectorCall; card: CardJson }> {
      const message = personalMessage(connector.url, GONE);
      const { call, card } = await askForCard(message);
      return { message, call, card };
    }

    async function click(message: ActivityJson, call: ConnectorCall, value: Record<string, string>): Promise<ConnectorCall[]> {
      return send(cardSubmit(connector.url, message.conversation, call.answeredId!, value));
    }

    it('Solved it records the feedback and updates the card in place: same answer, thank-you instead of buttons', async () => {
      const { message, call, card } = await answered();
      const value = submitValueOf(card, 'Solved it');
      const calls = await click(message, call, value);
      expect(calls).toHaveLength(1);
      expect(calls[0]).toMatchObject({ method: 'PUT', conversationId: message.conversation.id, activityId: call.answeredId });
      const updated = cardOf(calls[0]);
      expect(cardProblems(updated)).toEqual([]);
      expect(updated.actions).toBeUndefined();
      expect(titleOf(updated)).toBe(GONE_TITLE);
      expect(textsOf(updated.body).some((t) => t.startsWith('✅'))).toBe(true);
      const target = decodeActionValue(value.kbValue);
      const feedback = await app.runtime.store.listFeedback();
      expect(feedback).toContainEqual(expect.objectContaining({ channel: 'teams', helpful: true, articleId: target.articleId, sectionId: target.sectionId }));
    });

    it('Not it records the feedback and posts the next match as a reply', async () => {
      const { message, call, card } = await answered();
      const first = textsOf(card.body).slice(0, 2).join('|');
      const calls = await click(message, call, submitValueOf(card, 'Not it'));
      expect(calls).toHaveLength(1);
      expect(calls[0].method).toBe('POST');
      expect(calls[0].body.replyToId).toBe(calls[0].activityId);
      const next = cardOf(calls[0]);
      expect(cardProblems(next)).toEqual([]);
      expect(textsOf(next.body).slice(0, 2).join('|')).not.toBe(first);
      const feedback = await app.runtime.store.listFeedback();
      expect(feedback).toContainEqual(expect.objectContaining({ channel: 'teams', helpful: false }));
    });

    it('Full article posts the whole article as a reply', async () => {
      const { message, call, card } = await answered();
      const calls = await click(message, call, submitValueOf(card, 'Full article'));
      expect(calls).toHaveLength(1);
      const article = cardOf(calls[0]);
      expect(cardProblems(article)).toEqual([]);
      expect(titleOf(article)).toBe(GONE_TITLE);
      expect(calls[0].activityId).toEqual(expect.any(String));
      expect(calls[0].body.replyToId).toBe(calls[0].activityId);
    });

    it.each(['Other causes', 'Related articles'])('%s opens a picker whose choice posts that answer', async (button) => {
      // An article with both other causes and related articles.
      const message = personalMessage(connector.url, PEM);
      const { call, card } = await askForCard(message);
      expect(actionTitles(card)).toContain(button);
      const value = submitValueOf(card, button);
      const chosen = decodeActionValue(Object.entries(value).find(([key]) => key.startsWith('kbChoice_'))![1]);
      const calls = await click(message, call, value);
      expect(calls).toHaveLength(1);
      expect(calls[0].body.replyToId).toBe(calls[0].activityId);
      const answer = cardOf(calls[0]);
      expect(cardProblems(answer)).toEqual([]);
      const article = app.runtime.engine.article(chosen.articleId!)!;
      expect(titleOf(answer)).toBe(article.article.displayTitle);
      if (chosen.sectionId) expect(unescape(textsOf(answer.body)[1])).toBe(article.sections.find((s) => s.id === chosen.sectionId)!.heading);
    });
  });

  describe('message extension', () => {
    it('answers a composeExtension/query in the HTTP response with insertable article cards', async () => {
      const response = await postActivity(app.url, composeQuery(connector.url, 'GoneException 410 postToConnection'));
      expect(response.status).toBe(200);
      const body = JSON.parse(response.body) as {
        composeExtension: { type: string; attachmentLayout: string; attachments: { contentType: string; content: CardJson; preview: { contentType: string; content: { title: string } } }[] };
      };
      expect(body.composeExtension).toMatchObject({ type: 'result', attachmentLayout: 'list' });
      const [first] = body.composeExtension.attachments;
      expect(first.contentType).toBe('application/vnd.microsoft.card.adaptive');
      expect(titleOf(first.content)).toBe(GONE_TITLE);
      expect(cardProblems(first.content)).toEqual([]);
      expect(first.preview).toMatchObject({ contentType: 'application/vnd.microsoft.card.thumbnail', content: { title: GONE_TITLE } });
      expect(connector.calls).toEqual([]);
    });

    it('lists articles on the first open (no query text yet)', async () => {
      const response = await postActivity(app.url, composeQuery(connector.url, '', { count: 5 }));
      const body = JSON.parse(response.body) as { composeExtension: { attachments: unknown[] } };
      expect(body.composeExtension.attachments).toHaveLength(5);
    });
  });

  describe('when the Bot Connector fails', () => {
    it('retries with backoff, then tells the user something went wrong, logs without the message text, and keeps serving', async () => {
      connector.failWhen((call) => Array.isArray(call.body.attachments));
      const message = personalMessage(connector.url, GONE);
      const response = await postActivity(app.url, message);
      expect(response.status).toBe(200);
      const cardAttempts = connector.calls.filter((c) => Array.isArray(c.body.attachments));
      expect(cardAttempts.length).toBeGreaterThan(1);
      expect(cardAttempts.every((c) => c.status === 500)).toBe(true);
      const notice = connector.calls.find((c) => c.body.text === FAILURE_TEXT);
      expect(notice).toMatchObject({ status: 200, activityId: message.id });
      const failure = logLines.map((l) => JSON.parse(l) as Record<string, unknown>).find((l) => l.msg === 'teams turn failed');
      expect(failure).toMatchObject({ level: 'error', activityType: 'message', failure: { statusCode: 500 } });
      expect(logLines.join('\n')).not.toContain('postToConnection');

      connector.reset();
      const { card } = await askForCard(personalMessage(connector.url, GONE));
      expect(titleOf(card)).toBe(GONE_TITLE);
    }, 60_000);

    it('survives a Bot Connector that fails every call: both failures logged, the server keeps answering', async () => {
      // 503 with Retry-After: 0, as an overloaded service answers: the client still retries each
      // call before giving up, without the exponential waits of 500s (the test above covers those),
      // which would keep this test waiting twice over, once for the reply and once for the notice.
      connector.failWhen(() => true, 503, { 'retry-after': '0' });
      const message = personalMessage(connector.url, GONE);
      const response = await postActivity(app.url, message);
      expect(response.status).toBe(200);
      expect(connector.calls.length).toBeGreaterThan(2);
      const records = logLines.map((l) => JSON.parse(l) as Record<string, unknown>);
      expect(records.map((r) => r.msg)).toEqual(expect.arrayContaining(['teams turn failed', 'teams could not report a failed turn']));
      expect(logLines.join('\n')).not.toContain('GoneException');
      expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
    }, 60_000);
  });
});

describe('Teams bot over HTTP, with a team\'s own knowledge base', () => {
  // Two near-identical articles (the engine must ask which one) and one article too long for one card.
  const knowledgeDir = path.join(__dirname, 'fixtures', 'knowledge');
  let connector: BotConnectorStandIn;
  let app: TestRuntime;

  beforeAll(async () => {
    connector = await startBotConnectorStandIn();
    app = await startTestRuntime({ teams: { appType: 'MultiTenant' }, knowledgeDir, indexPath: path.join(os.tmpdir(), 'kb-teams-no-index.json') });
  });
  afterAll(async () => {
    await app?.close();
    await connector?.close();
  });

  async function send(activity: ActivityJson): Promise<ConnectorCall[]> {
    const before = connector.calls.length;
    expect((await postActivity(app.url, activity)).status).toBe(200);
    return connector.calls.slice(before);
  }

  it('asks which article with one button per candidate; a click posts that answer and closes the question', async () => {
    const message = personalMessage(connector.url, 'my api gateway requests are throttled, how do I stop it?');
    const [call] = await send(message);
    const card = cardOf(call);
    expect(cardProblems(card)).toEqual([]);
    expect(call.body.replyToId).toBe(message.id);
    const choose = (card.actions ?? []).filter((a) => a.data?.kbAction === ACTION_IDS.chooseCandidate);
    expect(choose.map((a) => a.title).sort()).toEqual(['HTTP', 'REST']);

    const rest = choose.find((a) => a.title === 'REST')!;
    const clicked = await send(cardSubmit(connector.url, message.conversation, call.answeredId!, rest.data!));
    expect(clicked.map((c) => c.method)).toEqual(['PUT', 'POST']);
    expect(clicked[0].activityId).toBe(call.answeredId);
    expect(cardOf(clicked[0]).actions).toBeUndefined();
    const answer = cardOf(clicked[1]);
    expect(cardProblems(answer)).toEqual([]);
    expect(titleOf(answer)).toBe('Stop throttling errors on API Gateway REST APIs');
    expect(textsOf(answer.body).map(unescape)).toEqual(
      expect.arrayContaining(['1. Open the API Gateway console and choose the REST API.', '2. Raise the throttling rate and burst limits for the stage.']),
    );
    expect(actionTitles(answer)).toEqual(expect.arrayContaining(['Solved it', 'Not it', 'Full article']));
  });

  it('splits a long article into cards under the size limit, chained by Show more', async () => {
    const message = personalMessage(connector.url, 'integration timeout backend variant misbehaves');
    const [first] = await send(message);
    // The "Full article" button of an answer from that article.
    let value: Record<string, string> = { kbAction: ACTION_IDS.fullArticle, kbValue: JSON.stringify({ a: 'long-integration-timeout-guide' }) };
    let card: CardJson;
    const headings: string[] = [];
    for (let page = 1; page < 10; page++) {
      const [call] = await send(cardSubmit(connector.url, message.conversation, first.answeredId!, value));
      card = cardOf(call);
      expect(cardProblems(card)).toEqual([]);
      expect(Buffer.byteLength(JSON.stringify(call.body))).toBeLessThan(28 * 1024);
      expect(titleOf(card)).toBe('The long guide to integration timeouts');
      headings.push(...textsOf(card.body).map(unescape).filter((t) => /^Cause \d+:/.test(t)));
      if (!actionTitles(card).includes('Show more')) break;
      expect(unescape(textsOf(card.body)[1])).toMatch(new RegExp(`\\(part ${page} of \\d+\\)$`));
      value = submitValueOf(card, 'Show more');
    }
    // Every section once, in order, across the pages.
    expect(headings).toEqual(Array.from({ length: 30 }, (_, i) => `Cause ${i + 1}: backend variant ${i + 1}`));
  });
});
