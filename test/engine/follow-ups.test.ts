import type { ThreadContext } from '../../src/conversation/types';
import { ACTION_IDS, encodeActionValue } from '../../src/reply/actions';
import { shippedEngine } from './engine-fixture';

const roundTrip = (context: ThreadContext): ThreadContext => JSON.parse(JSON.stringify(context)) as ThreadContext;
const shownId = (reply: { kind: string; article?: { id: string } }): string | undefined => (reply.kind === 'answer' ? reply.article?.id : undefined);

describe('follow-ups in a thread', () => {
  const { engine } = shippedEngine();
  const first = engine.respond('our REST API returns 500 Internal server error from the Lambda integration');

  it('"not it" shows the next candidate and never repeats one already shown, then says honestly when they run out', () => {
    const seen = new Set<string>([shownId(first.reply)!]);
    let context = roundTrip(first.context);
    let ranOut = false;
    for (let turn = 0; turn < 12; turn++) {
      const next = engine.respond(turn % 2 === 0 ? 'not it' : "that didn't work", context);
      context = roundTrip(next.context);
      if (next.reply.kind === 'none') {
        expect(next.reply.message).toMatch(/last close match/);
        ranOut = true;
        break;
      }
      const id = shownId(next.reply)!;
      expect(seen.has(id)).toBe(false);
      seen.add(id);
    }
    expect(ranOut).toBe(true);
  });

  it('the "Not it" button does the same as saying it', () => {
    const viaButton = engine.act(ACTION_IDS.notIt, encodeActionValue({}), roundTrip(first.context));
    const viaText = engine.respond('next', roundTrip(first.context));
    expect(shownId(viaButton.reply)).toBe(shownId(viaText.reply));
    expect(shownId(viaButton.reply)).not.toBe(shownId(first.reply));
  });

  it('"show the whole article" returns the current article in full', () => {
    const result = engine.respond('show me the whole article', roundTrip(first.context));
    expect(result.reply.kind).toBe('article');
    if (result.reply.kind === 'article') {
      expect(result.reply.article.id).toBe(shownId(first.reply));
      expect(result.reply.sections.length).toBeGreaterThan(1);
    }
  });

  it('a question about the current answer is answered from the current article first', () => {
    const start = engine.respond('user in another account gets 403 Forbidden invoking our IAM-authorized API');
    expect(shownId(start.reply)).toBe('resolve-http-403-forbidden-errors-when-invoking-api-gateway-with-an-iam-cross-account');
    const follow = engine.respond('what about HTTP APIs?', roundTrip(start.context));
    if (follow.reply.kind !== 'answer') throw new Error('expected an answer');
    expect(follow.reply.article.id).toBe('resolve-http-403-forbidden-errors-when-invoking-api-gateway-with-an-iam-cross-account');
    expect(follow.reply.section.heading).toMatch(/HTTP API/);
  });

  it('asks about certificate expiry inside the certificate article', () => {
    const start = engine.respond('NET::ERR_CERT_COMMON_NAME_INVALID on our API custom domain');
    const follow = engine.respond('how do I check the certificate expiry?', roundTrip(start.context));
    if (follow.reply.kind !== 'answer') throw new Error('expected an answer');
    expect(follow.reply.article.id).toBe('resolve-certificate-expired-or-invalid-certificate-errors-for-api-gateway-api-custom-domains');
    expect(follow.reply.section.heading).toMatch(/Expired/i);
  });

  it('a newly pasted error in the same thread starts a fresh search', () => {
    const follow = engine.respond('new one now:\nAn error occurred (TooManyRequestsException) when calling the DeleteDomainName operation: Too Many Requests', roundTrip(first.context));
    expect(follow.outcome).toBe('answer');
    expect(shownId(follow.reply)).toBe('resolve-errors-deleting-api-gateway-custom-domain-names');
    expect(follow.context.shown).toEqual([`resolve-errors-deleting-api-gateway-custom-domain-names#${follow.context.current!.sectionId}`]);
  });

  it('handles every action id', () => {
    const answer = first.reply;
    if (answer.kind !== 'answer') throw new Error('expected an answer');
    const ctx = roundTrip(first.context);
    expect(engine.act(ACTION_IDS.solved, encodeActionValue({ articleId: answer.article.id }), ctx).reply.kind).toBe('ack');
    expect(engine.act(ACTION_IDS.fullArticle, encodeActionValue({ articleId: answer.article.id }), ctx).reply.kind).toBe('article');
    const other = answer.otherCauses[0];
    const otherResult = engine.act(ACTION_IDS.otherCauses, encodeActionValue({ articleId: answer.article.id, sectionId: other.sectionId }), ctx);
    expect(otherResult.reply.kind === 'answer' && otherResult.reply.section.id).toBe(other.sectionId);
    const related = answer.related[0];
    if (related) expect(engine.act(ACTION_IDS.related, encodeActionValue({ articleId: related.id }), ctx).reply.kind).toBe('answer');
    const chosen = engine.act(ACTION_IDS.chooseCandidate, encodeActionValue({ articleId: 'troubleshoot-api-gateway-5xx-errors' }), ctx);
    expect(shownId(chosen.reply)).toBe('troubleshoot-api-gateway-5xx-errors');
    const page = engine.act(ACTION_IDS.showMore, encodeActionValue({ articleId: 'troubleshoot-api-gateway-5xx-errors', page: 1 }), ctx);
    expect(page.reply.kind).toBe('article');
    expect(engine.act(ACTION_IDS.chooseCandidate, '{"a":"no-such-article"}', ctx).reply.kind).toBe('ack');
    expect(engine.act(ACTION_IDS.chooseCandidate, 'not json', ctx).reply.kind).toBe('ack');
  });

  it('keeps the context small and JSON-serializable', () => {
    let context = first.context;
    for (let i = 0; i < 30; i++) context = roundTrip(engine.respond(i % 3 === 0 ? 'not it' : 'HTTP 503 Service Unavailable from our REST API', context).context);
    expect(roundTrip(context)).toEqual(context);
    expect(context.candidates.length).toBeLessThanOrEqual(8);
    expect(context.shown.length).toBeLessThanOrEqual(20);
    expect(JSON.stringify(context).length).toBeLessThan(4_000);
  });
});
