/**
 * The same conversations on another team's knowledge base (the Kubernetes example, loaded from
 * its folder): small talk, typed feedback and follow-ups do not depend on the domain.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createEngine } from '../../src/engine';
import { loadKnowledgeSync } from '../../src/knowledge/load';
import { ACTION_IDS } from '../../src/reply/actions';
import type { Reply } from '../../src/reply/model';
import { shownOf, startConversation, type Conversation } from './thread-support';

// ../shared/eval/kb-kubernetes beside the checkout (one level further up from a worktree under wt/).
const ROOT = path.resolve(__dirname, '..', '..');
const KUBERNETES_KB = [path.resolve(ROOT, '..', 'shared'), path.resolve(ROOT, '..', '..', 'shared')]
  .map((shared) => path.join(shared, 'eval', 'kb-kubernetes', 'articles'))
  .find((dir) => fs.existsSync(dir));
const describeWithKb = KUBERNETES_KB ? describe : describe.skip;
if (!KUBERNETES_KB) console.warn('Skipping the Kubernetes knowledge-base threads: ../shared/eval/kb-kubernetes/articles is not there.');
const IMAGE_PULL = 'Failed to pull image "registry.example.com/app:1.2": rpc error: code = NotFound';
const IMAGE_PULL_ID = 'fix-imagepullbackoff-and-image-pull-errors';
const SCHEDULING = 'Warning  FailedScheduling  0/3 nodes are available: 3 Insufficient memory';

describeWithKb('threads on the Kubernetes knowledge base', () => {
  // Loaded in beforeAll: a skipped describe still runs its body, where the folder may be missing.
  let articles: ReturnType<typeof loadKnowledgeSync>['articles'];
  let engine: ReturnType<typeof createEngine>;
  let conversation: Conversation;
  beforeAll(() => {
    ({ articles } = loadKnowledgeSync(KUBERNETES_KB!));
    engine = createEngine(articles);
  });
  beforeEach(() => {
    conversation = startConversation(engine);
  });
  afterEach(() => conversation.close());

  const ids = (reply: Reply): string[] => reply.actions.map((a) => a.id);

  it('loads the Kubernetes articles from their folder', () => {
    expect(articles.length).toBeGreaterThan(20);
    expect(articles.some((a) => a.id === IMAGE_PULL_ID)).toBe(true);
  });

  describe('small talk and typed feedback on a Kubernetes knowledge base', () => {
    it('"hi, can you help me?" and "thanks" get friendly replies that name no product, and nothing is unanswered', async () => {
      const thread = conversation.thread();
      for (const text of ['hi, can you help me?', 'hello', 'help', 'thanks!']) {
        const reply = await thread.say(text);
        expect(reply.kind).toBe('ack');
        expect(reply.text).not.toMatch(/API|Gateway|Kubernetes/);
      }
      expect(await conversation.store.listUnanswered()).toEqual([]);
    });

    it('"thanks, that fixed it!" records Solved for the section shown', async () => {
      const thread = conversation.thread();
      const answer = await thread.say(IMAGE_PULL);
      expect(shownOf(answer).split('#')[0]).toBe(IMAGE_PULL_ID);
      await thread.say('thanks, that fixed it!');
      expect(await conversation.store.listFeedback()).toEqual([expect.objectContaining({ articleId: IMAGE_PULL_ID, sectionId: shownOf(answer).split('#')[1], helpful: true, via: 'typed' })]);
      expect(await conversation.store.listUnanswered()).toEqual([]);
    });

    it('"that didn\'t work" records Not it and moves on without repeating, ending with Ask an expert', async () => {
      const thread = conversation.thread();
      const shown = [shownOf(await thread.say(IMAGE_PULL))];
      let last: Reply = await thread.say("that didn't work");
      for (let i = 0; i < 10 && last.kind === 'answer'; i++) {
        expect(shown).not.toContain(shownOf(last));
        shown.push(shownOf(last));
        last = await thread.say('not it');
      }
      expect(last.kind).toBe('none');
      expect(ids(last)).toContain(ACTION_IDS.askExpert);
      const feedback = await conversation.store.listFeedback();
      expect(feedback.map((f) => `${f.articleId}#${f.sectionId}`)).toEqual(shown);
    });

    it('a pasted error after "thanks" is still an error', async () => {
      const thread = conversation.thread();
      await thread.say(IMAGE_PULL);
      const next = await thread.say(`thanks! but now I get: ${SCHEDULING}`);
      expect(next.kind).toBe('answer');
      if (next.kind === 'answer') expect(next.article.id).toBe('resolve-failedscheduling-for-pods-stuck-in-pending');
    });
  });

  describe('follow-ups on a Kubernetes knowledge base', () => {
    it('a short question is answered from the article shown when it says so', async () => {
      const thread = conversation.thread();
      await thread.say(IMAGE_PULL);
      const reply = await thread.say('how do I force a fresh pull?');
      expect(reply.kind).toBe('answer');
      if (reply.kind !== 'answer') return;
      expect(reply.article.id).toBe(IMAGE_PULL_ID);
      expect(reply.notices[0].message).toMatch(/^From the same article: ".*pull.*"$/i);
    });

    it('never says an article does not apply to a variant when the knowledge base declares none', async () => {
      const thread = conversation.thread();
      await thread.say(IMAGE_PULL);
      const reply = await thread.say('what about HTTP APIs?');
      expect(reply.text).not.toMatch(/does not apply/);
    });

    it('suggests follow-up questions from the article\'s other headings', async () => {
      const answer = await conversation.thread().say(IMAGE_PULL);
      const labels = answer.actions.filter((a) => a.id === ACTION_IDS.suggestion).map((a) => a.label);
      expect(labels.length).toBeGreaterThan(0);
      expect(labels.length).toBeLessThanOrEqual(3);
      expect(labels).toContain('How do I check the image name and that the image exists?');
    });
  });
});
