import { createArticleCatalog } from '../../src/insights/catalog';
import { CSV_TABLES, gapsJsonLines, tableCsv } from '../../src/insights/csv';
import { percentile } from '../../src/insights/percentile';
import { bucketIndex, parsePeriod, periodWindow } from '../../src/insights/period';
import type { EscalationLike, InsightRecords } from '../../src/insights/records';
import { summarizeInsights } from '../../src/insights/summarize';
import type { AnswerRecord, FeedbackRecord, UnansweredRecord } from '../../src/store/types';

const NOW = Date.parse('2026-12-02T15:30:00.000Z');
const catalog = createArticleCatalog([
  { id: 'a', displayTitle: 'Article A', sections: [{ id: 's1', heading: 'Cause one' }, { id: 's2', heading: 'Cause two' }] },
  { id: 'b', displayTitle: 'Article B', sections: [{ id: 'r', heading: 'Resolution' }] },
]);

const answer = (at: string, channel: AnswerRecord['channel'], outcome: AnswerRecord['outcome'], articleId?: string, sectionId?: string, durationMs?: number): AnswerRecord => ({ at, channel, outcome, articleId, sectionId, durationMs });
const vote = (at: string, articleId: string, sectionId: string, helpful: boolean): FeedbackRecord => ({ at, channel: 'web', threadId: 'web:t', articleId, sectionId, helpful, signature: 'x' });
const none = (at: string, text: string, threadId: string): UnansweredRecord => ({ at, channel: 'slack', threadId, reason: 'none', signature: text, text });

function records(extra: Partial<InsightRecords> = {}): InsightRecords {
  return {
    answers: [
      answer('2026-11-30T10:00:00.000Z', 'slack', 'answer', 'a', 's1', 40),
      answer('2026-11-30T11:00:00.000Z', 'teams', 'answer', 'a', 's2', 10),
      answer('2026-12-02T09:00:00.000Z', 'web', 'answer', 'b', 'r', 20),
      answer('2026-12-02T09:05:00.000Z', 'web', 'clarify', undefined, undefined, 30),
      answer('2026-12-02T09:06:00.000Z', 'slack', 'none', undefined, undefined, 50),
      // Outside the 7-day window, and after "now": not counted.
      answer('2026-11-20T10:00:00.000Z', 'web', 'answer', 'a', 's1', 5),
      answer('2026-12-02T16:00:00.000Z', 'web', 'answer', 'a', 's1', 5),
    ],
    feedback: [vote('2026-11-30T10:01:00.000Z', 'a', 's1', true), vote('2026-11-30T11:01:00.000Z', 'a', 's2', false), vote('2026-12-02T09:01:00.000Z', 'forged-id', 'x', true)],
    unanswered: [
      none('2026-12-02T09:06:00.000Z', "request to https://pay.example.com/v1 failed, reason: socket hang up, code: 'ECONNRESET'", 'slack:1'),
      none('2026-12-01T09:06:00.000Z', "payments on 10.2.3.4 died again: code: 'ECONNRESET'", 'slack:2'),
    ],
    escalations: [],
    ...extra,
  };
}

describe('periods', () => {
  it('cuts 24 hours into hours and 7 or 30 days into UTC days, ending with the current one', () => {
    const day = periodWindow('24h', NOW);
    expect(day.buckets).toHaveLength(24);
    expect(day.buckets[23]).toBe('2026-12-02T15:00:00.000Z');
    expect(day.from).toBe('2026-12-01T16:00:00.000Z');
    const week = periodWindow('7d', NOW);
    expect(week.buckets).toEqual(['2026-11-26', '2026-11-27', '2026-11-28', '2026-11-29', '2026-11-30', '2026-12-01', '2026-12-02'].map((d) => `${d}T00:00:00.000Z`));
    expect(bucketIndex(week, '2026-12-02T15:29:59.000Z')).toBe(6);
    expect(bucketIndex(week, '2026-12-02T15:30:01.000Z')).toBe(-1);
    expect(bucketIndex(week, '2026-11-25T23:59:59.000Z')).toBe(-1);
    expect(bucketIndex(week, 'not a date')).toBe(-1);
  });

  it('knows only its three period names', () => {
    expect(parsePeriod('30d')).toBe('30d');
    expect(parsePeriod('1y')).toBeUndefined();
    expect(parsePeriod(['7d'])).toBeUndefined();
  });
});

