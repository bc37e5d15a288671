/**
 * The conversations from issue 14's "Why", on the shipped knowledge base, through the service
 * with a real engine and store: each ends where the person needs it to.
 */
import { ACTION_IDS } from '../../src/reply/actions';
import type { Reply } from '../../src/reply/model';
import { shippedEngine } from '../engine/engine-fixture';
import { shownOf, startConversation, type Conversation } from './thread-support';

const GONE = 'An error occurred (GoneException) when calling the PostToConnection operation: 410';
const GONE_ID = 'troubleshoot-410-goneexception-errors-with-api-gateway-websocket-apis';
const LAMBDA_500 = '{"message": "Internal server error"} from my Lambda integration, 500';
const LAMBDA_500_ID = 'troubleshoot-internal-server-error-status-code-500-for-api-gateway-endpoints-with-lambda-integration';

let conversation: Conversation;
beforeEach(() => {
  conversation = startConversation(shippedEngine().engine);
});
afterEach(() => conversation.close());

const ids = (reply: Reply): string[] => reply.actions.map((a) => a.id);

describe('typed feedback and small talk', () => {
  it('"thanks, that fixed it!" records Solved for the section shown, and is not an unanswered question', async () => {
    const thread = conversation.thread();
    const answer = await thread.say(GONE);
    expect(answer.kind).toBe('answer');
    const thanks = await thread.say('thanks, that fixed it!');
    expect(thanks.kind).toBe('ack');
    expect(thanks.text).not.toMatch(/API Gateway/);
    const feedback = await conversation.store.listFeedback();
    expect(feedback).toEqual([expect.objectContaining({ threadId: thread.id, articleId: GONE_ID, sectionId: shownOf(answer).split('#')[1], helpful: true, via: 'typed' })]);
    expect(await conversation.store.listUnanswered()).toEqual([]);
  });

  it('"hi, can you help me?" gets a short friendly reply and is not logged as unanswered', async () => {
    const thread = conversation.thread();
    const reply = await thread.say('hi, can you help me?');
    expect(reply.kind).toBe('ack');
    expect(reply.text).toMatch(/^Happy to help\. Paste the error/);
    expect(await thread.say('thanks!')).toMatchObject({ kind: 'ack' });
    expect(await conversation.store.listUnanswered()).toEqual([]);
    expect(await conversation.store.listAnswers()).toEqual([]);
  });

  it('a pasted error after "thanks" is still an error', async () => {
    const thread = conversation.thread();
    await thread.say(GONE);
    const next = await thread.say(`thanks! but now I get: ${LAMBDA_500}`);
    expect(next.kind).toBe('answer');
    if (next.kind === 'answer') expect(next.article.id).toBe(LAMBDA_500_ID);
    expect(await conversation.store.listFeedback()).toEqual([]);
  });

  it('typed "not it" and "that didn\'t work" record Not it for each answer shown, never repeat one, and end offering an expert', async () => {
    const thread = conversation.thread();
    const first = await thread.say('Execution failed due to configuration error: Invalid permissions on Lambda function');
    expect(first.kind).toBe('answer');
    const firstCandidates = (await conversation.store.getThread(thread.id))!.candidates.map((c) => c.articleId);
    const shown = [shownOf(first)];
    const phrasings = ["that didn't work", 'not it', 'wrong', 'nope', "that's not it", 'still failing', 'not it', 'no luck', 'not it', 'not it'];
    let last: Reply = first;
    for (const text of phrasings) {
      last = await thread.say(text);
      if (last.kind !== 'answer') break;
      expect(shown).not.toContain(shownOf(last));
      expect(shown.map((s) => s.split('#')[0])).not.toContain(last.article.id);
      expect(firstCandidates).toContain(last.article.id);
      shown.push(shownOf(last));
    }
    expect(last.kind).toBe('none');
    expect(ids(last)).toContain(ACTION_IDS.askExpert);
    const feedback = await conversation.store.listFeedback();
    expect(feedback.map((f) => `${f.articleId}#${f.sectionId}`)).toEqual(shown);
    expect(feedback.every((f) => !f.helpful && f.via === 'typed')).toBe(true);
  });
});

describe('follow-ups answered from the thread', () => {
  it('after the 410 answer, "how do I check the connection first?" shows the section that says to call getConnection', async () => {
    const thread = conversation.thread();
    await thread.say(GONE);
    const reply = await thread.say('how do I check the connection first?');
    expect(reply.kind).toBe('answer');
    if (reply.kind !== 'answer') return;
    expect(reply.article.id).toBe(GONE_ID);
    expect(reply.notices[0].message).toMatch(/^From the same article: ".*getConnection.*"$/);
    expect(JSON.stringify(reply.blocks) + (reply.cause ?? '')).toMatch(/getConnection/);
  });

  it('after the 410 answer, "what about HTTP APIs?" says the article is WebSocket-only and that nothing covers it for HTTP APIs', async () => {
    const thread = conversation.thread();
    await thread.say(GONE);
    const reply = await thread.say('what about HTTP APIs?');
    expect(reply.kind).toBe('none');
    if (reply.kind !== 'none') return;
    expect(reply.message).toMatch(/covers WebSocket only, so it does not apply to HTTP./);
    expect(ids(reply)).toContain(ACTION_IDS.askExpert);
  });

  it('after the REST-only Lambda 500 answer, "what about HTTP APIs?" says so and answers from an article that covers HTTP APIs', async () => {
    const thread = conversation.thread();
    const first = await thread.say(LAMBDA_500);
    expect(shownOf(first).split('#')[0]).toBe(LAMBDA_500_ID);
    const reply = await thread.say('what about HTTP APIs?');
    expect(reply.kind).toBe('answer');
    if (reply.kind !== 'answer') return;
    expect(reply.article.id).not.toBe(LAMBDA_500_ID);
    expect(reply.article.variants).toContain('HTTP');
    expect(reply.notices[0].message).toMatch(/covers REST only, so it does not apply to HTTP\. For HTTP, this article fits\./);
  });
});

describe('Ask an expert and suggestions on replies', () => {
  it('puts Ask an expert on every answer and every none reply', async () => {
    const thread = conversation.thread();
    expect(ids(await thread.say(GONE))).toContain(ACTION_IDS.askExpert);
    expect(ids(await conversation.thread().say('my sourdough starter smells like acetone, is that bad?'))).toContain(ACTION_IDS.askExpert);
  });

  it('suggests at most three follow-up questions from other section headings, and a click shows that section', async () => {
    const thread = conversation.thread();
    const answer = await thread.say(LAMBDA_500);
    const suggestions = answer.actions.filter((a) => a.id === ACTION_IDS.suggestion);
    expect(suggestions.length).toBeGreaterThan(0);
    expect(suggestions.length).toBeLessThanOrEqual(3);
    for (const s of suggestions) expect(s.label).toMatch(/^(?:How do I|What about|What if) .+\?$/);
    const shown = await thread.click(suggestions[0]);
    expect(shown.kind).toBe('answer');
    if (shown.kind === 'answer' && answer.kind === 'answer') {
      expect(shown.article.id).toBe(answer.article.id);
      expect(shown.section.id).not.toBe(answer.section.id);
      expect(suggestions[0].label.toLowerCase()).toContain(shown.section.heading.toLowerCase().replace(/^for /, '').slice(0, 12));
    }
  });
});
