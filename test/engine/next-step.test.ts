import type { Article, Section } from '../../src/knowledge/model';
import type { RankedArticle, RankedSection } from '../../src/search';
import { createEngine } from '../../src/engine';
import { ACTION_IDS, encodeActionValue } from '../../src/reply/actions';
import { nextStep, onlyDescribes, onlyLooks } from '../../src/engine/next-step';

function section(id: string, heading: string, text: string, errors: string[] = []): Section {
  return { id, heading, level: 2, blocks: [{ kind: 'paragraph', text }], errors };
}

const intro = section('overview', 'Overview', 'Writers wait for the ledger lock.');
const look = section('read-the-lock-report', 'Read the lock report', 'Run qsctl ledger locks to see which writer holds the lock and since when.');
const otherError = section('quota-exceeded', 'Quota exceeded', 'Raise the ledger quota.', ['QS-9000: ledger quota exceeded']);
const fix = section('release-stale-locks', 'Release stale locks', 'Release the lock whose owner is gone with qsctl ledger unlock.');
const look2 = section('check-the-writer-log', 'Check the writer log', 'The writer log names the lock it waits for.');

const article: Article = {
  id: 'ledger-locks', title: 'Fix ledger lock timeouts', displayTitle: 'Fix ledger lock timeouts', question: 'Why do ledger writers time out?', updated: '2025-03-01',
  summary: '', tags: [], variants: [], sections: [intro, look, otherError, look2, fix], related: [], sources: [], file: 'ledger-locks.md',
};

function ranked(...ids: [string, number][]): RankedArticle {
  const sections = ids.map(([sectionId, otherErrorFlag]) => ({ articleId: article.id, sectionId, features: { otherError: otherErrorFlag } }) as unknown as RankedSection);
  return { articleId: article.id, score: 1, probability: 0.7, best: sections[0], sections, namesStatus: false };
}

describe('the next step an answer shows', () => {
  it('reads headings that say how to look, not what to change', () => {
    expect(onlyLooks(look)).toBe(true);
    expect(onlyLooks(section('x', 'What the error means', ''))).toBe(true);
    expect(onlyLooks(fix)).toBe(false);
  });

  it("follows a looking step with the article's next best-ranked section, past the introduction, other looking steps and other errors' sections", () => {
    expect(nextStep(article, ranked(['read-the-lock-report', 0], ['overview', 0], ['quota-exceeded', 1], ['check-the-writer-log', 0], ['release-stale-locks', 0]), look)).toBe(fix);
  });

  it('takes a section whose heading looks when its text tells what to change, but not one that only describes what to look at', () => {
    const checkName = section('check-the-ledger-name', 'Check the ledger name', 'Make sure that the ledger name matches the one qsctl ledger list prints.');
    const withCheck: Article = { ...article, sections: [intro, look, look2, checkName, fix] };
    const order = ranked(['read-the-lock-report', 0], ['check-the-writer-log', 0], ['check-the-ledger-name', 0], ['release-stale-locks', 0]);
    expect(nextStep(withCheck, order, look)).toBe(checkName);
  });

  describe('after a section that only describes what happens', () => {
    const stopped: Section = {
      id: 'a-writer-that-waits-too-long-is-stopped', heading: 'A writer that waits too long is stopped', level: 2, errors: [],
      blocks: [{ kind: 'paragraph', text: 'A writer that waits more than 30 seconds for the ledger lock is stopped:' }, { kind: 'code', lang: 'text', code: 'writer-7 stopped: lock wait 30s' }],
    };
    const raise = section('raise-the-wait-limit', 'Raise the wait limit', 'Set wait_limit in ledger.conf to the longest transaction you expect.');
    const sub = (id: string, heading: string, text: string): Section => ({ ...section(id, heading, text), level: 3 });

    it('tells a describing section from one that says what to do, names where that is said, or lists causes', () => {
      expect(onlyDescribes(stopped)).toBe(true);
      expect(onlyDescribes(raise)).toBe(false);
      expect(onlyDescribes(section('x', 'Writers are stopped', 'To resolve this, see Tune the ledger.'))).toBe(false);
      expect(onlyDescribes({ ...section('y', 'Writers are stopped', 'This error might be due to:'), blocks: [{ kind: 'paragraph', text: 'This error might be due to:' }, { kind: 'bullets', items: ['A long transaction.', 'A stale lock.'] }] })).toBe(false);
    });

    it("goes on with the first later section that says what to change, past another error's section", () => {
      const withStop: Article = { ...article, sections: [intro, stopped, otherError, look2, raise, fix] };
      expect(nextStep(withStop, ranked(['a-writer-that-waits-too-long-is-stopped', 0], ['quota-exceeded', 1], ['release-stale-locks', 0]), stopped)).toBe(raise);
    });

    it("looks no further than the described section's parent", () => {
      const nested: Article = { ...article, sections: [intro, section('locks', 'Lock waits', ''), { ...stopped, level: 3 }, sub('lock-report', 'The lock report', 'The report lists writers.'), section('quotas', 'Quotas', ''), raise] };
      expect(nextStep(nested, ranked(['a-writer-that-waits-too-long-is-stopped', 0], ['raise-the-wait-limit', 0]), nested.sections[2])).toBeUndefined();
    });
  });

  it('adds nothing to a section that says what to change, or when no other section qualifies', () => {
    expect(nextStep(article, ranked(['release-stale-locks', 0], ['read-the-lock-report', 0]), fix)).toBeUndefined();
    expect(nextStep(article, ranked(['read-the-lock-report', 0], ['overview', 0], ['quota-exceeded', 1]), look)).toBeUndefined();
  });

  it('answers a pasted error with the looking step, then the fix under its heading, both counted as shown', () => {
    const engine = createEngine([article]);
    const { reply, context } = engine.respond('writers stuck: which writer holds the ledger lock report? qsctl ledger locks shows writer-7 since 10:02');
    if (reply.kind !== 'answer') throw new Error(reply.kind);
    expect(reply.section.id).toBe('read-the-lock-report');
    expect(reply.blocks).toContainEqual({ kind: 'heading', text: 'Release stale locks', sectionId: 'release-stale-locks' });
    expect(reply.text).toContain('Release the lock whose owner is gone');
    expect(reply.otherCauses.map((o) => o.sectionId)).not.toContain('release-stale-locks');
    expect(context.shown).toEqual(['ledger-locks#read-the-lock-report', 'ledger-locks#release-stale-locks']);
  });

  it('shows the same next step when "Show more" asks for the rest of that answer', () => {
    const engine = createEngine([article]);
    const first = engine.respond('writers stuck: which writer holds the ledger lock report? qsctl ledger locks shows writer-7 since 10:02');
    if (first.reply.kind !== 'answer') throw new Error(first.reply.kind);
    // The button Slack's renderer adds under a long answer.
    const { reply } = engine.act(ACTION_IDS.showMore, encodeActionValue({ articleId: article.id, sectionId: 'read-the-lock-report', page: 1 }), first.context);
    if (reply.kind !== 'answer') throw new Error(reply.kind);
    expect(reply.blocks).toEqual(first.reply.blocks);
  });
});
