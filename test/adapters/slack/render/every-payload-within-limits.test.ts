/**
 * Every Block Kit payload the Slack renderer produces for the shipped knowledge base, from the
 * real engine: each article in full (every page), an answer for every section, the related
 * articles, clarify, none and acknowledgements; public and private variants; and the Home tab.
 */
import { ACTION_IDS, encodeActionValue } from '../../../../src/reply/actions';
import type { Reply } from '../../../../src/reply/model';
import type { Engine } from '../../../../src/engine/types';
import { articlePages } from '../../../../adapters/slack/render/article';
import { renderHome } from '../../../../adapters/slack/render/home';
import { renderReply } from '../../../../adapters/slack/render/reply';
import { blockKitProblems } from '../../../support/slack-block-limits';
import { startTestRuntime, type TestRuntime } from '../../../support/runtime';

let rt: TestRuntime;
let engine: Engine;
beforeAll(async () => {
  rt = await startTestRuntime();
  engine = rt.runtime.engine;
});
afterAll(() => rt.close());

function problemsOf(reply: Reply, label: string): string[] {
  const pages = reply.kind === 'article' ? articlePages(reply).length : 1;
  const problems: string[] = [];
  for (let page = 0; page < pages; page += 1) {
    for (const options of [{ page }, { page, shareable: true, includePrivateNotices: true, threadKey: 'cmd.1700000000.123456789.abcdefabcdefabcdefab' }]) {
      problems.push(...blockKitProblems(renderReply(reply, options)).map((p) => `${label} page ${page}: ${p}`));
    }
  }
  return problems;
}

describe('Slack payload limits over the whole knowledge base', () => {
  it('has articles to check', () => {
    expect(engine.articles().length).toBeGreaterThanOrEqual(20);
  });

  it('renders every article in full within the limits', () => {
    const problems = engine.articles().flatMap((a) => {
      const full = engine.article(a.id);
      return full ? problemsOf(full, `article ${a.id}`) : [`article ${a.id}: missing`];
    });
    expect(problems).toEqual([]);
  });

  it('renders an answer for every section of every article within the limits', () => {
    let answers = 0;
    const problems: string[] = [];
    for (const a of engine.articles()) {
      for (const section of engine.article(a.id)?.sections ?? []) {
        const { reply } = engine.act(ACTION_IDS.otherCauses, encodeActionValue({ articleId: a.id, sectionId: section.id }));
        if (reply.kind === 'answer') answers += 1;
        problems.push(...problemsOf(reply, `${a.id}#${section.id}`));
      }
    }
    expect(problems).toEqual([]);
    expect(answers).toBeGreaterThan(engine.articles().length);
  });

  it('renders related-article, not-it, solved, clarify and none replies within the limits', () => {
    const replies: [string, Reply][] = [];
    for (const a of engine.articles()) {
      replies.push([`related ${a.id}`, engine.act(ACTION_IDS.related, encodeActionValue({ articleId: a.id })).reply]);
      const first = engine.respond(a.question);
      replies.push([`question ${a.id}`, first.reply]);
      replies.push([`not-it ${a.id}`, engine.act(ACTION_IDS.notIt, '', first.context).reply]);
      replies.push([`solved ${a.id}`, engine.act(ACTION_IDS.solved, '', first.context).reply]);
      replies.push([`article page beyond ${a.id}`, engine.act(ACTION_IDS.showMore, encodeActionValue({ articleId: a.id, page: 7 })).reply]);
    }
    replies.push(['none', engine.respond('what is the weather like in Lisbon tomorrow?').reply]);
    replies.push(['huge paste', engine.respond(`HTTP/1.1 502 Bad Gateway <!channel> ${'x-amzn-RequestId: 1234 '.repeat(2000)}`).reply]);
    const kinds = new Set(replies.map(([, r]) => r.kind));
    expect([...kinds].sort()).toEqual(expect.arrayContaining(['ack', 'answer', 'none']));
    expect(replies.flatMap(([label, reply]) => problemsOf(reply, label))).toEqual([]);
  });

  it('renders clarify questions, and the answer to each choice, within the limits', () => {
    // Bare statuses fit several articles, so the engine asks; two articles' questions run together may too.
    const questions = engine.articles().map((a) => a.question);
    const pairs = questions.flatMap((q, i) => questions.slice(i + 1).map((r) => `${q} ${r}`));
    const bare = ['403 Forbidden', 'HTTP 500 from our API', '{"message": "Internal server error"}', '504 Gateway Timeout', '429 Too Many Requests'];
    const clarifies = [...bare, ...pairs].map((text) => engine.respond(text)).filter((r) => r.reply.kind === 'clarify');
    expect(clarifies.length).toBeGreaterThan(0);
    const problems = clarifies.flatMap(({ reply, context }, i) => {
      const choices = reply.kind === 'clarify' ? reply.candidates : [];
      return [
        ...problemsOf(reply, `clarify ${i}`),
        ...choices.flatMap((c) => problemsOf(engine.act(ACTION_IDS.chooseCandidate, encodeActionValue({ articleId: c.article.id, sectionId: c.sectionId }), context).reply, `choice ${c.article.id}`)),
      ];
    });
    expect(problems).toEqual([]);
  });

  it('renders the Home tab within the 100 blocks of a view', () => {
    expect(blockKitProblems(renderHome(engine.articles()), 100)).toEqual([]);
  });
});