describe('summarizeInsights', () => {
  const report = summarizeInsights(records(), { period: '7d', now: NOW, retentionDays: 90, catalog });

  it('counts questions by outcome and surface, per day, within the period only', () => {
    expect(report.totals).toEqual({ questions: 5, answer: 3, clarify: 1, none: 1, solved: 1, notIt: 1, escalations: 0, typedFeedback: 0, solvedRate: 0.333, notItRate: 0.333 });
    const [nov30, dec2] = [report.activity.buckets[4], report.activity.buckets[6]];
    expect(nov30).toMatchObject({ start: '2026-11-30T00:00:00.000Z', questions: 2, bySurface: { slack: 1, teams: 1, web: 0 }, byOutcome: { answer: 2, clarify: 0, none: 0 }, solved: 1, notIt: 1, solvedRate: 0.5, notItRate: 0.5 });
    expect(dec2).toMatchObject({ questions: 3, bySurface: { slack: 1, teams: 0, web: 2 }, byOutcome: { answer: 1, clarify: 1, none: 1 }, solved: 0, solvedRate: 0 });
    expect(report.activity.buckets[0].solvedRate).toBeNull();
  });

  it('gives answers, Solved, Not it and escalations per article and per section with a daily series', () => {
    const escalations: EscalationLike[] = [{ at: '2026-12-01T08:00:00.000Z', articleId: 'b', sectionId: 'r', state: 'open' }, { at: '2026-12-01T09:00:00.000Z', state: 'resolved' }];
    const withEscalations = summarizeInsights(records({ escalations }), { period: '7d', now: NOW, retentionDays: 90, catalog });
    expect(withEscalations.totals.escalations).toBe(2);
    expect(withEscalations.articles).toEqual([
      { articleId: 'a', title: 'Article A', answers: 2, solved: 1, notIt: 1, escalations: 0, escalationStates: { open: 0, taken: 0, resolved: 0 }, series: [0, 0, 0, 0, 2, 0, 0] },
      { articleId: 'b', title: 'Article B', answers: 1, solved: 0, notIt: 0, escalations: 1, escalationStates: { open: 1, taken: 0, resolved: 0 }, series: [0, 0, 0, 0, 0, 0, 1] },
    ]);
    expect(withEscalations.sections.map((s) => [s.heading, s.answers, s.solved, s.notIt, s.escalations])).toEqual([
      ['Cause two', 1, 0, 1, 0],
      ['Resolution', 1, 0, 0, 1],
      ['Cause one', 1, 1, 0, 0],
    ]);
  });

  it('counts feedback typed in the thread together with clicks, and says how much was typed', () => {
    const typed: FeedbackRecord = { ...vote('2026-12-01T10:00:00.000Z', 'b', 'r', false), via: 'typed' };
    const withTyped = summarizeInsights(records({ feedback: [...records().feedback, typed] }), { period: '7d', now: NOW, retentionDays: 90, catalog });
    expect(withTyped.totals).toMatchObject({ solved: 1, notIt: 2, typedFeedback: 1 });
    expect(withTyped.articles.find((a) => a.articleId === 'b')).toMatchObject({ notIt: 1 });
  });

  it('leaves out feedback on articles the knowledge base does not have, and says how much', () => {
    expect(report.articles.map((a) => a.articleId)).not.toContain('forged-id');
    expect(report.unknownArticleRecords).toBe(1);
  });

  it('groups the gaps and reports answer times as p50 and p99', () => {
    expect(report.gaps.map((g) => [g.signature, g.count, g.threads, g.firstAt, g.lastAt])).toEqual([['ECONNRESET', 2, 2, '2026-12-01T09:06:00.000Z', '2026-12-02T09:06:00.000Z']]);
    expect(report.answerTime).toEqual({ count: 5, p50Ms: 30, p99Ms: 50 });
  });
});

describe('percentile', () => {
  it('takes the nearest rank', () => {
    expect(percentile([], 50)).toBeNull();
    expect(percentile([5], 99)).toBe(5);
    expect(percentile(Array.from({ length: 100 }, (_, i) => i + 1), 99)).toBe(99);
    expect(percentile([3, 1, 2, 4], 50)).toBe(2);
  });
});

describe('CSV and JSON lines', () => {
  const report = summarizeInsights(
    records({ unanswered: [none('2026-12-02T09:06:00.000Z', '=HYPERLINK("http://x") says "502", then, a newline\nhere', 'slack:1')] }),
    { period: '7d', now: NOW, retentionDays: 90, catalog },
  );

  it('quotes cells with commas, quotes and newlines, and keeps formulas as text', () => {
    const csv = tableCsv(report, 'gaps');
    const [header, row] = csv.split('\r\n');
    expect(header).toBe('signature,count,none,not_it,threads,first_seen,last_seen,examples,rejected_articles,closest_articles');
    expect(row).toContain(`,"'=HYPERLINK(""http://x"") says ""502"", then, a newline\nhere",`);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('has a header and one row per bucket or article in every table', () => {
    for (const table of CSV_TABLES) expect(tableCsv(report, table).split('\r\n')[0]).toMatch(/^[a-z_]+(,[a-z_]+)+$/);
    expect(tableCsv(report, 'activity').trim().split('\r\n')).toHaveLength(8);
    expect(tableCsv(report, 'activity').split('\r\n')[0]).toBe('day,questions,slack,teams,web,answer,clarify,none,solved,not_it,solved_rate,not_it_rate');
    expect(tableCsv(report, 'articles').split('\r\n')[1]).toBe('a,Article A,2,1,1,0,0 0 0 0 2 0 0');
  });

  it('writes one gap a line', () => {
    const lines = gapsJsonLines(report.gaps).trim().split('\n');
    expect(lines.map((l) => (JSON.parse(l) as { count: number }).count)).toEqual([1]);
  });
});
